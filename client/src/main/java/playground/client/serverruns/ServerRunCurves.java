package playground.client.serverruns;

import java.util.List;

/**
 * The loss curves of a server run's trials as they stream in: per trial, the train and test loss
 * of every epoch so far (entry 0 is before training; a lost value is NaN). Pieces are placed by
 * their epoch, so a stream that reconnects and replays from the start changes nothing. Trials
 * {@code c·seeds … c·seeds + seeds − 1} are grid cell {@code c}'s seeds; {@link #spread} gives the
 * mean and range over them at one epoch.
 */
final class ServerRunCurves {
    private double[][] train = new double[0][];
    private double[][] test = new double[0][];
    private int[] length = new int[0];
    private int points;

    /** Adds entries {@code firstEpoch …} of one trial (JSON numbers, or null for a lost value). */
    void add(int trial, int firstEpoch, List<?> trainValues, List<?> testValues) {
        if (trial < 0 || firstEpoch < 0) return;
        ensureTrials(trial + 1);
        int n = Math.min(trainValues.size(), testValues.size());
        int end = firstEpoch + n;
        if (end > train[trial].length) {
            int capacity = Math.max(end, train[trial].length * 2);
            train[trial] = grow(train[trial], capacity);
            test[trial] = grow(test[trial], capacity);
        }
        for (int i = 0; i < n; i++) {
            train[trial][firstEpoch + i] = number(trainValues.get(i));
            test[trial][firstEpoch + i] = number(testValues.get(i));
        }
        if (end > length[trial]) {
            points += end - length[trial];
            length[trial] = end;
        }
    }

    private void ensureTrials(int count) {
        if (count <= length.length) return;
        double[][] nextTrain = new double[count][];
        double[][] nextTest = new double[count][];
        int[] nextLength = new int[count];
        for (int t = 0; t < count; t++) {
            boolean old = t < length.length;
            nextTrain[t] = old ? train[t] : new double[0];
            nextTest[t] = old ? test[t] : new double[0];
            nextLength[t] = old ? length[t] : 0;
        }
        train = nextTrain;
        test = nextTest;
        length = nextLength;
    }

    private static double[] grow(double[] values, int capacity) {
        double[] next = new double[capacity];
        System.arraycopy(values, 0, next, 0, values.length);
        return next;
    }

    /** A number; anything else (a lost value, or the word of a diverged one, "NaN", "Infinity") is left out. */
    private static double number(Object v) {
        return v instanceof Double ? (Double) v : Double.NaN;
    }

    int trials() {
        return length.length;
    }

    /** Entries of {@code trial} so far (0 for a trial not heard of). */
    int length(int trial) {
        return trial < length.length ? length[trial] : 0;
    }

    /** The longest curve's length. */
    int longest() {
        int most = 0;
        for (int n : length) most = Math.max(most, n);
        return most;
    }

    /** Curve entries received over all trials (what the live chart has to show). */
    int points() {
        return points;
    }

    double loss(int trial, int epoch, boolean testLoss) {
        if (trial >= length.length || epoch >= length[trial]) return Double.NaN;
        return testLoss ? test[trial][epoch] : train[trial][epoch];
    }

    /**
     * Over the seeds of cell {@code cell} whose curves reach {@code epoch} with a finite value:
     * {@code out} = [mean, min, max, count]; count 0 means none.
     */
    void spread(int cell, int seeds, int epoch, boolean testLoss, double[] out) {
        double sum = 0;
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        int count = 0;
        for (int s = 0; s < seeds; s++) {
            double v = loss(cell * seeds + s, epoch, testLoss);
            if (!(v == v) || v == Double.POSITIVE_INFINITY || v == Double.NEGATIVE_INFINITY) continue;
            sum += v;
            min = Math.min(min, v);
            max = Math.max(max, v);
            count++;
        }
        out[0] = count == 0 ? Double.NaN : sum / count;
        out[1] = min;
        out[2] = max;
        out[3] = count;
    }

    /** Entries of cell {@code cell} so far: its longest seed's. */
    int cellLength(int cell, int seeds) {
        int most = 0;
        for (int s = 0; s < seeds; s++) most = Math.max(most, length(cell * seeds + s));
        return most;
    }
}
