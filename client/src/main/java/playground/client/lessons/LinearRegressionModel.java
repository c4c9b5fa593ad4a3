package playground.client.lessons;

import playground.core.Rng;
import playground.data.DataGenerator;
import playground.data.Dataset;
import playground.data.Houses;
import playground.nn.Activation;
import playground.nn.Examples;
import playground.nn.Feature;
import playground.nn.Loss;
import playground.nn.Network;
import playground.nn.Optimizer;
import playground.nn.OutputKind;
import playground.nn.Regularization;
import playground.nn.Trainer;

/**
 * The state of the linear-regression lesson (L1), all in the core: the {@code houses} data, and
 * a network with one input and one linear output neuron, which is exactly the line
 * {@code y = w·x + b}, trained by full-batch gradient descent on the squared error.
 *
 * <p>Units: x is the distance to the city centre in tens of km (0 … 3) and y the price in hundreds
 * of thousands (about 2 … 5), so w and b are numbers of ordinary size. The core's loss is
 * L = ½·MSE (the ½ tidies the derivatives), so ∂L/∂w = mean((ŷ − y)·x) and ∂L/∂b = mean(ŷ − y).
 */
final class LinearRegressionModel {
    static final int POINTS = 20;
    static final double NOISE = 0.2;
    static final int SEED = 4;
    static final double KM_PER_X = 10;
    static final double THOUSANDS_PER_Y = 100;
    static final double START_W = 0.5;
    static final double START_B = 2;
    /** Above this the loss has exploded; the lesson stops there. */
    static final double EXPLODED = 1e6;
    /** Below this gradient size nothing visible changes any more: descent has arrived. */
    static final double ARRIVED = 1e-7;

    /** A step whose loss exceeds the last one by more than this factor counts as growth. */
    private static final double RISE = 1.000001;

    private static final Feature[] FEATURES = {Feature.X1};

    final double[] x = new double[POINTS];
    final double[] y = new double[POINTS];
    final Network net = new Network(new int[] {1, 1}, Activation.LINEAR, OutputKind.LINEAR);
    final Trainer trainer = new Trainer(net, Loss.MSE, Regularization.NONE, Optimizer.SGD, 0.1, 0, POINTS);
    /** The (w, b) of every step since the last reset, for the path on the loss map. */
    final GrowingPath path = new GrowingPath();
    private Examples examples;
    private final double[] gradW = new double[1];
    private final double[] gradB = new double[2];
    private final double[] one = new double[1];
    private int steps;
    private int risingSteps;
    private double lastLoss;

    LinearRegressionModel() {
        Dataset houses = DataGenerator.generate(DataGenerator.HOUSES, POINTS, 0, NOISE, new Rng(SEED, 1));
        for (int i = 0; i < POINTS; i++) {
            x[i] = Houses.km(houses.x1[i]) / KM_PER_X;
            y[i] = Houses.priceThousands(houses.label[i]) / THOUSANDS_PER_Y;
        }
        examples = new Examples(FEATURES, x, y, y, POINTS);
        setLine(START_W, START_B);
    }

    double w() {
        return net.weights[0];
    }

    double b() {
        return net.biases[1];
    }

    int steps() {
        return steps;
    }

    void setRate(double rate) {
        trainer.learningRate = rate;
        risingSteps = 0;
    }

    /** Puts the line somewhere by hand: the descent starts again from there. */
    void setLine(double w, double b) {
        net.weights[0] = w;
        net.biases[1] = b;
        restart();
    }

    /** Moves point i (a drag): the data, and so the loss surface, change. */
    void movePoint(int i, double px, double py) {
        x[i] = px;
        y[i] = py;
        examples = new Examples(FEATURES, x, y, y, POINTS);
        restart();
    }

    private void restart() {
        steps = 0;
        risingSteps = 0;
        path.clear();
        path.add(w(), b());
        lastLoss = loss();
    }

    /** L = ½·MSE over the points, as the core computes it. */
    double loss() {
        return trainer.meanLoss(examples);
    }

    double mse() {
        return loss() * 2;
    }

    /** The loss the line (w, b) would have; the network is left as it was. */
    double lossAt(double w, double b) {
        double w0 = net.weights[0];
        double b0 = net.biases[1];
        net.weights[0] = w;
        net.biases[1] = b;
        double l = loss();
        net.weights[0] = w0;
        net.biases[1] = b0;
        return l;
    }

    /** ∂L/∂w and ∂L/∂b at the current line, by back-propagation in the core. */
    double[] gradient() {
        trainer.objectiveGradient(examples, gradW, gradB);
        return new double[] {gradW[0], gradB[1]};
    }

    /** The line's value at x. */
    double predict(double at) {
        one[0] = at;
        net.forward(one, 0);
        return net.output[1];
    }

    /** One step of gradient descent on all points: w ← w − η·∂L/∂w, b ← b − η·∂L/∂b. */
    void step() {
        for (int p = 0; p < POINTS; p++) trainer.accumulate(examples.inputs, p, examples.labels[p]);
        trainer.update();
        steps++;
        path.add(w(), b());
        double l = loss();
        // rounding noise near the minimum is not growth: count only clear increases
        risingSteps = l > lastLoss * RISE ? risingSteps + 1 : 0;
        lastLoss = l;
    }

    /** The loss has grown at each of the last three steps, or is no longer a number: too large a rate. */
    boolean diverging() {
        return risingSteps >= 3 || exploded();
    }

    boolean exploded() {
        double l = lastLoss;
        return !(l == l) || l > EXPLODED;
    }

    /** The gradient is (numerically) zero: the line is the least-squares line. */
    boolean arrived() {
        double[] g = gradient();
        return Math.abs(g[0]) < ARRIVED && Math.abs(g[1]) < ARRIVED;
    }

    /** A list of (w, b) pairs that grows as needed. */
    static final class GrowingPath {
        double[] w = new double[256];
        double[] b = new double[256];
        int size;

        void clear() {
            size = 0;
        }

        void add(double pw, double pb) {
            if (size == w.length) {
                w = java.util.Arrays.copyOf(w, size * 2);
                b = java.util.Arrays.copyOf(b, size * 2);
            }
            w[size] = pw;
            b[size] = pb;
            size++;
        }
    }
}
