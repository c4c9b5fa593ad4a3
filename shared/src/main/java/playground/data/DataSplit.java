package playground.data;

import playground.core.Rng;

/**
 * A data set split into a training and a test set, as the reference does it: shuffle all points
 * (Fisher–Yates), then the first floor(n · trainPercent / 100) are the training set and the
 * rest the test set. Both keep the shuffled order.
 */
public final class DataSplit {
    public final Dataset train;
    public final Dataset test;

    public DataSplit(Dataset train, Dataset test) {
        this.train = train;
        this.test = test;
    }

    /**
     * @param trainPercent 0 … 100 (the page offers 10 … 90)
     * @param rng the data's random stream, usually the one that generated {@code all}
     */
    public static DataSplit split(Dataset all, int trainPercent, Rng rng) {
        if (trainPercent < 0 || trainPercent > 100) {
            throw new IllegalArgumentException("trainPercent must be 0 to 100, got " + trainPercent);
        }
        int n = all.size();
        int[] order = new int[n];
        for (int i = 0; i < n; i++) order[i] = i;
        rng.shuffle(order, n);
        int trainSize = (int) ((long) n * trainPercent / 100);
        return new DataSplit(all.subset(order, 0, trainSize), all.subset(order, trainSize, n));
    }
}
