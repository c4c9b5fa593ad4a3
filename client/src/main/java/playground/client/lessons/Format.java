package playground.client.lessons;

import playground.client.ui.I18n;
import playground.client.ui.Js;
import playground.core.Numbers;

/** Numbers as the lessons show them: fixed decimals for ordinary sizes, exponents for huge ones. */
final class Format {
    private Format() {}

    static String number(double v, int digits) {
        if (v != v) return "NaN";
        if (v == Double.POSITIVE_INFINITY) return "∞";
        if (v == Double.NEGATIVE_INFINITY) return "−∞";
        String text = Math.abs(v) >= 1e5 ? Js.precision(v, 3) : Js.fixed(v, digits);
        // "-0.000" says nothing that "0.000" does not
        if (text.startsWith("-") && Js.parseNumber(text) == 0) text = text.substring(1);
        return text.startsWith("-") ? "−" + text.substring(1) : text;
    }

    /** A loss: its digits, or "diverged" in the reader's language once it is not a finite number. */
    static String loss(double v, int digits, I18n i18n) {
        if (!(v == v) || v == Double.POSITIVE_INFINITY || v == Double.NEGATIVE_INFINITY) return i18n.t("output.lossDiverged");
        return number(v, digits);
    }

    /** The exact value, as data attributes carry it for tests and scripts. */
    static String exact(double v) {
        return Numbers.format(v);
    }

    static String exact(double[] values, int count) {
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < count; i++) {
            if (i > 0) s.append(',');
            s.append(Numbers.format(values[i]));
        }
        return s.toString();
    }
}
