package playground.server.http;

/** Escaping for text that goes into HTML, and for JSON that goes into a script element. */
public final class Html {
    private Html() {}

    /** Text for element content or a quoted attribute value. */
    public static String escape(String text) {
        StringBuilder sb = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> sb.append("&amp;");
                case '<' -> sb.append("&lt;");
                case '>' -> sb.append("&gt;");
                case '"' -> sb.append("&quot;");
                case '\'' -> sb.append("&#39;");
                default -> sb.append(c);
            }
        }
        return sb.toString();
    }

    /**
     * JSON that is safe inside {@code <script type="application/json">}: no {@code </script>},
     * no {@code <!--} can end or confuse the element, because {@code <}, {@code >} and {@code &}
     * are written as {@code \\u} escapes (they occur only inside JSON strings, where the escapes
     * mean the same). U+2028 and U+2029 are escaped too, for readers that treat the text as script.
     */
    public static String scriptJson(String json) {
        StringBuilder sb = new StringBuilder(json.length() + 16);
        for (int i = 0; i < json.length(); i++) {
            char c = json.charAt(i);
            switch (c) {
                case '<' -> sb.append("\\u003c");
                case '>' -> sb.append("\\u003e");
                case '&' -> sb.append("\\u0026");
                case '\u2028' -> sb.append("\\u2028");
                case '\u2029' -> sb.append("\\u2029");
                default -> sb.append(c);
            }
        }
        return sb.toString();
    }
}
