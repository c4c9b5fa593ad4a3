package playground.export;

import playground.nn.Activation;
import playground.nn.Network;
import playground.nn.OutputKind;
import playground.train.TrainingRun;

/**
 * A short, runnable PyTorch script that rebuilds a run's network with its current weights
 * (docs/page.md): an {@code nn.Sequential} of {@code nn.Linear} layers, each followed by its activation, in
 * double precision so that it computes what the playground computes.
 *
 * <p>{@code nn.Linear} keeps its weight as [out, in], one row per neuron: exactly the
 * playground's layout, so each layer's weights are written row by row as {@code W1}, {@code W2},
 * … and its biases as {@code b1}, {@code b2}, …
 */
public final class PyTorchScript {
    private PyTorchScript() {}

    public static String of(TrainingRun run) {
        Network net = run.network;
        int last = net.layers() - 1;
        StringBuilder sb = new StringBuilder(4096 + net.parameterCount() * 24);
        PythonText.header(sb, run, "PyTorch");
        sb.append("import math\n\nimport torch\nfrom torch import nn\n\n\n");
        PythonText.featuresFunction(sb, run.features);

        sb.append("\n\nmodel = nn.Sequential(\n");
        for (int l = 1; l <= last; l++) {
            sb.append("    nn.Linear(").append(net.size(l - 1)).append(", ").append(net.size(l)).append("),  # ")
                    .append(l == last ? "output layer" : "hidden layer " + l).append('\n');
            sb.append("    ").append(l == last ? outputModule(net) : module(net.activation)).append(',');
            if (l == last && net.outputKind == OutputKind.SOFTMAX) {
                sb.append("  # class probabilities; nn.CrossEntropyLoss would want the values before it");
            }
            sb.append('\n');
        }
        sb.append(").double()\n\n");

        PythonText.comment(sb, "W1[j][i] is the weight of the link from input i into neuron j of layer 1, and so on:");
        PythonText.comment(sb, "one row per neuron, the [out, in] layout of nn.Linear. b1, b2, ... are the biases.");
        for (int l = 1; l <= last; l++) {
            PythonText.matrix(sb, "W" + l, slice(net.weights, net.weightStart(l), net.size(l) * net.size(l - 1)),
                    net.size(l), net.size(l - 1), false);
            sb.append('b').append(l).append(" = ");
            PythonText.list(sb, net.biases, net.nodeStart(l), net.size(l), 4);
            sb.append('\n');
        }

        sb.append("\n\ndef set_parameters(linear, weight, bias):\n");
        sb.append("    with torch.no_grad():\n");
        sb.append("        linear.weight.copy_(torch.tensor(weight, dtype=torch.float64))\n");
        sb.append("        linear.bias.copy_(torch.tensor(bias, dtype=torch.float64))\n\n\n");
        for (int l = 1; l <= last; l++) {
            sb.append("set_parameters(model[").append(2 * (l - 1)).append("], W").append(l).append(", b").append(l).append(")\n");
        }

        ScriptExample ex = new ScriptExample(run);
        sb.append("\nif __name__ == \"__main__\":\n");
        sb.append("    x = torch.tensor([").append(PythonText.featuresCall(ex)).append("], dtype=torch.float64)\n");
        sb.append("    with torch.no_grad():\n");
        sb.append("        print(model(x).tolist()[0])\n");
        PythonText.expectation(sb, ex, "    ");
        return sb.toString();
    }

    /** The module computing a hidden activation. */
    static String module(Activation a) {
        switch (a) {
            case RELU: return "nn.ReLU()";
            case TANH: return "nn.Tanh()";
            case SIGMOID: return "nn.Sigmoid()";
            case LEAKY_RELU: return "nn.LeakyReLU(" + PythonText.leak() + ")";
            default: return "nn.Identity()";
        }
    }

    private static String outputModule(Network net) {
        switch (net.outputKind) {
            case TANH: return "nn.Tanh()";
            case LINEAR: return "nn.Identity()";
            default: return "nn.Softmax(dim=-1)";
        }
    }

    static double[] slice(double[] a, int from, int n) {
        double[] s = new double[n];
        System.arraycopy(a, from, s, 0, n);
        return s;
    }
}
