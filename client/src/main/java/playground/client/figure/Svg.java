package playground.client.figure;

import playground.export.Xml;

/**
 * SVG text written element by element: numbers rounded to a tenth of a CSS pixel (the figure
 * needs no more, and the file stays small), every text and attribute value escaped.
 */
final class Svg {
    private final StringBuilder sb = new StringBuilder(64 * 1024);

    /** Opens an element; {@code attributes} are name and value by turns. */
    Svg open(String tag, Object... attributes) {
        start(tag, attributes);
        sb.append(">");
        return this;
    }

    Svg close(String tag) {
        sb.append("</").append(tag).append(">\n");
        return this;
    }

    /** An element without content. */
    Svg empty(String tag, Object... attributes) {
        start(tag, attributes);
        sb.append("/>\n");
        return this;
    }

    /** An element holding only text. */
    Svg text(String tag, String text, Object... attributes) {
        start(tag, attributes);
        sb.append(">");
        Xml.escape(sb, text);
        return close(tag);
    }

    private void start(String tag, Object[] attributes) {
        sb.append("<").append(tag);
        for (int i = 0; i + 1 < attributes.length; i += 2) {
            if (attributes[i + 1] == null) continue;
            sb.append(" ").append(attributes[i]).append("=\"");
            Object v = attributes[i + 1];
            Xml.escape(sb, v instanceof Double ? num((Double) v) : String.valueOf(v));
            sb.append("\"");
        }
    }

    /** A number with at most one decimal. */
    static String num(double v) {
        long tenths = Math.round(v * 10);
        String sign = tenths < 0 ? "-" : "";
        long a = Math.abs(tenths);
        return a % 10 == 0 ? sign + a / 10 : sign + a / 10 + "." + a % 10;
    }

    @Override
    public String toString() {
        return sb.toString();
    }
}
