package playground.client.lessons;

import playground.core.Rng;
import playground.data.DataGenerator;
import playground.data.Dataset;
import playground.nn.Activation;
import playground.nn.Examples;
import playground.nn.Feature;
import playground.nn.Init;
import playground.nn.Loss;
import playground.nn.Network;
import playground.nn.Optimizer;
import playground.nn.OutputKind;
import playground.nn.Regularization;
import playground.nn.Trainer;

/**
 * The state of the overfitting lesson (L2), all in the core: a few noisy houses (the same trend
 * as L1) to learn from, many more to test on, and a network 1 → H tanh units → 1 whose H is the
 * capacity. Trained by Adam on the whole training set at once; L2 regularization on request.
 * Every change of data, capacity or regularization starts again from the same initial weights.
 */
final class OverfittingModel {
    static final int SEED = 1;
    static final double NOISE = 0.3;
    static final int FEW = 8;
    static final int MOST = 64;
    static final int TEST_POINTS = 200;
    static final int[] CAPACITIES = {1, 2, 3, 4, 8, 16, 32};
    static final int EPOCHS = 2000;
    static final double RATE = 0.01;
    static final double REGULARIZATION_RATE = 2;

    private static final Feature[] FEATURES = {Feature.X1};

    private final Dataset test = DataGenerator.generate(DataGenerator.HOUSES, TEST_POINTS, 0, NOISE, new Rng(SEED, 2));
    private final Examples testExamples = new Examples(FEATURES, test.x1, test.x2, test.label, test.size());
    private Dataset train;
    private Examples trainExamples;
    /** Small to begin with: the text asks the reader to raise it and watch the overfitting come. */
    private int hidden = 2;
    private boolean regularized;
    private Network net;
    private Trainer trainer;
    private Rng order;
    private double[] trainLoss = new double[EPOCHS + 1];
    private double[] testLoss = new double[EPOCHS + 1];
    private int epoch;
    private final double[] one = new double[1];

    OverfittingModel() {
        setTrainingPoints(FEW);
    }

    Dataset train() {
        return train;
    }

    Dataset test() {
        return test;
    }

    int hidden() {
        return hidden;
    }

    boolean regularized() {
        return regularized;
    }

    int epoch() {
        return epoch;
    }

    boolean finished() {
        return epoch >= EPOCHS;
    }

    /** The first n houses of the training stream: more data keeps the points there were. */
    void setTrainingPoints(int n) {
        train = DataGenerator.generate(DataGenerator.HOUSES, n, 0, NOISE, new Rng(SEED, 1));
        trainExamples = new Examples(FEATURES, train.x1, train.x2, train.label, train.size());
        restart();
    }

    void setHidden(int units) {
        hidden = units;
        restart();
    }

    void setRegularized(boolean on) {
        regularized = on;
        restart();
    }

    /** The same initial weights for the same capacity, so that only the change shows. */
    void restart() {
        net = new Network(new int[] {1, hidden, 1}, Activation.TANH, OutputKind.LINEAR);
        Init.XAVIER.initialize(net, new Rng(SEED, 3));
        trainer = new Trainer(net, Loss.MSE, regularized ? Regularization.L2 : Regularization.NONE, Optimizer.ADAM,
                RATE, regularized ? REGULARIZATION_RATE : 0, train.size());
        order = new Rng(SEED, 4);
        epoch = 0;
        record();
    }

    /** Trains up to {@code count} epochs (fewer at the end); true while there is more to do. */
    boolean train(int count) {
        for (int i = 0; i < count && epoch < EPOCHS; i++) {
            trainer.trainEpoch(trainExamples, order);
            epoch++;
            record();
        }
        return epoch < EPOCHS;
    }

    private void record() {
        trainLoss[epoch] = trainer.meanLoss(trainExamples);
        testLoss[epoch] = trainer.meanLoss(testExamples);
    }

    double trainLoss(int e) {
        return trainLoss[e];
    }

    double testLoss(int e) {
        return testLoss[e];
    }

    /** The epoch (so far) with the lowest test loss. */
    int bestEpoch() {
        int best = 0;
        for (int e = 1; e <= epoch; e++) {
            if (testLoss[e] < testLoss[best]) best = e;
        }
        return best;
    }

    int parameters() {
        return net.parameterCount();
    }

    /** The network's prediction (a label) at x1. */
    double predict(double x1) {
        one[0] = x1;
        net.forward(one, 0);
        return net.output[net.outputStart()];
    }
}
