package playground.export;

import playground.nn.Activation;
import playground.nn.Feature;

/**
 * Small writers of MathML presentation elements into a StringBuilder. All text passes through
 * {@link Xml#escape}; invisible operators are written as character references so that the
 * markup stays readable.
 */
final class MathMlElements {
    static final String NAMESPACE = "http://www.w3.org/1998/Math/MathML";
    static final String MINUS = "\u2212";
    static final String TIMES = "\u00d7";
    /** U+2062 INVISIBLE TIMES, between a weight and what it multiplies. */
    static final String INVISIBLE_TIMES = "&#x2062;";
    /** U+2061 FUNCTION APPLICATION, between a function's name and its argument. */
    static final String APPLY = "&#x2061;";

    private MathMlElements() {}

    static void openMath(StringBuilder sb) {
        sb.append("<math xmlns=\"").append(NAMESPACE).append("\" display=\"block\">");
    }

    static void closeMath(StringBuilder sb) {
        sb.append("</math>");
    }

    static void element(StringBuilder sb, String tag, String text) {
        sb.append('<').append(tag).append('>');
        Xml.escape(sb, text);
        sb.append("</").append(tag).append('>');
    }

    static void mi(StringBuilder sb, String text) { element(sb, "mi", text); }
    static void mn(StringBuilder sb, String text) { element(sb, "mn", text); }
    static void mo(StringBuilder sb, String text) { element(sb, "mo", text); }

    /** An operator given as markup already (a character reference). */
    static void moRaw(StringBuilder sb, String markup) {
        sb.append("<mo>").append(markup).append("</mo>");
    }

    /**
     * A bold letter (a vector's name) as its Unicode mathematical bold character: MathML Core,
     * which browsers implement, ignores {@code mathvariant="bold"}.
     */
    static void bold(StringBuilder sb, char letter) {
        if (letter < 'a' || letter > 'z') throw new IllegalArgumentException("not a small letter: " + letter);
        // U+1D41A MATHEMATICAL BOLD SMALL A onwards, as a surrogate pair
        sb.append("<mi>").append('\uD835').append((char) ('\uDC1A' + (letter - 'a'))).append("</mi>");
    }

    /** base with a numeric subscript and, if {@code sup} is not null, a numeric superscript. */
    static void indexed(StringBuilder sb, String base, int sub, String sup) {
        sb.append(sup == null ? "<msub>" : "<msubsup>");
        mi(sb, base);
        mn(sb, Integer.toString(sub));
        if (sup != null) mn(sb, sup);
        sb.append(sup == null ? "</msub>" : "</msubsup>");
    }

    /** hˡⱼ: neuron j (from 1) of hidden layer l. */
    static void hidden(StringBuilder sb, int layer, int neuron) {
        indexed(sb, "h", neuron, Integer.toString(layer));
    }

    /** ŷ, the network's prediction. */
    static void yHat(StringBuilder sb) {
        sb.append("<mover accent=\"true\"><mi>y</mi><mo>^</mo></mover>");
    }

    /** 𝐲̂, the vector of the network's predictions. */
    static void yHatVector(StringBuilder sb) {
        sb.append("<mover accent=\"true\">");
        bold(sb, 'y');
        sb.append("<mo>^</mo></mover>");
    }

    /** A bold vector name with a layer superscript: 𝐡ˡ. */
    static void vector(StringBuilder sb, char letter, int layer) {
        sb.append("<msup>");
        bold(sb, letter);
        mn(sb, Integer.toString(layer));
        sb.append("</msup>");
    }

    /** An input feature as a formula: x₁, x₂², x₁x₂, sin(x₁). */
    static void feature(StringBuilder sb, Feature f) {
        switch (f) {
            case X1: indexed(sb, "x", 1, null); break;
            case X2: indexed(sb, "x", 2, null); break;
            case X1SQ: indexed(sb, "x", 1, "2"); break;
            case X2SQ: indexed(sb, "x", 2, "2"); break;
            case X1X2:
                sb.append("<mrow>");
                indexed(sb, "x", 1, null);
                moRaw(sb, INVISIBLE_TIMES);
                indexed(sb, "x", 2, null);
                sb.append("</mrow>");
                break;
            default: {
                boolean sin = f == Feature.SINX1 || f == Feature.SINX2;
                boolean first = f == Feature.SINX1 || f == Feature.COSX1;
                sb.append("<mrow>");
                mi(sb, sin ? "sin" : "cos");
                moRaw(sb, APPLY);
                open(sb, "(");
                indexed(sb, "x", first ? 1 : 2, null);
                close(sb, ")");
                sb.append("</mrow>");
            }
        }
    }

    /** The name of a hidden activation, or null for the linear one (which is written as nothing). */
    static String functionName(Activation a) {
        switch (a) {
            case RELU: return "ReLU";
            case TANH: return "tanh";
            case SIGMOID: return "\u03c3";
            case LEAKY_RELU: return "LeakyReLU";
            default: return null;
        }
    }

    /** |v| rounded for display: a number, or mantissa × 10^exponent. */
    static void magnitude(StringBuilder sb, DisplayNumber n) {
        if (n.exponent == 0) {
            if (n.mantissa.equals("NaN") || n.mantissa.equals("\u221e")) mi(sb, n.mantissa);
            else mn(sb, n.mantissa);
            return;
        }
        sb.append("<mrow>");
        mn(sb, n.mantissa);
        mo(sb, TIMES);
        sb.append("<msup>");
        mn(sb, "10");
        if (n.exponent < 0) {
            sb.append("<mrow>");
            mo(sb, MINUS);
            mn(sb, Integer.toString(-n.exponent));
            sb.append("</mrow>");
        } else {
            mn(sb, Integer.toString(n.exponent));
        }
        sb.append("</msup></mrow>");
    }

    /** A value on its own: "−0.42" as a minus operator and the magnitude. */
    static void value(StringBuilder sb, double v, int digits) {
        DisplayNumber n = DisplayNumber.of(v, digits);
        if (n.negative) {
            sb.append("<mrow>");
            mo(sb, MINUS);
            magnitude(sb, n);
            sb.append("</mrow>");
        } else {
            magnitude(sb, n);
        }
    }

    /**
     * A value as a term of a sum: the first term gets a sign only if negative, later ones "+" or
     * "−" before the magnitude, never "+ −0.42".
     */
    static void term(StringBuilder sb, double v, int digits, boolean first) {
        DisplayNumber n = DisplayNumber.of(v, digits);
        if (n.negative && first) sb.append("<mo form=\"prefix\">").append(MINUS).append("</mo>");
        else if (n.negative) mo(sb, MINUS);
        else if (!first) mo(sb, "+");
        magnitude(sb, n);
    }

    /** "(" content ")" as stretchy fences: call {@link #close} with the same fence after the content. */
    static void open(StringBuilder sb, String fence) {
        sb.append("<mrow>");
        mo(sb, fence);
    }

    static void close(StringBuilder sb, String fence) {
        mo(sb, fence);
        sb.append("</mrow>");
    }
}
