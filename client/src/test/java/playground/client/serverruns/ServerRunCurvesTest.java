package playground.client.serverruns;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The live view's loss curves, as server-sent pieces arrive. */
class ServerRunCurvesTest {
    @Test
    void piecesArePlacedByEpochSoAReplayChangesNothing() {
        ServerRunCurves curves = new ServerRunCurves();
        curves.add(1, 0, List.of(0.9, 0.8), List.of(1.0, 0.95));
        curves.add(1, 2, List.of(0.7), List.of(0.9));
        assertEquals(2, curves.trials(), "trial 0 is known to exist, with nothing yet");
        assertEquals(0, curves.length(0));
        assertEquals(3, curves.length(1));
        assertEquals(3, curves.points());

        curves.add(1, 0, List.of(0.9, 0.8, 0.7), List.of(1.0, 0.95, 0.9)); // a reconnected stream replays
        assertEquals(3, curves.length(1));
        assertEquals(3, curves.points(), "nothing counted twice");
        assertEquals(0.9, curves.loss(1, 2, true));
        assertEquals(0.7, curves.loss(1, 2, false));
        assertTrue(Double.isNaN(curves.loss(1, 3, true)), "not yet arrived");
        assertTrue(Double.isNaN(curves.loss(7, 0, true)), "a trial never heard of");
    }

    @Test
    void longCurvesGrowWithoutLosingEntries() {
        ServerRunCurves curves = new ServerRunCurves();
        for (int e = 0; e < 1000; e += 10) {
            Double[] piece = new Double[10];
            for (int i = 0; i < 10; i++) piece[i] = (double) (e + i);
            curves.add(0, e, Arrays.asList(piece), Arrays.asList(piece));
        }
        assertEquals(1000, curves.length(0));
        for (int e = 0; e < 1000; e++) assertEquals(e, curves.loss(0, e, true));
    }

    @Test
    void theSpreadOverSeedsSkipsLostAndMissingValues() {
        ServerRunCurves curves = new ServerRunCurves();
        // cell 1 of a 2-seed run: trials 2 and 3
        curves.add(2, 0, List.of(0.5, 0.3), List.of(0.6, 0.2));
        java.util.ArrayList<Object> lost = new java.util.ArrayList<>();
        lost.add(0.4);
        lost.add(null); // a diverged epoch arrives as null
        curves.add(3, 0, lost, lost);
        double[] out = new double[4];
        curves.spread(1, 2, 0, true, out);
        assertArrayEquals(new double[] {0.5, 0.4, 0.6, 2}, out, 1e-15);
        curves.spread(1, 2, 1, true, out);
        assertArrayEquals(new double[] {0.2, 0.2, 0.2, 1}, out, "the lost value is left out");
        curves.spread(0, 2, 0, true, out);
        assertEquals(0, out[3], "a cell with nothing yet");
        assertTrue(Double.isNaN(out[0]));
        assertEquals(2, curves.cellLength(1, 2));
        assertEquals(2, curves.longest());
    }

    @Test
    void nonsenseIndicesAreIgnored() {
        ServerRunCurves curves = new ServerRunCurves();
        curves.add(-1, 0, List.of(1.0), List.of(1.0));
        curves.add(0, -5, List.of(1.0), List.of(1.0));
        assertEquals(0, curves.trials());
    }
}
