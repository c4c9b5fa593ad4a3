package playground.export;

/**
 * Escaping of text for XML and HTML (MathML included): the five special characters, and the
 * control characters XML forbids become U+FFFD.
 */
public final class Xml {
    private Xml() {}

    public static String escape(String s) {
        StringBuilder sb = new StringBuilder(s.length() + 16);
        escape(sb, s);
        return sb.toString();
    }

    public static void escape(StringBuilder sb, String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '&': sb.append("&amp;"); break;
                case '<': sb.append("&lt;"); break;
                case '>': sb.append("&gt;"); break;
                case '"': sb.append("&quot;"); break;
                case '\'': sb.append("&#39;"); break;
                default:
                    // control characters other than tab and line ends are not allowed in XML 1.0
                    boolean forbidden = c < 0x20 && c != '\t' && c != '\n' && c != '\r';
                    sb.append(forbidden ? '\ufffd' : c);
            }
        }
    }
}
