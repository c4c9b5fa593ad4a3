package playground.export;

import playground.core.Numbers;
import playground.train.LossHistory;

/**
 * The loss history as CSV (docs/page.md): the header {@code epoch,trainLoss,testLoss}, then one line
 * per recorded epoch, epoch 0 being before any training. Losses are written by {@link
 * Numbers#format} (the shortest text that reads back as the same double); a diverged loss is
 * {@code NaN}, {@code Infinity} or {@code -Infinity}, which spreadsheets and pandas read as such.
 */
public final class HistoryCsv {
    public static final String HEADER = "epoch,trainLoss,testLoss";

    private HistoryCsv() {}

    public static String of(LossHistory history) {
        StringBuilder sb = new StringBuilder(history.size() * 48 + 32);
        sb.append(HEADER).append('\n');
        for (int i = 0; i < history.size(); i++) {
            sb.append(i).append(',');
            sb.append(Numbers.format(history.train(i)));
            sb.append(',');
            sb.append(Numbers.format(history.test(i)));
            sb.append('\n');
        }
        return sb.toString();
    }
}
