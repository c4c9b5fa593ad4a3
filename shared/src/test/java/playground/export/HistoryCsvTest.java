package playground.export;

import static org.junit.jupiter.api.Assertions.*;

import org.junit.jupiter.api.Test;
import playground.train.LossHistory;
import playground.train.TrainingRun;

/** The loss history as CSV: one line per epoch from epoch 0, every digit kept. */
class HistoryCsvTest {
    @Test
    void oneLinePerEpochThatReadsBackExactly() {
        TrainingRun run = Runs.trained("{\"points\":100}", 7);
        String[] lines = HistoryCsv.of(run.history()).split("\n");
        assertEquals("epoch,trainLoss,testLoss", lines[0]);
        assertEquals(run.history().size() + 1, lines.length);
        for (int i = 0; i < run.history().size(); i++) {
            String[] cells = lines[i + 1].split(",");
            assertEquals(3, cells.length);
            assertEquals(i, Integer.parseInt(cells[0]));
            assertEquals(run.history().train(i), Double.parseDouble(cells[1]));
            assertEquals(run.history().test(i), Double.parseDouble(cells[2]));
        }
    }

    @Test
    void divergedLossesAreSpelledOut() {
        LossHistory h = new LossHistory();
        h.add(0.5, 0.25);
        h.add(Double.NaN, Double.POSITIVE_INFINITY);
        h.add(Double.NEGATIVE_INFINITY, 7342627313054519e3);
        assertEquals("epoch,trainLoss,testLoss\n0,0.5,0.25\n1,NaN,Infinity\n2,-Infinity,7342627313054519000\n",
                HistoryCsv.of(h));
    }
}
