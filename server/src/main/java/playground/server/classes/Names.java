package playground.server.classes;

import playground.server.refusal.Refusal;

/**
 * Short texts people type that others read in a list (nicknames, titles, goal parts): one line of
 * plain text. Control characters, unpaired surrogates and the characters that reorder text
 * (bidirectional overrides, which could make a name read as another) are refused.
 */
final class Names {
    private Names() {}

    static void requirePlain(String field, String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                throw Refusal.invalid(field, "contains an unpaired UTF-16 surrogate at index " + i);
            } else if (Character.isISOControl(c) || (c >= '\u202A' && c <= '\u202E') || (c >= '\u2066' && c <= '\u2069')
                    || c == '\u2028' || c == '\u2029') {
                throw Refusal.invalid(field, "contains the control character U+" + String.format("%04X", (int) c)
                        + " at index " + i + " (one line of plain text, please)");
            }
        }
    }
}
