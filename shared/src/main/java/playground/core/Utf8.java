package playground.core;

/**
 * UTF-8 written out, for the percent-escapes of the URL hash. The same bytes and characters as
 * the JDK's {@code String.getBytes(UTF_8)} and {@code new String(bytes, UTF_8)}, replacements
 * included, but without {@code java.nio.charset}: in the browser bundles TeaVM's charset
 * machinery costs more than the rest of the hash codec, and a codec of our own reads a malformed
 * escape the same way on every runtime.
 */
public final class Utf8 {
    private Utf8() {}

    /** What the JDK writes for a lone surrogate, which UTF-8 cannot encode. */
    private static final byte UNENCODABLE = '?';
    /** What stands for bytes that are no UTF-8 (U+FFFD, the replacement character). */
    private static final char REPLACEMENT = '\uFFFD';

    /** The UTF-8 bytes of {@code s}; a surrogate without its partner becomes {@code ?}. */
    public static byte[] encode(String s) {
        byte[] out = new byte[s.length() * 3];
        int n = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < 0x80) {
                out[n++] = (byte) c;
            } else if (c < 0x800) {
                out[n++] = (byte) (0xC0 | c >> 6);
                out[n++] = (byte) (0x80 | c & 0x3F);
            } else if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                int cp = Character.toCodePoint(c, s.charAt(++i));
                out[n++] = (byte) (0xF0 | cp >> 18);
                out[n++] = (byte) (0x80 | cp >> 12 & 0x3F);
                out[n++] = (byte) (0x80 | cp >> 6 & 0x3F);
                out[n++] = (byte) (0x80 | cp & 0x3F);
            } else if (Character.isSurrogate(c)) {
                out[n++] = UNENCODABLE;
            } else {
                out[n++] = (byte) (0xE0 | c >> 12);
                out[n++] = (byte) (0x80 | c >> 6 & 0x3F);
                out[n++] = (byte) (0x80 | c & 0x3F);
            }
        }
        byte[] exact = new byte[n];
        System.arraycopy(out, 0, exact, 0, n);
        return exact;
    }

    /**
     * Appends the characters of {@code bytes[0..length)} read as UTF-8. Bytes that are no UTF-8
     * become U+FFFD, one for each longest run that begins like a valid sequence (Unicode's
     * "maximal subpart"), as the JDK does.
     */
    public static void decode(byte[] bytes, int length, StringBuilder out) {
        int i = 0;
        while (i < length) {
            int b0 = bytes[i] & 0xFF;
            if (b0 < 0x80) {
                out.append((char) b0);
                i++;
                continue;
            }
            // How many continuation bytes follow, and the range the first of them must lie in
            // (narrower after E0, F0 and F4: no overlong forms or code points above U+10FFFF).
            // A surrogate (ED A0..BF ..) is read whole and then replaced by one U+FFFD, as the
            // JDK does.
            int more;
            int low = 0x80;
            int high = 0xBF;
            if (b0 >= 0xC2 && b0 <= 0xDF) {
                more = 1;
            } else if (b0 >= 0xE0 && b0 <= 0xEF) {
                more = 2;
                if (b0 == 0xE0) low = 0xA0;
            } else if (b0 >= 0xF0 && b0 <= 0xF4) {
                more = 3;
                if (b0 == 0xF0) low = 0x90;
                if (b0 == 0xF4) high = 0x8F;
            } else {
                out.append(REPLACEMENT);
                i++;
                continue;
            }
            int cp = b0 & (0x3F >> more);
            int j = i + 1;
            int read = 0;
            while (read < more && j < length) {
                int b = bytes[j] & 0xFF;
                if (b < low || b > high) break;
                cp = cp << 6 | b & 0x3F;
                low = 0x80;
                high = 0xBF;
                j++;
                read++;
            }
            if (read < more || cp >= 0xD800 && cp <= 0xDFFF) {
                out.append(REPLACEMENT);
            } else {
                out.appendCodePoint(cp);
            }
            i = j;
        }
    }
}
