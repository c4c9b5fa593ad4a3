package playground.export;

import playground.nn.Activation;
import playground.nn.Network;
import playground.train.TrainingRun;

/**
 * A short, runnable Keras script (TensorFlow's {@code tf.keras}) that rebuilds a run's network
 * with its current weights (docs/page.md): a {@code Sequential} of {@code Dense} layers in double
 * precision, whose weights are put in place with {@code set_weights}.
 *
 * <p>A {@code Dense} layer keeps its kernel as [in, out], one column per neuron: the transpose of
 * the playground's per-neuron rows. So each layer's kernel is written as {@code K1}, {@code K2},
 * … with one row per input, and its biases as {@code b1}, {@code b2}, …
 */
public final class KerasScript {
    private KerasScript() {}

    public static String of(TrainingRun run) {
        Network net = run.network;
        int last = net.layers() - 1;
        StringBuilder sb = new StringBuilder(4096 + net.parameterCount() * 24);
        PythonText.header(sb, run, "Keras");
        sb.append("import math\n\nimport numpy as np\nimport tensorflow as tf\n\n\n");
        PythonText.featuresFunction(sb, run.features);
        if (last > 1 && net.activation == Activation.LEAKY_RELU) {
            sb.append("\n\ndef leaky_relu(z):\n");
            sb.append("    \"\"\"Leaky ReLU with the playground's slope left of zero.\"\"\"\n");
            sb.append("    return tf.nn.leaky_relu(z, alpha=").append(PythonText.leak()).append(")\n");
        }

        sb.append("\n\nmodel = tf.keras.Sequential([\n");
        sb.append("    tf.keras.Input(shape=(").append(net.inputCount()).append(",), dtype=\"float64\"),\n");
        for (int l = 1; l <= last; l++) {
            String activation = l == last ? outputActivation(net) : activation(net.activation);
            sb.append("    tf.keras.layers.Dense(").append(net.size(l)).append(", activation=").append(activation)
                    .append(", dtype=\"float64\", name=\"").append(layerName(l, last)).append("\"),\n");
        }
        sb.append("])\n\n");

        PythonText.comment(sb, "K1[i][j] is the weight of the link from input i into neuron j of layer 1, and so on:");
        PythonText.comment(sb, "one row per input, the [in, out] layout of a Dense kernel. b1, b2, ... are the biases.");
        for (int l = 1; l <= last; l++) {
            PythonText.matrix(sb, "K" + l, PyTorchScript.slice(net.weights, net.weightStart(l), net.size(l) * net.size(l - 1)),
                    net.size(l - 1), net.size(l), true);
            sb.append('b').append(l).append(" = ");
            PythonText.list(sb, net.biases, net.nodeStart(l), net.size(l), 4);
            sb.append('\n');
        }
        sb.append('\n');
        for (int l = 1; l <= last; l++) {
            sb.append("model.get_layer(\"").append(layerName(l, last)).append("\").set_weights([np.array(K").append(l)
                    .append(", dtype=\"float64\"), np.array(b").append(l).append(", dtype=\"float64\")])\n");
        }

        ScriptExample ex = new ScriptExample(run);
        sb.append("\nif __name__ == \"__main__\":\n");
        sb.append("    x = np.array([").append(PythonText.featuresCall(ex)).append("], dtype=\"float64\")\n");
        sb.append("    print(model.predict(x, verbose=0)[0].tolist())\n");
        PythonText.expectation(sb, ex, "    ");
        return sb.toString();
    }

    static String layerName(int layer, int last) {
        return layer == last ? "output" : "hidden" + layer;
    }

    /** The activation argument of a hidden Dense layer. */
    static String activation(Activation a) {
        switch (a) {
            case RELU: return "\"relu\"";
            case TANH: return "\"tanh\"";
            case SIGMOID: return "\"sigmoid\"";
            case LEAKY_RELU: return "leaky_relu";
            default: return "\"linear\"";
        }
    }

    private static String outputActivation(Network net) {
        switch (net.outputKind) {
            case TANH: return "\"tanh\"";
            case LINEAR: return "\"linear\"";
            default: return "\"softmax\"";
        }
    }
}
