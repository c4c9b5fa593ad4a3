package playground.train;

import playground.config.Config;
import playground.core.Rng;
import playground.data.DataGenerator;
import playground.data.DataSplit;
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
 * One experiment in progress: a configuration made real. Three independent random streams fix
 * everything: the data (generation and train/test split) from {@code seed}, the initial weights
 * and the order of examples in each epoch from {@link Config#weightSeed} ({@code initSeed}, or
 * {@code seed} when absent). Same configuration, same bits, on every runtime.
 */
public final class TrainingRun {
    static final int STREAM_DATA = 1;
    static final int STREAM_WEIGHTS = 2;
    static final int STREAM_ORDER = 3;

    public final Config config;
    public final Feature[] features;
    public final Dataset train, test;
    public final Examples trainExamples, testExamples;
    public final Network network;
    public final Trainer trainer;
    final Rng orderRng;
    private int epoch;
    private final LossHistory history = new LossHistory();

    public TrainingRun(Config config) {
        this.config = config;
        this.features = Feature.byNames(config.features);
        boolean regression = config.isRegression();
        int classes = regression ? 0 : config.classes;
        Rng dataRng = new Rng(config.seed, STREAM_DATA);
        Dataset all = DataGenerator.CUSTOM.equals(config.dataset)
                ? Dataset.custom(config.customPoints, classes)
                : DataGenerator.generate(config.dataset, config.points, classes, config.noise / 100.0, dataRng);
        DataSplit split = DataSplit.split(all, config.trainPercent, dataRng);
        train = split.train;
        test = split.test;
        trainExamples = new Examples(features, train.x1, train.x2, train.label, train.size());
        testExamples = new Examples(features, test.x1, test.x2, test.label, test.size());

        OutputKind out = OutputKind.of(regression, config.classes);
        int[] hidden = config.hiddenLayers;
        int[] sizes = new int[hidden.length + 2];
        sizes[0] = features.length;
        System.arraycopy(hidden, 0, sizes, 1, hidden.length);
        sizes[sizes.length - 1] = out.neurons(config.classes);
        network = new Network(sizes, Activation.byName(config.activation), out);
        Init.byName(config.init).initialize(network, new Rng(config.weightSeed(), STREAM_WEIGHTS));
        trainer = new Trainer(network, Loss.byName(config.loss), Regularization.byName(config.regularization),
                Optimizer.byName(config.optimizer), config.learningRate, config.regularizationRate, config.batchSize);
        orderRng = new Rng(config.weightSeed(), STREAM_ORDER);
        recordLosses();
    }

    /** One pass over the training set in shuffled mini-batches, then both losses are recorded. */
    public void trainEpoch() {
        trainer.trainEpoch(trainExamples, orderRng);
        epoch++;
        recordLosses();
    }

    private void recordLosses() {
        history.add(trainer.meanLoss(trainExamples), trainer.meanLoss(testExamples));
    }

    public int epoch() { return epoch; }
    public LossHistory history() { return history; }
    public double trainLoss() { return history.train(history.size() - 1); }
    public double testLoss() { return history.test(history.size() - 1); }

    /** True once the loss is no longer a finite number: the learning rate is too large. */
    public boolean diverged() {
        double l = trainLoss();
        return l != l || l == Double.POSITIVE_INFINITY || l > 1e6;
    }

    /** Restores the state a snapshot recorded (used by {@link Snapshot}). */
    void restore(int epoch, double[] trainLosses, double[] testLosses, int[] orderState) {
        this.epoch = epoch;
        history.clear();
        for (int i = 0; i < trainLosses.length; i++) history.add(trainLosses[i], testLosses[i]);
        orderRng.setState(orderState);
    }
}
