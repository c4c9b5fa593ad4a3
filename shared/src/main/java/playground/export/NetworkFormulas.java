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
        MathMlElements.openMath(sb);
        sb.append("<mrow>");
        MathMlElements.bold(sb, 'x');
        MathMlElements.mo(sb, "=");
        sb.append("<msup>");
        MathMlElements.open(sb, "(");
        for (int i = 0; i < features.length; i++) {
            if (i > 0) MathMlElements.mo(sb, ",");
            MathMlElements.feature(sb, features[i]);
        }
        MathMlElements.close(sb, ")");
        MathMlElements.mi(sb, "T");
        sb.append("</msup></mrow>");
        MathMlElements.closeMath(sb);
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
        MathMlElements.openMath(sb);
        sb.append("<mtable columnalign=\"left\">").append(rows).append("</mtable>");
        MathMlElements.closeMath(sb);
        return sb.toString();
    }

    /** One equation per neuron of layer l, links removed by L1 left out. */
    String neurons(int l) {
        StringBuilder sb = new StringBuilder();
        MathMlElements.openMath(sb);
        sb.append("<mtable columnalign=\"left\">");
        int width = net.size(l - 1);
        for (int j = 0; j < net.size(l); j++) {
            sb.append("<mtr><mtd><mrow>");
            neuronName(sb, l, j);
            MathMlElements.mo(sb, "=");
            String f = function(l);
            if (f != null) {
                MathMlElements.mi(sb, f);
                MathMlElements.moRaw(sb, MathMlElements.APPLY);
                MathMlElements.open(sb, "(");
            } else {
                sb.append("<mrow>");
            }
            boolean first = true;
            int row = net.weightStart(l) + j * width;
            for (int i = 0; i < width; i++) {
                if (net.dead[row + i]) continue;
                MathMlElements.term(sb, net.weights[row + i], MathMl.DIGITS, first);
                MathMlElements.moRaw(sb, MathMlElements.INVISIBLE_TIMES);
                input(sb, l, i);
                first = false;
            }
            double b = net.biases[net.nodeStart(l) + j];
            if (first || b != 0) MathMlElements.term(sb, b, MathMl.DIGITS, first);
            if (f != null) MathMlElements.close(sb, ")");
            else sb.append("</mrow>");
            sb.append("</mrow></mtd></mtr>");
        }
        if (l == last && net.outputKind == OutputKind.SOFTMAX) {
            sb.append("<mtr><mtd><mrow>");
            MathMlElements.yHatVector(sb);
            MathMlElements.mo(sb, "=");
            MathMlElements.mi(sb, "softmax");
            MathMlElements.moRaw(sb, MathMlElements.APPLY);
            MathMlElements.open(sb, "(");
            MathMlElements.bold(sb, 'z');
            MathMlElements.close(sb, ")");
            sb.append("</mrow></mtd></mtr>");
        }
        sb.append("</mtable>");
        MathMlElements.closeMath(sb);
        return sb.toString();
    }

    /** 𝐡ˡ = f(W 𝐡ˡ⁻¹ + 𝐛) with W and 𝐛 written out as tables. */
    String matrix(int l) {
        StringBuilder sb = new StringBuilder();
        MathMlElements.openMath(sb);
        sb.append("<mrow>");
        if (l < last) MathMlElements.vector(sb, 'h', l);
        else if (net.outputCount() == 1) MathMlElements.yHat(sb);
        else MathMlElements.yHatVector(sb);
        MathMlElements.mo(sb, "=");
        String f = l == last ? outputFunction() : MathMlElements.functionName(net.activation);
        if (f != null) {
            MathMlElements.mi(sb, f);
            MathMlElements.moRaw(sb, MathMlElements.APPLY);
            MathMlElements.open(sb, "(");
        } else {
            sb.append("<mrow>");
        }
        int width = net.size(l - 1);
        MathMlElements.open(sb, "[");
        sb.append("<mtable>");
        for (int j = 0; j < net.size(l); j++) {
            sb.append("<mtr>");
            int row = net.weightStart(l) + j * width;
            for (int i = 0; i < width; i++) {
                sb.append("<mtd>");
                if (net.dead[row + i]) sb.append("<mn class=\"dead\">0</mn>");
                else MathMlElements.value(sb, net.weights[row + i], MathMl.DIGITS);
                sb.append("</mtd>");
            }
            sb.append("</mtr>");
        }
        sb.append("</mtable>");
        MathMlElements.close(sb, "]");
        MathMlElements.moRaw(sb, MathMlElements.INVISIBLE_TIMES);
        if (l == 1) MathMlElements.bold(sb, 'x');
        else MathMlElements.vector(sb, 'h', l - 1);
        MathMlElements.mo(sb, "+");
        MathMlElements.open(sb, "[");
        sb.append("<mtable>");
        for (int j = 0; j < net.size(l); j++) {
            sb.append("<mtr><mtd>");
            MathMlElements.value(sb, net.biases[net.nodeStart(l) + j], MathMl.DIGITS);
            sb.append("</mtd></mtr>");
        }
        sb.append("</mtable>");
        MathMlElements.close(sb, "]");
        if (f != null) MathMlElements.close(sb, ")");
        else sb.append("</mrow>");
        sb.append("</mrow>");
        MathMlElements.closeMath(sb);
        return sb.toString();
    }

    /** The function applied by layer l, or null when it applies none (linear; softmax per neuron). */
    private String function(int l) {
        if (l < last) return MathMlElements.functionName(net.activation);
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
        if (l < last) MathMlElements.hidden(sb, l, j + 1);
        else if (net.outputKind == OutputKind.SOFTMAX) MathMlElements.indexed(sb, "z", j, null);
        else MathMlElements.yHat(sb);
    }

    /** What link i into layer l carries: a feature for layer 1, a hidden neuron otherwise. */
    private void input(StringBuilder sb, int l, int i) {
        if (l == 1) MathMlElements.feature(sb, features[i]);
        else MathMlElements.hidden(sb, l - 1, i + 1);
    }

    private static void row(StringBuilder rows, String equation) {
        rows.append("<mtr><mtd displaystyle=\"true\">").append(equation).append("</mtd></mtr>");
    }

    /** f(z) = its definition, for the nonlinear activations. */
    private static String definition(Activation a) {
        StringBuilder sb = new StringBuilder("<mrow>");
        MathMlElements.mi(sb, MathMlElements.functionName(a));
        MathMlElements.moRaw(sb, MathMlElements.APPLY);
        MathMlElements.open(sb, "(");
        MathMlElements.mi(sb, "z");
        MathMlElements.close(sb, ")");
        MathMlElements.mo(sb, "=");
        switch (a) {
            case RELU:
                MathMlElements.mi(sb, "max");
                MathMlElements.open(sb, "(");
                MathMlElements.mn(sb, "0");
                MathMlElements.mo(sb, ",");
                MathMlElements.mi(sb, "z");
                MathMlElements.close(sb, ")");
                break;
            case LEAKY_RELU:
                MathMlElements.mi(sb, "max");
                MathMlElements.open(sb, "(");
                MathMlElements.value(sb, Activation.LEAK, 6);
                MathMlElements.moRaw(sb, MathMlElements.INVISIBLE_TIMES);
                MathMlElements.mi(sb, "z");
                MathMlElements.mo(sb, ",");
                MathMlElements.mi(sb, "z");
                MathMlElements.close(sb, ")");
                break;
            case SIGMOID:
                sb.append("<mfrac>");
                MathMlElements.mn(sb, "1");
                sb.append("<mrow>");
                MathMlElements.mn(sb, "1");
                MathMlElements.mo(sb, "+");
                exp(sb, MINUS_Z);
                sb.append("</mrow></mfrac>");
                break;
            default: // tanh
                sb.append("<mfrac><mrow>");
                exp(sb, Z);
                MathMlElements.mo(sb, MathMlElements.MINUS);
                exp(sb, MINUS_Z);
                sb.append("</mrow><mrow>");
                exp(sb, Z);
                MathMlElements.mo(sb, "+");
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
        MathMlElements.yHat(sb);
        MathMlElements.mi(sb, "c");
        sb.append("</msub>");
        MathMlElements.mo(sb, "=");
        sb.append("<mfrac>");
        exp(sb, Z_C);
        sb.append("<mrow><munderover>");
        MathMlElements.mo(sb, "\u2211");
        sb.append("<mrow><mi>j</mi><mo>=</mo><mn>0</mn></mrow>");
        MathMlElements.mn(sb, Integer.toString(k - 1));
        sb.append("</munderover>");
        exp(sb, Z_J);
        sb.append("</mrow></mfrac>");
        MathMlElements.mo(sb, ",");
        sb.append("<mspace width=\"1em\"/>");
        MathMlElements.mi(sb, "c");
        MathMlElements.mo(sb, "=");
        MathMlElements.mn(sb, "0");
        MathMlElements.mo(sb, ",");
        MathMlElements.mi(sb, "\u2026");
        MathMlElements.mo(sb, ",");
        MathMlElements.mn(sb, Integer.toString(k - 1));
        return sb.append("</mrow>").toString();
    }

    private static final String Z = "<mi>z</mi>";
    private static final String MINUS_Z = "<mrow><mo>" + MathMlElements.MINUS + "</mo><mi>z</mi></mrow>";
    private static final String Z_C = "<msub><mi>z</mi><mi>c</mi></msub>";
    private static final String Z_J = "<msub><mi>z</mi><mi>j</mi></msub>";

    /** e raised to the given exponent markup. */
    private static void exp(StringBuilder sb, String exponent) {
        sb.append("<msup><mi>e</mi>").append(exponent).append("</msup>");
    }
}
