package playground.train;

/**
 * The exact bits of a run's losses and parameters as text, for comparing runtimes: two runs
 * agree bit for bit exactly when their fingerprints are equal strings. A last line, {@code data},
 * holds one hash per column of the training and test points, so that "same data, new weights"
 * can be told from the text too.
 */
public final class Fingerprint {
    private Fingerprint() {}

    public static String of(TrainingRun run) {
        return of(run, false);
    }

    /**
     * Like {@link #of}, but every NaN is written as {@code NaN} whatever its bits: the value a
     * snapshot keeps. IEEE 754 leaves a NaN's sign and payload open and no computation can tell
     * NaNs apart, so a snapshot stores one NaN; runs restored from one compare by this.
     */
    public static String ofValues(TrainingRun run) {
        return of(run, true);
    }

    private static String of(TrainingRun run, boolean oneNaN) {
        StringBuilder sb = new StringBuilder();
        sb.append("epoch ").append(run.epoch()).append('\n');
        LossHistory h = run.history();
        sb.append("train");
        for (int i = 0; i < h.size(); i++) sb.append(' ').append(bits(h.train(i), oneNaN));
        sb.append("\ntest");
        for (int i = 0; i < h.size(); i++) sb.append(' ').append(bits(h.test(i), oneNaN));
        sb.append("\nweights");
        for (double w : run.network.weights) sb.append(' ').append(bits(w, oneNaN));
        sb.append("\nbiases");
        for (double b : run.network.biases) sb.append(' ').append(bits(b, oneNaN));
        sb.append('\n');
        return sb.append(ofData(run)).toString();
    }

    /**
     * The line {@code data} of {@link #of}: a 32-bit hash of the bits of each of the training
     * set's x1, x2, label and the test set's x1, x2, label.
     */
    public static String ofData(TrainingRun run) {
        StringBuilder sb = new StringBuilder("data");
        double[][] columns = {run.train.x1, run.train.x2, run.train.label, run.test.x1, run.test.x2, run.test.label};
        for (double[] column : columns) {
            int h = column.length;
            for (double d : column) {
                long b = Double.doubleToRawLongBits(d);
                h = 31 * h + (int) (b >>> 32);
                h = 31 * h + (int) b;
            }
            sb.append(' ').append(hex8(h));
        }
        return sb.append('\n').toString();
    }

    /**
     * The exact bits of pictures of neurons ({@link playground.nn.Heatmap#evaluate}): one 32-bit
     * hash of the float bits per picture, so that a whole grid fits in a short line.
     */
    public static String ofPictures(float[][] pictures) {
        StringBuilder sb = new StringBuilder("pictures");
        for (float[] picture : pictures) {
            int h = 0;
            if (picture != null) {
                for (float v : picture) h = 31 * h + Float.floatToRawIntBits(v);
            }
            sb.append(' ').append(hex8(h));
        }
        return sb.append('\n').toString();
    }

    /** The IEEE 754 bits of d in hexadecimal, via two 32-bit halves (no long arithmetic needed). */
    private static String bits(double d, boolean oneNaN) {
        return oneNaN && d != d ? "NaN" : bits(d);
    }

    static String bits(double d) {
        long b = Double.doubleToRawLongBits(d);
        int hi = (int) (b >>> 32);
        int lo = (int) b;
        return hex8(hi) + hex8(lo);
    }

    private static String hex8(int v) {
        String s = Integer.toHexString(v);
        return "00000000".substring(s.length()) + s;
    }
}
