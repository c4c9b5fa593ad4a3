package playground.server.runs;

import static org.junit.jupiter.api.Assertions.*;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import playground.config.Config;
import playground.config.ConfigException;
import playground.core.Json;
import playground.config.Limits;
import playground.train.TrainingRun;

/** A sweep is many single runs: each trial equals the same configuration trained on its own. */
class SweepTest {
    private static final Config BASE = Config.fromJson("{\"dataset\":\"xor\",\"seed\":10}", Limits.SERVER);

    @Test
    void theCommandLineGridReadsNumbersListsAndWords() {
        Grid g = Grid.parse("learningRate=0.003,0.03,0.3;hiddenLayers=[4],[8,8];activation=relu,tanh");
        assertEquals(List.of("learningRate", "hiddenLayers", "activation"), g.names());
        assertEquals(List.of(0.003, 0.03, 0.3), g.values("learningRate"));
        assertEquals(List.of(List.of(4), List.of(8, 8)), g.values("hiddenLayers"), "whole numbers stay whole");
        assertEquals(List.of("relu", "tanh"), g.values("activation"));
        assertEquals(12, g.cells().size());
        assertEquals(Map.of("learningRate", 0.003, "hiddenLayers", List.of(4), "activation", "relu"), g.cells().get(0));
        assertEquals("{\"learningRate\":0.003,\"hiddenLayers\":[4],\"activation\":\"relu\"}",
                Json.write(g.cells().get(0)), "as the sweep prints a cell");
    }

    @Test
    void depthAndWidthMakeTheHiddenLayers() {
        Grid g = Grid.parse("depth=1,3;width=2,8");
        List<int[]> shapes = new ArrayList<>();
        for (Map<String, Object> cell : g.cells()) shapes.add(Grid.apply(BASE, cell).hiddenLayers);
        assertArrayEquals(new int[] {2}, shapes.get(0));
        assertArrayEquals(new int[] {8, 8, 8}, shapes.get(3));
    }

    @Test
    void badGridsAreRefusedWithAReason() {
        assertEquals("grid.colour", assertThrows(ConfigException.class, () -> Grid.parse("colour=red")).key());
        assertEquals("grid", assertThrows(ConfigException.class, () -> Grid.parse("noise=0,10;batchSize=1,10;activation=relu;init=he")).key());
        assertEquals("grid", assertThrows(ConfigException.class, () -> Grid.parse("learningRate")).key());
        assertEquals("grid.seed", assertThrows(ConfigException.class, () -> Grid.parse("seed=1,2")).key());
        ConfigException e = assertThrows(ConfigException.class,
                () -> new Sweep(BASE, Grid.parse("learningRate=0.03,20"), 1, 3));
        assertTrue(e.getMessage().contains("learningRate"), e.getMessage());
    }

    @Test
    void everyTrialEqualsTheSameRunOnItsOwnWhateverTheThreads() throws InterruptedException {
        Sweep sweep = new Sweep(BASE, Grid.parse("learningRate=0.03,0.3;hiddenLayers=[2],[4,2]"), 2, 6);
        assertEquals(8, sweep.trials.size());
        List<Trial.Result> seen = Collections.synchronizedList(new ArrayList<>());
        List<Trial.Result> results = sweep.run(2, seen::add);
        assertEquals(8, seen.size());
        for (Trial.Result r : results) {
            TrainingRun alone = new TrainingRun(r.trial.config);
            for (int e = 0; e < 6; e++) alone.trainEpoch();
            assertEquals(alone.testLoss(), r.run.testLoss(), r.trial.cell.toString());
            assertArrayEquals(alone.network.weights, r.run.network.weights);
        }
        assertEquals(10, results.get(0).trial.config.seed);
        assertEquals(11, results.get(1).trial.config.seed);
        assertEquals(sweep.summary(results), sweep.summary(new Sweep(BASE, sweep.grid, 2, 6).run(1, r -> {})),
                "one thread or two, the same summary");
    }

    @Test
    @SuppressWarnings("unchecked")
    void theSummaryAveragesSeedsPerCellAndNamesTheBest() throws InterruptedException {
        Sweep sweep = new Sweep(BASE, Grid.parse("learningRate=0.00001,0.1"), 3, 30);
        List<Trial.Result> results = sweep.run(2, r -> {});
        Map<String, Object> summary = sweep.summary(results);
        List<Map<String, Object>> cells = (List<Map<String, Object>>) summary.get("cells");
        double mean = 0;
        for (int s = 0; s < 3; s++) mean += results.get(3 + s).run.testLoss() / 3;
        assertEquals(mean, (double) cells.get(1).get("meanTestLoss"), 1e-12);
        assertTrue((double) cells.get(1).get("stdTestLoss") > 0, "different seeds, different losses");
        assertEquals(Map.of("learningRate", 0.1), ((Map<String, Object>) summary.get("best")).get("settings"),
                "a usable learning rate beats a tiny one");
    }
}
