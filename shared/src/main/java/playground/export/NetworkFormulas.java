package playground.export;

import playground.nn.Activation;
import playground.nn.Feature;
import playground.nn.Network;
import playground.nn.OutputKind;
import playground.train.TrainingRun;

/** The MathML of {@link MathMl}'s blocks for one run's network. */
final class NetworkFormulas {
    private final Network net;
    private final Feature[] features;
    private final int last;

    NetworkFormulas(TrainingRun run) {
        this.net = run.network;
        this.features = run.features;
        this.last = net.layers() - 1;
    }

    /** 𝐱 = (x₁, x₂, …)ᵀ. */
    String features() {
        StringBuilder sb = new StringBuilder();
        Mml.openMath(sb);
        sb.append("<mrow>");
        Mml.bold(sb, 'x');
        Mml.mo(sb, "=");
        sb.append("<msup>");
        Mml.open(sb, "(");
        for (int i = 0; i < features.length; i++) {
            if (i > 0) Mml.mo(sb, ",");
            Mml.feature(sb, features[i]);
        }
        Mml.close(sb, ")");
        Mml.mi(sb, "T");
        sb.append("</msup></mrow>");
        Mml.closeMath(sb);
        return sb.toString();
    }

    /** The definitions of the nonlinear functions used, one row each; null if there are none. */
    String functions() {
        StringBuilder rows = new StringBuilder();
        Activation hidden = last > 1 ? net.activation : Activation.LINEAR;
        if (hidden != Activation.LINEAR) row(rows, definition(hidden));
        if (net.outputKind == OutputKind.TANH && hidden != Activation.TANH) row(rows, definition(Activation.TANH));
        if (net.outputKind == OutputKind.SOFTMAX) row(rows, softmaxDefinition());
        if (rows.length() == 0) return null;
        StringBuilder sb = new StringBuilder();
        Mml.openMath(sb);
        sb.append("<mtable columnalign=\"left\">").append(rows).append("</mtable>");
        Mml.closeMath(sb);
        return sb.toString();
    }

    /** One equation per neuron of layer l, links removed by L1 left out. */
    String neurons(int l) {
        StringBuilder sb = new StringBuilder();
        Mml.openMath(sb);
        sb.append("<mtable columnalign=\"left\">");
        int width = net.size(l - 1);
        for (int j = 0; j < net.size(l); j++) {
            sb.append("<mtr><mtd><mrow>");
            neuronName(sb, l, j);
            Mml.mo(sb, "=");
            String f = function(l);
            if (f != null) {
                Mml.mi(sb, f);
                Mml.moRaw(sb, Mml.APPLY);
                Mml.open(sb, "(");
            } else {
                sb.append("<mrow>");
            }
            boolean first = true;
            int row = net.weightStart(l) + j * width;
            for (int i = 0; i < width; i++) {
                if (net.dead[row + i]) continue;
                Mml.term(sb, net.weights[row + i], MathMl.DIGITS, first);
                Mml.moRaw(sb, Mml.INVISIBLE_TIMES);
                input(sb, l, i);
                first = false;
            }
            double b = net.biases[net.nodeStart(l) + j];
            if (first || b != 0) Mml.term(sb, b, MathMl.DIGITS, first);
            if (f != null) Mml.close(sb, ")");
            else sb.append("</mrow>");
            sb.append("</mrow></mtd></mtr>");
        }
        if (l == last && net.outputKind == OutputKind.SOFTMAX) {
            sb.append("<mtr><mtd><mrow>");
            Mml.yHatVector(sb);
            Mml.mo(sb, "=");
            Mml.mi(sb, "softmax");
            Mml.moRaw(sb, Mml.APPLY);
            Mml.open(sb, "(");
            Mml.bold(sb, 'z');
            Mml.close(sb, ")");
            sb.append("</mrow></mtd></mtr>");
        }
        sb.append("</mtable>");
        Mml.closeMath(sb);
        return sb.toString();
    }

    /** 𝐡ˡ = f(W 𝐡ˡ⁻¹ + 𝐛) with W and 𝐛 written out as tables. */
    String matrix(int l) {
        StringBuilder sb = new StringBuilder();
        Mml.openMath(sb);
        sb.append("<mrow>");
        if (l < last) Mml.vector(sb, 'h', l);
        else if (net.outputCount() == 1) Mml.yHat(sb);
        else Mml.yHatVector(sb);
        Mml.mo(sb, "=");
        String f = l == last ? outputFunction() : Mml.functionName(net.activation);
        if (f != null) {
            Mml.mi(sb, f);
            Mml.moRaw(sb, Mml.APPLY);
            Mml.open(sb, "(");
        } else {
            sb.append("<mrow>");
        }
        int width = net.size(l - 1);
        Mml.open(sb, "[");
        sb.append("<mtable>");
        for (int j = 0; j < net.size(l); j++) {
            sb.append("<mtr>");
            int row = net.weightStart(l) + j * width;
            for (int i = 0; i < width; i++) {
                sb.append("<mtd>");
                if (net.dead[row + i]) sb.append("<mn class=\"dead\">0</mn>");
                else Mml.value(sb, net.weights[row + i], MathMl.DIGITS);
                sb.append("</mtd>");
            }
            sb.append("</mtr>");
        }
        sb.append("</mtable>");
        Mml.close(sb, "]");
        Mml.moRaw(sb, Mml.INVISIBLE_TIMES);
        if (l == 1) Mml.bold(sb, 'x');
        else Mml.vector(sb, 'h', l - 1);
        Mml.mo(sb, "+");
        Mml.open(sb, "[");
        sb.append("<mtable>");
        for (int j = 0; j < net.size(l); j++) {
            sb.append("<mtr><mtd>");
            Mml.value(sb, net.biases[net.nodeStart(l) + j], MathMl.DIGITS);
            sb.append("</mtd></mtr>");
        }
        sb.append("</mtable>");
        Mml.close(sb, "]");
        if (f != null) Mml.close(sb, ")");
        else sb.append("</mrow>");
        sb.append("</mrow>");
        Mml.closeMath(sb);
        return sb.toString();
    }

    /** The function applied by layer l, or null when it applies none (linear; softmax per neuron). */
    private String function(int l) {
        if (l < last) return Mml.functionName(net.activation);
        return net.outputKind == OutputKind.TANH ? "tanh" : null;
    }

    private String outputFunction() {
        switch (net.outputKind) {
            case TANH: return "tanh";
            case SOFTMAX: return "softmax";
            default: return null;
        }
    }

    /** hˡⱼ for hidden neurons; ŷ for a single output; z_c for the softmax input of class c. */
    private void neuronName(StringBuilder sb, int l, int j) {
        if (l < last) Mml.hidden(sb, l, j + 1);
        else if (net.outputKind == OutputKind.SOFTMAX) Mml.indexed(sb, "z", j, null);
        else Mml.yHat(sb);
    }

    /** What link i into layer l carries: a feature for layer 1, a hidden neuron otherwise. */
    private void input(StringBuilder sb, int l, int i) {
        if (l == 1) Mml.feature(sb, features[i]);
        else Mml.hidden(sb, l - 1, i + 1);
    }

    private static void row(StringBuilder rows, String equation) {
        rows.append("<mtr><mtd displaystyle=\"true\">").append(equation).append("</mtd></mtr>");
    }

    /** f(z) = its definition, for the nonlinear activations. */
    private static String definition(Activation a) {
        StringBuilder sb = new StringBuilder("<mrow>");
        Mml.mi(sb, Mml.functionName(a));
        Mml.moRaw(sb, Mml.APPLY);
        Mml.open(sb, "(");
        Mml.mi(sb, "z");
        Mml.close(sb, ")");
        Mml.mo(sb, "=");
        switch (a) {
            case RELU:
                Mml.mi(sb, "max");
                Mml.open(sb, "(");
                Mml.mn(sb, "0");
                Mml.mo(sb, ",");
                Mml.mi(sb, "z");
                Mml.close(sb, ")");
                break;
            case LEAKY_RELU:
                Mml.mi(sb, "max");
                Mml.open(sb, "(");
                Mml.value(sb, Activation.LEAK, 6);
                Mml.moRaw(sb, Mml.INVISIBLE_TIMES);
                Mml.mi(sb, "z");
                Mml.mo(sb, ",");
                Mml.mi(sb, "z");
                Mml.close(sb, ")");
                break;
            case SIGMOID:
                sb.append("<mfrac>");
                Mml.mn(sb, "1");
                sb.append("<mrow>");
                Mml.mn(sb, "1");
                Mml.mo(sb, "+");
                exp(sb, MINUS_Z);
                sb.append("</mrow></mfrac>");
                break;
            default: // tanh
                sb.append("<mfrac><mrow>");
                exp(sb, Z);
                Mml.mo(sb, Mml.MINUS);
                exp(sb, MINUS_Z);
                sb.append("</mrow><mrow>");
                exp(sb, Z);
                Mml.mo(sb, "+");
                exp(sb, MINUS_Z);
                sb.append("</mrow></mfrac>");
        }
        return sb.append("</mrow>").toString();
    }

    /** ŷ_c = e^{z_c} / Σ_j e^{z_j}, c = 0, …, k-1: the softmax over the k classes. */
    private String softmaxDefinition() {
        int k = net.outputCount();
        StringBuilder sb = new StringBuilder("<mrow>");
        sb.append("<msub>");
        Mml.yHat(sb);
        Mml.mi(sb, "c");
        sb.append("</msub>");
        Mml.mo(sb, "=");
        sb.append("<mfrac>");
        exp(sb, Z_C);
        sb.append("<mrow><munderover>");
        Mml.mo(sb, "\u2211");
        sb.append("<mrow><mi>j</mi><mo>=</mo><mn>0</mn></mrow>");
        Mml.mn(sb, Integer.toString(k - 1));
        sb.append("</munderover>");
        exp(sb, Z_J);
        sb.append("</mrow></mfrac>");
        Mml.mo(sb, ",");
        sb.append("<mspace width=\"1em\"/>");
        Mml.mi(sb, "c");
        Mml.mo(sb, "=");
        Mml.mn(sb, "0");
        Mml.mo(sb, ",");
        Mml.mi(sb, "\u2026");
        Mml.mo(sb, ",");
        Mml.mn(sb, Integer.toString(k - 1));
        return sb.append("</mrow>").toString();
    }

    private static final String Z = "<mi>z</mi>";
    private static final String MINUS_Z = "<mrow><mo>" + Mml.MINUS + "</mo><mi>z</mi></mrow>";
    private static final String Z_C = "<msub><mi>z</mi><mi>c</mi></msub>";
    private static final String Z_J = "<msub><mi>z</mi><mi>j</mi></msub>";

    /** e raised to the given exponent markup. */
    private static void exp(StringBuilder sb, String exponent) {
        sb.append("<msup><mi>e</mi>").append(exponent).append("</msup>");
    }
}
