package playground.export;

import playground.config.Config;
import playground.nn.Loss;
import playground.nn.OutputKind;
import playground.nn.Regularization;

/**
 * The objective training minimizes, in MathML: the mean over the N training examples of the data
 * loss (half the squared error, as TensorFlow Playground, or cross-entropy), plus the rate times
 * the weight penalty when regularization is on. (The losses the page reports are the data part.)
 */
final class LossFormula {
    /** Significant digits of the regularization rate: enough to show a chosen rate exactly. */
    static final int RATE_DIGITS = 6;

    private LossFormula() {}

    static String of(Config config) {
        OutputKind out = OutputKind.of(config.isRegression(), config.classes);
        Loss loss = Loss.byName(config.loss);
        Regularization reg = Regularization.byName(config.regularization);
        boolean crossEntropyOnTanh = loss == Loss.CROSSENTROPY && out == OutputKind.TANH;

        StringBuilder sb = new StringBuilder();
        MathMlElements.openMath(sb);
        if (crossEntropyOnTanh) sb.append("<mtable columnalign=\"left\"><mtr><mtd displaystyle=\"true\">");
        sb.append("<mrow>");
        MathMlElements.mi(sb, "L");
        MathMlElements.mo(sb, "=");
        if (loss == Loss.CROSSENTROPY) MathMlElements.mo(sb, MathMlElements.MINUS);
        sb.append("<mfrac><mn>1</mn><mi>N</mi></mfrac>");
        sb.append("<munderover><mo>\u2211</mo><mrow><mi>n</mi><mo>=</mo><mn>1</mn></mrow><mi>N</mi></munderover>");
        if (loss == Loss.MSE) squaredError(sb, out, config.classes);
        else if (out == OutputKind.SOFTMAX) logOfTarget(sb);
        else binaryCrossEntropy(sb);
        if (reg != Regularization.NONE && config.regularizationRate > 0) penalty(sb, reg, config.regularizationRate);
        sb.append("</mrow>");
        if (crossEntropyOnTanh) {
            sb.append("</mtd></mtr><mtr><mtd displaystyle=\"true\">");
            probabilityFromTanh(sb);
            sb.append("</mtd></mtr></mtable>");
        }
        MathMlElements.closeMath(sb);
        return sb.toString();
    }

    /** ½ (ŷₙ − yₙ)², or ½ Σ_c (ŷₙ,c − yₙ,c)² against the one-hot target for k classes. */
    private static void squaredError(StringBuilder sb, OutputKind out, int classes) {
        sb.append("<mfrac><mn>1</mn><mn>2</mn></mfrac>");
        boolean perClass = out == OutputKind.SOFTMAX;
        if (perClass) {
            sb.append("<munderover><mo>\u2211</mo><mrow><mi>c</mi><mo>=</mo><mn>0</mn></mrow>");
            MathMlElements.mn(sb, Integer.toString(classes - 1));
            sb.append("</munderover>");
        }
        String index = perClass ? "<mrow><mi>n</mi><mo>,</mo><mi>c</mi></mrow>" : "<mi>n</mi>";
        sb.append("<msup>");
        MathMlElements.open(sb, "(");
        sb.append("<msub>");
        MathMlElements.yHat(sb);
        sb.append(index).append("</msub>");
        MathMlElements.mo(sb, MathMlElements.MINUS);
        sb.append("<msub><mi>y</mi>").append(index).append("</msub>");
        MathMlElements.close(sb, ")");
        MathMlElements.mn(sb, "2");
        sb.append("</msup>");
    }

    /** log ŷₙ,yₙ: the log of the probability given to the true class. */
    private static void logOfTarget(StringBuilder sb) {
        MathMlElements.mi(sb, "log");
        MathMlElements.moRaw(sb, MathMlElements.APPLY);
        sb.append("<msub>");
        MathMlElements.yHat(sb);
        sb.append("<mrow><mi>n</mi><mo>,</mo><msub><mi>y</mi><mi>n</mi></msub></mrow></msub>");
    }

    /** [tₙ log pₙ + (1 − tₙ) log(1 − pₙ)]. */
    private static void binaryCrossEntropy(StringBuilder sb) {
        MathMlElements.open(sb, "[");
        sb.append("<msub><mi>t</mi><mi>n</mi></msub>");
        MathMlElements.moRaw(sb, MathMlElements.INVISIBLE_TIMES);
        MathMlElements.mi(sb, "log");
        MathMlElements.moRaw(sb, MathMlElements.APPLY);
        sb.append("<msub><mi>p</mi><mi>n</mi></msub>");
        MathMlElements.mo(sb, "+");
        MathMlElements.open(sb, "(");
        MathMlElements.mn(sb, "1");
        MathMlElements.mo(sb, MathMlElements.MINUS);
        sb.append("<msub><mi>t</mi><mi>n</mi></msub>");
        MathMlElements.close(sb, ")");
        MathMlElements.moRaw(sb, MathMlElements.INVISIBLE_TIMES);
        MathMlElements.mi(sb, "log");
        MathMlElements.moRaw(sb, MathMlElements.APPLY);
        MathMlElements.open(sb, "(");
        MathMlElements.mn(sb, "1");
        MathMlElements.mo(sb, MathMlElements.MINUS);
        sb.append("<msub><mi>p</mi><mi>n</mi></msub>");
        MathMlElements.close(sb, ")");
        MathMlElements.close(sb, "]");
    }

    /** pₙ = (ŷₙ + 1)/2, tₙ = (yₙ + 1)/2: the tanh output and the ±1 label as probabilities. */
    private static void probabilityFromTanh(StringBuilder sb) {
        sb.append("<mrow><msub><mi>p</mi><mi>n</mi></msub><mo>=</mo><mfrac><mrow><msub>");
        MathMlElements.yHat(sb);
        sb.append("<mi>n</mi></msub><mo>+</mo><mn>1</mn></mrow><mn>2</mn></mfrac><mo>,</mo>");
        sb.append("<mspace width=\"1em\"/>");
        sb.append("<msub><mi>t</mi><mi>n</mi></msub><mo>=</mo><mfrac><mrow><msub><mi>y</mi><mi>n</mi></msub>");
        sb.append("<mo>+</mo><mn>1</mn></mrow><mn>2</mn></mfrac></mrow>");
    }

    /** + λ Σ_w |w| (L1) or + λ Σ_w ½w² (L2), with λ the rate's value. */
    private static void penalty(StringBuilder sb, Regularization reg, double rate) {
        MathMlElements.mo(sb, "+");
        MathMlElements.value(sb, rate, RATE_DIGITS);
        MathMlElements.moRaw(sb, MathMlElements.INVISIBLE_TIMES);
        sb.append("<munder><mo>\u2211</mo><mi>w</mi></munder>");
        if (reg == Regularization.L1) {
            sb.append("<mrow><mo>|</mo><mi>w</mi><mo>|</mo></mrow>");
        } else {
            sb.append("<mfrac><mn>1</mn><mn>2</mn></mfrac><msup><mi>w</mi><mn>2</mn></msup>");
        }
    }
}
