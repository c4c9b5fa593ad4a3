package playground.train;

import java.util.Arrays;
import playground.nn.Examples;
import playground.nn.Network;
import playground.nn.OutputKind;

/** What the page shows besides the loss: accuracy and confusion for classes, R² and RMSE for regression. */
public final class Metrics {
    private Metrics() {}

    /** Index of a label in the confusion matrix: -1 → 0 and 1 → 1 for two classes, else the label. */
    public static int classIndex(double label, OutputKind kind) {
        if (kind == OutputKind.TANH) return label > 0 ? 1 : 0;
        return (int) label;
    }

    /**
     * Fills {@code counts[actual * k + predicted]} (k = 2 for ±1 labels) and returns the accuracy,
     * the fraction of examples on the diagonal (1 for no examples).
     */
    public static double confusion(Network net, Examples ex, int[] counts) {
        int k = net.outputKind == OutputKind.SOFTMAX ? net.outputCount() : 2;
        Arrays.fill(counts, 0, k * k, 0);
        int right = 0;
        for (int p = 0; p < ex.size; p++) {
            net.forward(ex.inputs, p * ex.width);
            int actual = classIndex(ex.labels[p], net.outputKind);
            int predicted = classIndex(net.predictedClass(), net.outputKind);
            counts[actual * k + predicted]++;
            if (actual == predicted) right++;
        }
        return ex.size == 0 ? 1 : (double) right / ex.size;
    }

    /** Root mean squared error of a regression network. */
    public static double rmse(Network net, Examples ex) {
        if (ex.size == 0) return 0;
        double sum = 0;
        for (int p = 0; p < ex.size; p++) {
            net.forward(ex.inputs, p * ex.width);
            double e = net.output[net.outputStart()] - ex.labels[p];
            sum = sum + e * e;
        }
        return Math.sqrt(sum / ex.size);
    }

    /** Coefficient of determination 1 - SS_res / SS_tot (0 when the labels do not vary). */
    public static double rSquared(Network net, Examples ex) {
        if (ex.size == 0) return 0;
        double mean = 0;
        for (int p = 0; p < ex.size; p++) mean = mean + ex.labels[p];
        mean = mean / ex.size;
        double res = 0, tot = 0;
        for (int p = 0; p < ex.size; p++) {
            net.forward(ex.inputs, p * ex.width);
            double e = net.output[net.outputStart()] - ex.labels[p];
            double d = ex.labels[p] - mean;
            res = res + e * e;
            tot = tot + d * d;
        }
        return tot == 0 ? 0 : 1 - res / tot;
    }
}
