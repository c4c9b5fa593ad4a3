package playground.nn;

import java.util.Arrays;
import playground.core.ExactMath;
import playground.core.Rng;

/**
 * Mini-batch gradient descent on a {@link Network}, as TensorFlow Playground does it: for each
 * example, a forward pass and back-propagation add dE/dw to accumulators; every {@code batchSize}
 * examples the mean gradient moves the weights, then the regularization term moves them again
 * (an L1 step that would carry a weight across zero sets it to 0 and kills the link for good).
 *
 * <p>All arrays are allocated here, once: a training step allocates nothing.
 */
public final class Trainer {
    public final Network net;
    public final Loss loss;
    public final Regularization regularization;
    public final Optimizer optimizer;
    public double learningRate;
    public double regularizationRate;
    public int batchSize;

    /** dE/dz of every neuron for the current example. */
    private final double[] delta;
    /** dE/dw and dE/db summed over the examples of the current batch. */
    private final double[] gradW, gradB;
    private int batchCount;

    /** Momentum's velocity or Adam's first moment; Adam's second moment. */
    final double[] moment1W, moment1B, moment2W, moment2B;
    /** β1^t and β2^t, kept by multiplication so that no pow() is needed. */
    double beta1Power = 1, beta2Power = 1;

    /** Gradient statistics of the epoch in progress and of the last finished one (docs/page.md). */
    private final double[] layerGradSq;
    private final double[] linkGradSum;
    private int epochBatches;
    private final double[] layerGradNorm;
    private final double[] linkGradient;

    /** Scratch of {@link #meanLoss}: a block's neuron outputs and output totals, one example's. */
    private final double[][] blockValues, blockTotals;
    private final double[] exampleOutput, exampleTotal;

    public Trainer(Network net, Loss loss, Regularization regularization, Optimizer optimizer,
                   double learningRate, double regularizationRate, int batchSize) {
        this.net = net;
        this.loss = loss;
        this.regularization = regularization;
        this.optimizer = optimizer;
        this.learningRate = learningRate;
        this.regularizationRate = regularizationRate;
        this.batchSize = batchSize;
        int nodes = net.nodeCount();
        int links = net.weights.length;
        delta = new double[nodes];
        gradW = new double[links];
        gradB = new double[nodes];
        boolean needs1 = optimizer != Optimizer.SGD;
        boolean needs2 = optimizer == Optimizer.ADAM;
        moment1W = new double[needs1 ? links : 0];
        moment1B = new double[needs1 ? nodes : 0];
        moment2W = new double[needs2 ? links : 0];
        moment2B = new double[needs2 ? nodes : 0];
        layerGradSq = new double[net.layers()];
        layerGradNorm = new double[net.layers()];
        linkGradSum = new double[links];
        linkGradient = new double[links];
        blockValues = new double[nodes][Network.BLOCK];
        blockTotals = new double[net.outputCount()][Network.BLOCK];
        exampleOutput = new double[net.outputCount()];
        exampleTotal = new double[net.outputCount()];
    }

    /** One epoch: a shuffled pass over the examples in mini-batches (the last may be smaller). */
    public void trainEpoch(Examples ex, Rng orderRng) {
        checkWidth(ex);
        int[] order = ex.order;
        for (int i = 0; i < ex.size; i++) order[i] = i;
        orderRng.shuffle(order, ex.size);
        for (int k = 0; k < ex.size; k++) {
            int p = order[k];
            accumulate(ex.inputs, p * ex.width, ex.labels[p]);
            if (batchCount == batchSize) update();
        }
        if (batchCount > 0) update();
        finishEpochStatistics();
    }

    /** Forward pass and back-propagation of one example; adds its gradient to the batch sums. */
    public void accumulate(double[] inputs, int from, double label) {
        net.forward(inputs, from);
        outputDelta(label);
        backPropagate();
        batchCount++;
    }

    /** dE/dz at the output neurons. */
    private void outputDelta(double label) {
        int start = net.outputStart();
        double[] a = net.output;
        switch (net.outputKind) {
            case TANH: {
                double o = a[start];
                // Cross-entropy on p = (o + 1)/2 against (label + 1)/2: the tanh derivative
                // cancels and dE/dz = o - label. Squared error: (o - label)(1 - o²).
                delta[start] = loss == Loss.CROSSENTROPY ? o - label : (o - label) * (1 - o * o);
                break;
            }
            case LINEAR:
                delta[start] = a[start] - label;
                break;
            default: {
                int k = net.outputCount();
                int target = (int) label;
                if (loss == Loss.CROSSENTROPY) {
                    for (int j = 0; j < k; j++) delta[start + j] = a[start + j] - (j == target ? 1 : 0);
                } else {
                    // E = ½Σ(p - y)²; through the softmax Jacobian dp_i/dz_j = p_i(δij - p_j):
                    // dE/dz_j = p_j (g_j - Σ_i p_i g_i) with g = p - y.
                    double s = 0;
                    for (int i = 0; i < k; i++) {
                        double g = a[start + i] - (i == target ? 1 : 0);
                        s = s + a[start + i] * g;
                    }
                    for (int j = 0; j < k; j++) {
                        double g = a[start + j] - (j == target ? 1 : 0);
                        delta[start + j] = (g - s) * a[start + j];
                    }
                }
            }
        }
    }

    /** From the output deltas back to the first hidden layer, adding dE/dw = δ·a to the sums. */
    private void backPropagate() {
        double[] w = net.weights;
        double[] a = net.output;
        double[] z = net.totalInput;
        for (int l = net.layers() - 1; l >= 1; l--) {
            int prev = net.nodeStart(l - 1);
            int width = net.size(l - 1);
            int start = net.nodeStart(l);
            int n = net.size(l);
            int w0 = net.weightStart(l);
            for (int j = 0; j < n; j++) {
                double d = delta[start + j];
                gradB[start + j] = gradB[start + j] + d;
                int row = w0 + j * width;
                for (int i = 0; i < width; i++) gradW[row + i] = gradW[row + i] + d * a[prev + i];
            }
            if (l == 1) break;
            // δ of layer l-1: f'(z_i) · Σ_j w_ji δ_j
            for (int i = 0; i < width; i++) {
                double s = 0;
                for (int j = 0; j < n; j++) s = s + w[w0 + j * width + i] * delta[start + j];
                delta[prev + i] = net.activation.derivative(z[prev + i], a[prev + i]) * s;
            }
        }
    }

    /** Applies the mean gradient of the batch so far, then the regularization step. */
    public void update() {
        if (batchCount == 0) return;
        double n = batchCount;
        if (optimizer == Optimizer.ADAM) {
            beta1Power = beta1Power * Optimizer.BETA1;
            beta2Power = beta2Power * Optimizer.BETA2;
        }
        double[] w = net.weights;
        for (int l = 1; l < net.layers(); l++) {
            double sq = 0;
            int to = net.weightStart(l + 1);
            for (int i = net.weightStart(l); i < to; i++) {
                double g = gradW[i] / n;
                gradW[i] = 0;
                sq = sq + g * g;
                linkGradSum[i] = linkGradSum[i] + Math.abs(g);
                if (net.dead[i]) continue;
                double v = step(g, i, moment1W, moment2W);
                w[i] = w[i] - v;
                regularize(i);
            }
            layerGradSq[l] = layerGradSq[l] + sq;
            int start = net.nodeStart(l);
            int end = start + net.size(l);
            for (int j = start; j < end; j++) {
                double g = gradB[j] / n;
                gradB[j] = 0;
                net.biases[j] = net.biases[j] - step(g, j, moment1B, moment2B);
            }
        }
        batchCount = 0;
        epochBatches++;
    }

    /** The amount to subtract from a parameter whose mean gradient is g. */
    private double step(double g, int i, double[] m1, double[] m2) {
        switch (optimizer) {
            case MOMENTUM: {
                double v = Optimizer.MOMENTUM_MU * m1[i] + g;
                m1[i] = v;
                return learningRate * v;
            }
            case ADAM: {
                double m = Optimizer.BETA1 * m1[i] + (1 - Optimizer.BETA1) * g;
                double v = Optimizer.BETA2 * m2[i] + (1 - Optimizer.BETA2) * g * g;
                m1[i] = m;
                m2[i] = v;
                double mHat = m / (1 - beta1Power);
                double vHat = v / (1 - beta2Power);
                double denominator = Math.sqrt(vHat) + Optimizer.EPSILON;
                // mHat first: as the right operand of a *, the quotient mHat may lose its
                // parentheses in TeaVM's JavaScript once inlined.
                return mHat * learningRate / denominator;
            }
            default:
                return learningRate * g;
        }
    }

    private void regularize(int i) {
        if (regularization == Regularization.NONE) return;
        double w = net.weights[i];
        double next = w - learningRate * regularizationRate * regularization.derivative(w);
        if (regularization == Regularization.L1 && w * next < 0) {
            net.weights[i] = 0;
            net.dead[i] = true;
        } else {
            net.weights[i] = next;
        }
    }

    private void finishEpochStatistics() {
        double batches = epochBatches == 0 ? 1 : epochBatches;
        for (int l = 0; l < layerGradSq.length; l++) {
            layerGradNorm[l] = Math.sqrt(layerGradSq[l] / batches);
            layerGradSq[l] = 0;
        }
        for (int i = 0; i < linkGradSum.length; i++) {
            linkGradient[i] = linkGradSum[i] / batches;
            linkGradSum[i] = 0;
        }
        epochBatches = 0;
    }

    /**
     * Per layer l ≥ 1, the root mean square over the last epoch's batches of the L2 norm of the
     * mean gradient of the weights into layer l. Small values in early layers of a deep sigmoid
     * network are the vanishing gradient made visible. Entry 0 is unused.
     */
    public double[] layerGradientNorms() {
        return layerGradNorm;
    }

    /** Per link, the mean over the last epoch's batches of |dE/dw|. */
    public double[] linkGradients() {
        return linkGradient;
    }

    /** The loss of one example after {@link Network#forward}. */
    public double exampleLoss(double label) {
        return loss(net.output, net.totalInput, net.outputStart(), label);
    }

    /**
     * The loss of one example whose output neurons' outputs are {@code a[start ..]} and their
     * weighted inputs {@code z[start ..]}.
     */
    private double loss(double[] a, double[] z, int start, double label) {
        switch (net.outputKind) {
            case TANH: {
                if (loss == Loss.CROSSENTROPY) {
                    // p = (tanh z + 1)/2 = σ(2z), so -log p = softplus(-2z), -log(1-p) = softplus(2z)
                    double t = (label + 1) * 0.5;
                    double zz = z[start] + z[start];
                    return t * softplus(-zz) + (1 - t) * softplus(zz);
                }
                double e = a[start] - label;
                return 0.5 * e * e;
            }
            case LINEAR: {
                double e = a[start] - label;
                return 0.5 * e * e;
            }
            default: {
                int k = net.outputCount();
                int target = (int) label;
                if (loss == Loss.CROSSENTROPY) {
                    // -log p_target = log Σ exp(z_j - max) - (z_target - max)
                    double max = z[start];
                    for (int j = 1; j < k; j++) max = Math.max(max, z[start + j]);
                    double sum = 0;
                    for (int j = 0; j < k; j++) sum = sum + ExactMath.exp(z[start + j] - max);
                    return (max - z[start + target]) + ExactMath.log(sum);
                }
                double s = 0;
                for (int j = 0; j < k; j++) {
                    double e = a[start + j] - (j == target ? 1 : 0);
                    s = s + e * e;
                }
                return 0.5 * s;
            }
        }
    }

    private void checkWidth(Examples ex) {
        if (ex.width != net.inputCount()) {
            throw new IllegalArgumentException("examples have " + ex.width + " features, the network " + net.inputCount() + " inputs");
        }
    }

    /** log(1 + e^x) without overflow. */
    private static double softplus(double x) {
        double ax = x < 0 ? -x : x;
        double rest = ExactMath.log(ExactMath.exp(-ax) + 1);
        return x > 0 ? rest + x : rest;
    }

    /**
     * The mean data loss over the examples (without the regularization term, as the reference
     * reports). The forward passes run {@link Network#BLOCK} examples at a time
     * ({@link Network#forwardBatch}, the same bits as one by one); the losses are summed in the
     * examples' order.
     */
    public double meanLoss(Examples ex) {
        checkWidth(ex);
        if (ex.size == 0) return 0;
        int width = ex.width;
        int start = net.outputStart();
        int k = net.outputCount();
        double sum = 0;
        for (int from = 0; from < ex.size; from += Network.BLOCK) {
            int count = Math.min(Network.BLOCK, ex.size - from);
            for (int f = 0; f < width; f++) {
                double[] row = blockValues[f];
                for (int p = 0; p < count; p++) row[p] = ex.inputs[(from + p) * width + f];
            }
            net.forwardBatch(blockValues, count, blockTotals);
            for (int p = 0; p < count; p++) {
                for (int j = 0; j < k; j++) {
                    exampleOutput[j] = blockValues[start + j][p];
                    exampleTotal[j] = blockTotals[j][p];
                }
                // The call first: if TeaVM inlines it, a sum on the right of + would lose its
                // parentheses in the JavaScript bundle.
                sum = loss(exampleOutput, exampleTotal, 0, ex.labels[from + p]) + sum;
            }
        }
        return sum / ex.size;
    }

    /** The regularization term Σ R(w) over the live weights. */
    public double penalty() {
        double sum = 0;
        for (int i = 0; i < net.weights.length; i++) sum = sum + regularization.penalty(net.weights[i]);
        return sum;
    }

    /**
     * The gradient of the objective mean loss + rate · Σ R(w) over the examples, without changing
     * the network: for gradient checks and the back-propagation lesson.
     */
    public void objectiveGradient(Examples ex, double[] outW, double[] outB) {
        Arrays.fill(gradW, 0);
        Arrays.fill(gradB, 0);
        batchCount = 0;
        for (int p = 0; p < ex.size; p++) accumulate(ex.inputs, p * ex.width, ex.labels[p]);
        for (int i = 0; i < gradW.length; i++) {
            outW[i] = gradW[i] / batchCount + regularizationRate * regularization.derivative(net.weights[i]);
            gradW[i] = 0;
        }
        for (int j = 0; j < gradB.length; j++) {
            outB[j] = gradB[j] / batchCount;
            gradB[j] = 0;
        }
        batchCount = 0;
    }

    /** Optimizer state for snapshots: the moments (may be empty arrays) and β powers. */
    public double[] moment1W() { return moment1W; }
    public double[] moment1B() { return moment1B; }
    public double[] moment2W() { return moment2W; }
    public double[] moment2B() { return moment2B; }
    public double beta1Power() { return beta1Power; }
    public double beta2Power() { return beta2Power; }

    public void setBetaPowers(double b1, double b2) {
        beta1Power = b1;
        beta2Power = b2;
    }
}
