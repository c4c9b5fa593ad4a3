package playground.export;

import playground.core.Numbers;
import playground.train.LossHistory;

/**
 * The loss history as CSV (docs/page.md): the header {@code epoch,trainLoss,testLoss}, then one line
 * per recorded epoch, epoch 0 being before any training. Losses are written with every digit
 * (they read back as the same doubles); a diverged loss is {@code NaN} or {@code Infinity}, which
 * spreadsheets and pandas read as such.
 */
public final class HistoryCsv {
    public static final String HEADER = "epoch,trainLoss,testLoss";

    private HistoryCsv() {}

    public static String of(LossHistory history) {
        StringBuilder sb = new StringBuilder(history.size() * 48 + 32);
        sb.append(HEADER).append('\n');
        for (int i = 0; i < history.size(); i++) {
            sb.append(i).append(',');
            number(sb, history.train(i));
            sb.append(',');
            number(sb, history.test(i));
            sb.append('\n');
        }
        return sb.toString();
    }

    private static void number(StringBuilder sb, double d) {
        if (d != d) sb.append("NaN");
        else if (d == Double.POSITIVE_INFINITY) sb.append("Infinity");
        else if (d == Double.NEGATIVE_INFINITY) sb.append("-Infinity");
        else sb.append(Numbers.format(d));
    }
}
