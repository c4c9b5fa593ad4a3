package playground.client.lessons;

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
 * The state of the back-propagation lesson (L5): a 2-2-1 network (sigmoid hidden neurons, a
 * linear output, loss ½(ŷ − y)²), one training example, and the stage of the step being shown:
 * forward through the hidden layer, the output, the loss; backward through the output, the
 * hidden layer; the update. The gradient comes from the core's back-propagation
 * ({@link Trainer#objectiveGradient}); the check compares it with central differences of the
 * core's loss ({@link Trainer#meanLoss}).
 */
final class BackpropModel {
    static final int START = 0, HIDDEN = 1, OUTPUT = 2, LOSS = 3, BACK_OUTPUT = 4, BACK_HIDDEN = 5, UPDATE = 6;
    static final int STAGES = 7;
    static final double RATE = 0.1;
    static final double[] X = {1.0, -0.5};
    static final double Y = 0.8;
    /** The step of the central differences: small, yet far above the rounding of the loss. */
    static final double H = 1e-5;
    /** Parameters in the order the lesson lists them: w11 w12 w21 w22 b1 b2 v1 v2 c. */
    static final int PARAMETERS = 9;

    private static final double[] START_WEIGHTS = {0.5, -0.3, 0.8, 0.2, 0.6, -0.4};
    private static final double[] START_BIASES = {0, 0, 0.1, -0.2, 0.05};

    final Network net = network();
    /** The weights the gradient is taken at: the current ones, or the ones before the update. */
    final Network at = network();
    private final Trainer trainer = trainer(net);
    private final Trainer probe = trainer(at);
    final Examples example = new Examples(new Feature[] {Feature.X1, Feature.X2}, new double[] {X[0]},
            new double[] {X[1]}, new double[] {Y}, 1);
    private final double[] gradW = new double[6];
    private final double[] gradB = new double[5];
    private int stage;
    private int iteration;

    BackpropModel() {
        reset();
    }

    private static Network network() {
        return new Network(new int[] {2, 2, 1}, Activation.SIGMOID, OutputKind.LINEAR);
    }

    private static Trainer trainer(Network n) {
        return new Trainer(n, Loss.MSE, Regularization.NONE, Optimizer.SGD, RATE, 0, 1);
    }

    int stage() {
        return stage;
    }

    int iteration() {
        return iteration;
    }

    void reset() {
        System.arraycopy(START_WEIGHTS, 0, net.weights, 0, START_WEIGHTS.length);
        System.arraycopy(START_BIASES, 0, net.biases, 0, START_BIASES.length);
        stage = START;
        iteration = 0;
        sync();
    }

    /** The next stage; after the update the next example's forward pass starts. */
    void next() {
        if (stage == UPDATE) {
            stage = HIDDEN;
            iteration++;
        } else {
            stage++;
            if (stage == UPDATE) {
                // one step of plain gradient descent on the one example: w ← w − η·∂L/∂w
                trainer.accumulate(example.inputs, 0, Y);
                trainer.update();
            }
        }
        sync();
    }

    void previous() {
        if (stage == UPDATE) {
            net.copyFrom(at);
            stage = BACK_HIDDEN;
        } else if (stage > START && !(stage == HIDDEN && iteration > 0)) {
            stage--;
        }
        sync();
    }

    /** Keeps {@link #at} on the weights the shown gradient belongs to and runs its forward pass. */
    private void sync() {
        if (stage != UPDATE) at.copyFrom(net);
        probe.objectiveGradient(example, gradW, gradB);
        at.forward(example.inputs, 0);
    }

    /** Parameter p's value in network n. */
    static double value(Network n, int p) {
        if (p < 4) return n.weights[p];
        if (p < 6) return n.biases[n.nodeStart(1) + p - 4];
        if (p < 8) return n.weights[4 + p - 6];
        return n.biases[n.outputStart()];
    }

    private static void set(Network n, int p, double v) {
        if (p < 4) {
            n.weights[p] = v;
        } else if (p < 6) {
            n.biases[n.nodeStart(1) + p - 4] = v;
        } else if (p < 8) {
            n.weights[4 + p - 6] = v;
        } else {
            n.biases[n.outputStart()] = v;
        }
    }

    /** ∂L/∂p by back-propagation, at {@link #at}. */
    double gradient(int p) {
        if (p < 4) return gradW[p];
        if (p < 6) return gradB[at.nodeStart(1) + p - 4];
        if (p < 8) return gradW[4 + p - 6];
        return gradB[at.outputStart()];
    }

    /** (L(p + h) − L(p − h)) / 2h at {@link #at}. */
    double finiteDifference(int p) {
        double v = value(at, p);
        set(at, p, v + H);
        double up = probe.meanLoss(example);
        set(at, p, v - H);
        double down = probe.meanLoss(example);
        set(at, p, v);
        at.forward(example.inputs, 0);
        return (up - down) / (2 * H);
    }

    /** The loss at {@link #at}. */
    double loss() {
        double l = probe.meanLoss(example);
        at.forward(example.inputs, 0);
        return l;
    }

    /** Hidden neuron j's (0, 1) weighted input and output, the output ŷ: after {@link #sync}. */
    double z(int j) {
        return at.totalInput[at.nodeStart(1) + j];
    }

    double a(int j) {
        return at.output[at.nodeStart(1) + j];
    }

    double prediction() {
        return at.output[at.outputStart()];
    }

    /** σ'(z_j), by the core's activation. */
    double slope(int j) {
        return at.activation.derivative(z(j), a(j));
    }
}
