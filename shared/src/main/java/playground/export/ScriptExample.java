package playground.export;

import playground.data.Dataset;
import playground.nn.Network;
import playground.nn.OutputKind;
import playground.train.TrainingRun;

/**
 * The point a script's usage example predicts, and what the playground's own network predicts
 * there: the first training point (or test point), so that a reader can compare both numbers.
 * The prediction runs on a copy of the network, so the run's scratch arrays stay untouched.
 */
final class ScriptExample {
    final double x1, x2;
    /** The point's label, or NaN when the run has no data at all. */
    final double label;
    final boolean training;
    final double[] outputs;
    private final OutputKind kind;

    ScriptExample(TrainingRun run) {
        Dataset from = run.train.size() > 0 ? run.train : run.test;
        training = from == run.train;
        if (from.size() > 0) {
            x1 = from.x1[0];
            x2 = from.x2[0];
            label = from.label[0];
        } else {
            x1 = 1;
            x2 = -1;
            label = Double.NaN;
        }
        outputs = predict(run, x1, x2);
        kind = run.network.outputKind;
    }

    /** The network's outputs for the point (x1, x2), computed on a copy of the network. */
    static double[] predict(TrainingRun run, double x1, double x2) {
        Network net = run.network;
        Network copy = new Network(net.layerSizes(), net.activation, net.outputKind);
        copy.copyFrom(net);
        double[] in = new double[run.features.length];
        for (int i = 0; i < in.length; i++) in[i] = run.features[i].value(x1, x2);
        copy.forward(in, 0);
        double[] out = new double[copy.outputCount()];
        System.arraycopy(copy.output, copy.outputStart(), out, 0, out.length);
        return out;
    }

    /** The outputs as a Python list with every digit. */
    String outputText() {
        StringBuilder sb = new StringBuilder();
        PythonText.list(sb, outputs, 0, outputs.length, 0);
        return sb.toString();
    }

    String pointDescription() {
        if (label != label) return "an arbitrary point (the run has no data)";
        String set = training ? "this is a training point" : "this is a test point";
        switch (kind) {
            case TANH: return set + " of class " + (int) label + "; the sign of the output is the class";
            case SOFTMAX: return set + " of class " + (int) label + "; the largest probability is the class";
            default: {
                StringBuilder sb = new StringBuilder(set).append(" with target ");
                PythonText.number(sb, label);
                return sb.toString();
            }
        }
    }
}
