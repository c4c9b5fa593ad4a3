package playground.export;

import playground.core.Numbers;
import playground.nn.Activation;
import playground.nn.Feature;
import playground.nn.Network;
import playground.train.TrainingRun;

/**
 * The pieces the PyTorch and the Keras script share: the comment header, the features function,
 * number and list literals, and the usage example. Everything is plain Python 3 that needs only
 * the standard library, so a script's data part runs (and can be checked) without a framework.
 */
final class PythonText {
    /** Lines of numbers are wrapped to stay within this many characters. */
    static final int WIDTH = 100;
    /** The longest number literal ("-2.2250738585072014E-308" and the like). */
    private static final int LONGEST_NUMBER = 24;

    private PythonText() {}

    /**
     * A float literal that reads back as exactly {@code d}: {@link Numbers#format} gives the
     * shortest round-trip text, which is valid Python ("1.0E-5" and "1e-5" both are); Python has
     * no literal for the non-finite values, so those use the math module's constants.
     */
    static void number(StringBuilder sb, double d) {
        if (d != d) sb.append("math.nan");
        else if (d == Double.POSITIVE_INFINITY) sb.append("math.inf");
        else if (d == Double.NEGATIVE_INFINITY) sb.append("-math.inf");
        else sb.append(Numbers.format(d));
    }

    /** {@code [a, b, c]}, continued on new lines indented by {@code indent} spaces when long. */
    static void list(StringBuilder sb, double[] values, int from, int count, int indent) {
        int lineStart = sb.length();
        while (lineStart > 0 && sb.charAt(lineStart - 1) != '\n') lineStart--;
        sb.append('[');
        for (int i = 0; i < count; i++) {
            if (i > 0) {
                sb.append(',');
                if (sb.length() - lineStart > WIDTH - LONGEST_NUMBER - 2) {
                    sb.append('\n');
                    lineStart = sb.length();
                    spaces(sb, indent);
                } else {
                    sb.append(' ');
                }
            }
            number(sb, values[from + i]);
        }
        sb.append(']');
    }

    /**
     * {@code NAME = [row, row, …]}, one row per line: row r, column c is {@code values[r * cols + c]},
     * or with {@code transposed} {@code values[c * rows + r]} (values holding the transpose).
     */
    static void matrix(StringBuilder sb, String name, double[] values, int rows, int cols, boolean transposed) {
        sb.append(name).append(" = [\n");
        double[] row = new double[cols];
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < cols; c++) row[c] = transposed ? values[c * rows + r] : values[r * cols + c];
            spaces(sb, 4);
            list(sb, row, 0, cols, 5);
            sb.append(",\n");
        }
        sb.append("]\n");
    }

    static void spaces(StringBuilder sb, int n) {
        for (int i = 0; i < n; i++) sb.append(' ');
    }

    /** One comment line; line breaks inside {@code text} would end the comment, so they become spaces. */
    static void comment(StringBuilder sb, String text) {
        sb.append("# ");
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            sb.append(c == '\n' || c == '\r' || c == '\f' || c == '\u000b' ? ' ' : c);
        }
        sb.append('\n');
    }

    /**
     * JSON in comment lines of about {@link #WIDTH} characters, broken only after commas outside
     * strings: the lines joined again (without "# ") are the same JSON value.
     */
    static void jsonComment(StringBuilder sb, String json) {
        int lineStart = 0;
        boolean inString = false;
        boolean escaped = false;
        for (int i = 0; i < json.length(); i++) {
            char c = json.charAt(i);
            if (inString) {
                if (escaped) escaped = false;
                else if (c == '\\') escaped = true;
                else if (c == '"') inString = false;
            } else if (c == '"') {
                inString = true;
            } else if (c == ',' && i + 1 - lineStart >= WIDTH - 30) {
                comment(sb, "    " + json.substring(lineStart, i + 1));
                lineStart = i + 1;
            }
        }
        comment(sb, "    " + json.substring(lineStart));
    }

    /** The Python expression of a feature of the point (x1, x2). */
    static String expression(Feature f) {
        switch (f) {
            case X1: return "x1";
            case X2: return "x2";
            case X1SQ: return "x1 * x1";
            case X2SQ: return "x2 * x2";
            case X1X2: return "x1 * x2";
            case SINX1: return "math.sin(x1)";
            case SINX2: return "math.sin(x2)";
            case COSX1: return "math.cos(x1)";
            default: return "math.cos(x2)";
        }
    }

    /** The comment header: what this is, the architecture, the epoch and losses, the configuration. */
    static void header(StringBuilder sb, TrainingRun run, String framework) {
        Network net = run.network;
        comment(sb, "A neural network trained in the neural-network playground, rebuilt in " + framework + ".");
        comment(sb, "Layers: " + layers(net) + ".");
        comment(sb, functions(net) + ".");
        comment(sb, "Epoch " + run.epoch() + ": train loss " + loss(run.trainLoss()) + ", test loss "
                + loss(run.testLoss()) + ".");
        int dead = 0;
        for (boolean d : net.dead) if (d) dead++;
        if (dead > 0) {
            comment(sb, dead + (dead == 1 ? " link" : " links") + " that L1 regularization removed "
                    + (dead == 1 ? "is" : "are") + " 0 here; training on in " + framework + " would revive "
                    + (dead == 1 ? "it." : "them."));
        }
        comment(sb, "Configuration:");
        jsonComment(sb, run.config.toJson());
    }

    /** "2 inputs -> 4 -> 2 -> 1 output". */
    static String layers(Network net) {
        StringBuilder sb = new StringBuilder();
        sb.append(net.inputCount()).append(net.inputCount() == 1 ? " input" : " inputs");
        for (int l = 1; l < net.layers(); l++) sb.append(" -> ").append(net.size(l));
        return sb.append(net.outputCount() == 1 ? " output" : " outputs").toString();
    }

    /** "Hidden activation tanh; output tanh (…)". */
    static String functions(Network net) {
        if (net.layers() == 2) return "Output " + outputName(net);
        return "Hidden activation " + net.activation.configName + "; output " + outputName(net);
    }

    static String outputName(Network net) {
        switch (net.outputKind) {
            case TANH: return "tanh (two classes: the sign is the class, -1 or 1)";
            case LINEAR: return "linear (regression)";
            default: return "softmax (" + net.outputCount() + " classes, 0 to " + (net.outputCount() - 1) + ")";
        }
    }

    private static String loss(double d) {
        return d == d && d != Double.POSITIVE_INFINITY ? Numbers.format(d) : "not a number (training diverged)";
    }

    /** {@code def features(x1, x2)}: the network's inputs for a point, in the run's order. */
    static void featuresFunction(StringBuilder sb, Feature[] features) {
        sb.append("def features(x1, x2):\n");
        sb.append("    \"\"\"The network's inputs for the point (x1, x2), in the playground's order.\"\"\"\n");
        sb.append("    return [");
        for (int i = 0; i < features.length; i++) {
            if (i > 0) sb.append(", ");
            sb.append(expression(features[i]));
        }
        sb.append("]\n");
    }

    /** What the leaky ReLU's slope left of zero is written as. */
    static String leak() {
        return Numbers.format(Activation.LEAK);
    }

    /** The comment lines after the usage example: the point, its label, and what the playground predicts. */
    static void expectation(StringBuilder sb, ScriptExample ex, String indent) {
        sb.append(indent);
        comment(sb, "The playground's network gives " + ex.outputText() + " here:");
        sb.append(indent);
        comment(sb, ex.pointDescription() + ".");
    }

    /** {@code features(x1, x2)} with the example's coordinates. */
    static String featuresCall(ScriptExample ex) {
        StringBuilder sb = new StringBuilder("features(");
        number(sb, ex.x1);
        sb.append(", ");
        number(sb, ex.x2);
        return sb.append(')').toString();
    }
}
