package playground.client.ui;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits text at separator characters without regular expressions: TeaVM's {@code String.split}
 * compiles its argument as one, which brings the whole regular-expression engine into the
 * bundle for a comma.
 */
public final class TextParts {
    private TextParts() {}

    /** The parts of {@code text} between any of the {@code separators}, empty parts included. */
    public static List<String> split(String text, String separators) {
        List<String> parts = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < text.length(); i++) {
            if (separators.indexOf(text.charAt(i)) >= 0) {
                parts.add(text.substring(start, i));
                start = i + 1;
            }
        }
        parts.add(text.substring(start));
        return parts;
    }

    /** Whether every character of a non-empty {@code text} is an ASCII letter or digit, or one of {@code also}. */
    public static boolean lettersAndDigits(String text, String also) {
        if (text.isEmpty()) return false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || also.indexOf(c) >= 0;
            if (!ok) return false;
        }
        return true;
    }
}
