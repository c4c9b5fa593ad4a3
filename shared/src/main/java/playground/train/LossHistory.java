package playground.train;

import java.util.Arrays;

/** Train and test loss after every epoch; entry 0 is before any training. Grows by doubling. */
public final class LossHistory {
    private double[] train = new double[64];
    private double[] test = new double[64];
    private int size;

    public void add(double trainLoss, double testLoss) {
        if (size == train.length) {
            train = Arrays.copyOf(train, size * 2);
            test = Arrays.copyOf(test, size * 2);
        }
        train[size] = trainLoss;
        test[size] = testLoss;
        size++;
    }

    public int size() { return size; }
    public double train(int i) { return train[i]; }
    public double test(int i) { return test[i]; }

    public double[] trainLosses() { return Arrays.copyOf(train, size); }
    public double[] testLosses() { return Arrays.copyOf(test, size); }

    void clear() {
        size = 0;
    }
}
