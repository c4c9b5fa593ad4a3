package playground.nn;

import playground.core.ExactMath;

/**
 * A fully connected feed-forward network stored in flat arrays: no object per neuron or link.
 *
 * <p>Layers are numbered 0 (inputs) to {@code layers() - 1} (outputs). Neurons of all layers share
 * one index space: neuron j of layer l is {@code nodeStart(l) + j}. The weight of the link from
 * neuron i of layer l-1 into neuron j of layer l is
 * {@code weights[weightStart(l) + j * size(l-1) + i]}, so each neuron's incoming weights are
 * contiguous, which is what the forward pass reads.
 */
public final class Network {
    private final int[] sizes;
    private final int[] nodeStart;
    private final int[] weightStart;
    public final Activation activation;
    public final OutputKind outputKind;

    /** Link weights, in the layout above. */
    public final double[] weights;
    /** One bias per neuron; the inputs' entries are unused and stay 0. */
    public final double[] biases;
    /** Links that L1 regularization drove through zero: they stay at 0 from then on. */
    public final boolean[] dead;
    /** Per neuron, after {@link #forward}: the weighted input z and the output a = f(z). */
    public final double[] totalInput;
    public final double[] output;

    public Network(int[] layerSizes, Activation activation, OutputKind outputKind) {
        this.sizes = layerSizes.clone();
        this.activation = activation;
        this.outputKind = outputKind;
        int layers = sizes.length;
        if (layers < 2) throw new IllegalArgumentException("a network needs inputs and outputs");
        nodeStart = new int[layers + 1];
        weightStart = new int[layers + 1];
        for (int l = 0; l < layers; l++) {
            nodeStart[l + 1] = nodeStart[l] + sizes[l];
            weightStart[l + 1] = weightStart[l] + (l == 0 ? 0 : sizes[l] * sizes[l - 1]);
        }
        int nodes = nodeStart[layers];
        weights = new double[weightStart[layers]];
        dead = new boolean[weights.length];
        biases = new double[nodes];
        totalInput = new double[nodes];
        output = new double[nodes];
    }

    public int layers() { return sizes.length; }
    public int size(int layer) { return sizes[layer]; }
    public int nodeStart(int layer) { return nodeStart[layer]; }
    public int weightStart(int layer) { return weightStart[layer]; }
    public int nodeCount() { return nodeStart[sizes.length]; }
    public int inputCount() { return sizes[0]; }
    public int outputCount() { return sizes[sizes.length - 1]; }
    public int outputStart() { return nodeStart[sizes.length - 1]; }
    public int[] layerSizes() { return sizes.clone(); }

    /** Trainable parameters: every weight and every non-input bias. */
    public int parameterCount() {
        return weights.length + nodeCount() - sizes[0];
    }

    /** Runs the inputs {@code in[from .. from + inputCount())} through the network. */
    public void forward(double[] in, int from) {
        double[] w = weights;
        double[] a = output;
        double[] z = totalInput;
        int n0 = sizes[0];
        for (int i = 0; i < n0; i++) {
            double x = in[from + i];
            a[i] = x;
            z[i] = x;
        }
        int last = sizes.length - 1;
        for (int l = 1; l <= last; l++) {
            int prev = nodeStart[l - 1];
            int prevEnd = nodeStart[l];
            int end = nodeStart[l + 1];
            int wi = weightStart[l];
            for (int j = prevEnd; j < end; j++) {
                double sum = biases[j];
                for (int i = prev; i < prevEnd; i++) {
                    sum = sum + w[wi] * a[i];
                    wi++;
                }
                z[j] = sum;
            }
            if (l < last) activation.applyRange(z, a, prevEnd, end);
        }
        activateOutput();
    }

    /** How many points {@link #forwardBatch}'s callers pass at a time: their rows stay in the cache. */
    public static final int BLOCK = 256;

    /**
     * The forward pass for many points at once, layer by layer: {@code values[node][k]} for
     * k in [0, count) is neuron {@code node}'s output at point k. On entry the rows of the input
     * neurons hold the inputs; on return every row holds what {@link #forward} computes for that
     * point, bit for bit: the same operations in the same order (bias first, then the weighted
     * inputs in order), only with the loop over points innermost, which runs several times faster
     * (no per-neuron dispatch, long loops over contiguous arrays). The heatmaps use it.
     * {@link #totalInput} and {@link #output} are not touched.
     *
     * @param outputTotals if not null, receives the output neurons' weighted inputs z:
     *     {@code outputTotals[j][k]} for output neuron j (what {@link #totalInput} holds after
     *     {@link #forward}); the losses need them
     */
    public void forwardBatch(double[][] values, int count, double[][] outputTotals) {
        double[] w = weights;
        int last = sizes.length - 1;
        for (int l = 1; l <= last; l++) {
            int prev = nodeStart[l - 1];
            int prevEnd = nodeStart[l];
            int end = nodeStart[l + 1];
            int wi = weightStart[l];
            for (int j = prevEnd; j < end; j++) {
                double[] z = values[j];
                double bias = biases[j];
                for (int k = 0; k < count; k++) z[k] = bias;
                int i = prev;
                // Four inputs per pass over the row: the same additions in the same order
                // (((z + w0·x0) + w1·x1) + w2·x2) + w3·x3, with a quarter of the loads and stores of z.
                for (; i + 3 < prevEnd; i += 4) {
                    double w0 = w[wi], w1 = w[wi + 1], w2 = w[wi + 2], w3 = w[wi + 3];
                    double[] x0 = values[i], x1 = values[i + 1], x2 = values[i + 2], x3 = values[i + 3];
                    for (int k = 0; k < count; k++) z[k] = z[k] + w0 * x0[k] + w1 * x1[k] + w2 * x2[k] + w3 * x3[k];
                    wi += 4;
                }
                for (; i < prevEnd; i++) {
                    double weight = w[wi];
                    double[] x = values[i];
                    for (int k = 0; k < count; k++) z[k] = z[k] + weight * x[k];
                    wi++;
                }
                if (l < last) activation.applyRange(z, z, 0, count);
            }
        }
        if (outputTotals != null) {
            int start = outputStart();
            for (int j = 0; j < outputCount(); j++) System.arraycopy(values[start + j], 0, outputTotals[j], 0, count);
        }
        activateOutputBatch(values, count);
    }

    private void activateOutputBatch(double[][] values, int count) {
        int start = outputStart();
        int k = outputCount();
        if (outputKind == OutputKind.TANH) {
            Activation.TANH.applyRange(values[start], values[start], 0, count);
        } else if (outputKind == OutputKind.SOFTMAX) {
            // per point, exactly as activateOutput
            for (int p = 0; p < count; p++) {
                double max = values[start][p];
                for (int j = 1; j < k; j++) max = Math.max(max, values[start + j][p]);
                double sum = 0;
                for (int j = 0; j < k; j++) {
                    double e = ExactMath.exp(values[start + j][p] - max);
                    values[start + j][p] = e;
                    sum = sum + e;
                }
                for (int j = 0; j < k; j++) values[start + j][p] = values[start + j][p] / sum;
            }
        }
    }

    private void activateOutput() {
        int start = outputStart();
        int k = outputCount();
        if (outputKind == OutputKind.TANH) {
            output[start] = ExactMath.tanh(totalInput[start]);
        } else if (outputKind == OutputKind.LINEAR) {
            output[start] = totalInput[start];
        } else {
            // softmax, shifted by the largest input so that exp cannot overflow
            double max = totalInput[start];
            for (int j = 1; j < k; j++) max = Math.max(max, totalInput[start + j]);
            double sum = 0;
            for (int j = 0; j < k; j++) {
                double e = ExactMath.exp(totalInput[start + j] - max);
                output[start + j] = e;
                sum = sum + e;
            }
            for (int j = 0; j < k; j++) output[start + j] = output[start + j] / sum;
        }
    }

    /** The predicted class after a forward pass: the sign for tanh, the most probable for softmax. */
    public int predictedClass() {
        int start = outputStart();
        if (outputKind != OutputKind.SOFTMAX) return output[start] >= 0 ? 1 : -1;
        int best = 0;
        for (int j = 1; j < outputCount(); j++) {
            if (output[start + j] > output[start + best]) best = j;
        }
        return best;
    }

    /** Copies every parameter and the dead-link marks from a network of the same shape. */
    public void copyFrom(Network other) {
        System.arraycopy(other.weights, 0, weights, 0, weights.length);
        System.arraycopy(other.biases, 0, biases, 0, biases.length);
        System.arraycopy(other.dead, 0, dead, 0, dead.length);
    }
}
