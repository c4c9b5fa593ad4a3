package playground.client.lessons;

import playground.core.Rng;
import playground.nn.Activation;
import playground.nn.Network;
import playground.nn.OutputKind;

/**
 * The state of the neuron lesson (L3), computed by the core's {@link Network}:
 * <ul>
 *   <li>one neuron with four inputs, {@code a = f(w1·a1 + w2·a2 + w3·a3 + w4·a4 + b)}: the hidden
 *       neuron of a 4 → 1 → 1 network whose output passes it on unchanged (weight 1, bias 0);
 *   <li>a 1 → 3 → 1 network twice, with the same weights, once with linear hidden neurons and
 *       once with the chosen non-linearity, to show that without it the layers collapse into
 *       one straight line.
 * </ul>
 */
final class NeuronModel {
    static final int INPUTS = 4;
    static final int HIDDEN = 3;
    static final double X_RANGE = 3;

    final double[] inputs = {1.0, 0.5, -0.5, 0.8};
    final double[] weights = {0.6, -0.4, 0.3, 0.9};
    double bias = -0.2;
    private Activation activation = Activation.RELU;
    private Network neuron;
    private Network linearPair;
    private Network bentPair;
    private final double[] one = new double[1];

    NeuronModel() {
        build();
        // weights of the two-layer example: every kink of the ReLU version lies in view
        double[] w = {1.0, -1.0, 0.6};
        double[] c = {0.5, 0.5, -1.0};
        double[] v = {1.0, 0.8, -1.5};
        setPairWeights(w, c, v, 0.2);
    }

    Activation activation() {
        return activation;
    }

    void setActivation(Activation next) {
        double[] w = new double[HIDDEN];
        double[] c = new double[HIDDEN];
        double[] v = new double[HIDDEN];
        double d = pairWeights(w, c, v);
        activation = next;
        build();
        setPairWeights(w, c, v, d);
    }

    private void build() {
        neuron = new Network(new int[] {INPUTS, 1, 1}, activation, OutputKind.LINEAR);
        linearPair = new Network(new int[] {1, HIDDEN, 1}, Activation.LINEAR, OutputKind.LINEAR);
        bentPair = new Network(new int[] {1, HIDDEN, 1}, activation, OutputKind.LINEAR);
    }

    /** The neuron's weighted input z, by the core's forward pass. */
    double z() {
        forward();
        return neuron.totalInput[neuron.nodeStart(1)];
    }

    /** The neuron's output a = f(z). */
    double a() {
        forward();
        return neuron.output[neuron.nodeStart(1)];
    }

    private void forward() {
        System.arraycopy(weights, 0, neuron.weights, 0, INPUTS);
        neuron.biases[neuron.nodeStart(1)] = bias;
        neuron.weights[INPUTS] = 1;
        neuron.biases[neuron.outputStart()] = 0;
        neuron.forward(inputs, 0);
    }

    /** New random weights for the two-layer example, from {@code seed}. */
    void shuffle(int seed) {
        Rng rng = new Rng(seed, 5);
        double[] w = new double[HIDDEN];
        double[] c = new double[HIDDEN];
        double[] v = new double[HIDDEN];
        for (int j = 0; j < HIDDEN; j++) {
            w[j] = rng.uniform(-1.5, 1.5);
            // biases that put each kink (x = -c/w) inside the picture
            c[j] = -w[j] * rng.uniform(-X_RANGE * 0.8, X_RANGE * 0.8);
            v[j] = rng.uniform(-1.5, 1.5);
        }
        setPairWeights(w, c, v, rng.uniform(-0.5, 0.5));
    }

    private void setPairWeights(double[] w, double[] c, double[] v, double d) {
        for (Network n : new Network[] {linearPair, bentPair}) {
            int hidden = n.nodeStart(1);
            for (int j = 0; j < HIDDEN; j++) {
                n.weights[n.weightStart(1) + j] = w[j];
                n.biases[hidden + j] = c[j];
                n.weights[n.weightStart(2) + j] = v[j];
            }
            n.biases[n.outputStart()] = d;
        }
    }

    private double pairWeights(double[] w, double[] c, double[] v) {
        Network n = linearPair;
        for (int j = 0; j < HIDDEN; j++) {
            w[j] = n.weights[n.weightStart(1) + j];
            c[j] = n.biases[n.nodeStart(1) + j];
            v[j] = n.weights[n.weightStart(2) + j];
        }
        return n.biases[n.outputStart()];
    }

    /** The two-layer network's output at x, with linear hidden neurons or with the activation. */
    double pair(boolean bent, double x) {
        Network n = bent ? bentPair : linearPair;
        one[0] = x;
        n.forward(one, 0);
        return n.output[n.outputStart()];
    }
}
