package playground.server.cli;

import static org.junit.jupiter.api.Assertions.*;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import playground.config.Config;
import playground.config.Limits;
import playground.core.Json;
import playground.train.TrainingRun;
import playground.server.Main;

/** The {@code sweep} command: a line per finished trial, then a summary. */
class SweepCommandTest {
    @TempDir Path dir;
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int sweep(String... args) {
        String[] all = new String[args.length + 1];
        all[0] = "sweep";
        System.arraycopy(args, 0, all, 1, args.length);
        return Main.run(all, new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    @Test
    @SuppressWarnings("unchecked")
    void printsEveryTrialThenTheSummary() throws Exception {
        Path config = Files.writeString(dir.resolve("c.json"), "{\"dataset\":\"circle\"}");
        int status = sweep("--config", config.toString(), "--grid", "learningRate=0.003,0.03,0.3;hiddenLayers=[4],[8,8]",
                "--epochs", "3", "--seeds", "2");
        assertEquals(0, status, err.toString());
        List<String> lines = new ArrayList<>(List.of(out.toString(StandardCharsets.UTF_8).split("\n")));
        assertEquals(13, lines.size(), "6 cells × 2 seeds, then the summary");
        Set<Double> trials = new HashSet<>();
        for (String line : lines.subList(0, 12)) {
            Map<String, Object> m = (Map<String, Object>) Json.parse(line);
            trials.add((Double) m.get("trial"));
            assertEquals(3.0, m.get("epoch"));
            assertTrue(m.containsKey("testLoss") && m.containsKey("bestTestLoss") && m.containsKey("settings"));
        }
        assertEquals(12, trials.size(), "each trial exactly once");
        Map<String, Object> summary = (Map<String, Object>) Json.parse(lines.get(12));
        assertEquals(true, summary.get("done"));
        assertEquals(12.0, summary.get("trials"));
        assertEquals(6, ((List<Object>) summary.get("cells")).size());
    }

    /** A grid over initSeed: several starting weights on one data set, each trial as the train command has it. */
    @Test
    @SuppressWarnings("unchecked")
    void aGridOverInitSeedTrainsNewWeightsOnTheSameData() throws Exception {
        Path config = Files.writeString(dir.resolve("c.json"), "{\"dataset\":\"xor\",\"seed\":3}");
        assertEquals(0, sweep("--config", config.toString(), "--grid", "initSeed=3,4", "--epochs", "2"), err.toString());
        List<String> lines = List.of(out.toString(StandardCharsets.UTF_8).split("\n"));
        Set<Object> losses = new HashSet<>();
        for (String line : lines.subList(0, 2)) {
            Map<String, Object> m = (Map<String, Object>) Json.parse(line);
            Map<String, Object> settings = (Map<String, Object>) m.get("settings");
            int initSeed = ((Double) settings.get("initSeed")).intValue();
            TrainingRun here = new TrainingRun(Config.fromJson("{\"dataset\":\"xor\",\"seed\":3,\"initSeed\":"
                    + initSeed + "}", Limits.SERVER));
            here.trainEpoch();
            here.trainEpoch();
            assertEquals(here.testLoss(), m.get("testLoss"), line);
            assertEquals(3.0, m.get("seed"), "the data seed is the config's");
            losses.add(m.get("testLoss"));
        }
        assertEquals(2, losses.size(), "other starting weights, another loss");
        assertTrue(lines.get(0).contains("\"initSeed\":3") || lines.get(1).contains("\"initSeed\":3"), lines.toString());
    }

    @Test
    void badInputExitsWithTwo() throws Exception {
        Path config = Files.writeString(dir.resolve("c.json"), "{}");
        assertEquals(2, sweep("--config", config.toString(), "--grid", "learningRate=0.03"));
        assertTrue(err.toString().contains("--epochs is required") && err.toString().contains(SweepCommand.USAGE));
        err.reset();
        assertEquals(2, sweep("--config", config.toString(), "--grid", "learningRate=-1", "--epochs", "2"));
        assertTrue(err.toString().startsWith("error: grid: "), err.toString());
        err.reset();
        assertEquals(2, sweep("--config", config.toString(), "--grid", "colour=red", "--epochs", "2"));
        assertTrue(err.toString().startsWith("error: grid.colour: "), err.toString());
    }
}
