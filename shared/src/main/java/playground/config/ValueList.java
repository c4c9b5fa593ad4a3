package playground.config;

import java.util.ArrayList;
import java.util.List;

/**
 * A list of values as a person types it for a sweep's grid ({@code 0.003, 0.03} or
 * {@code [4], [8, 8]}): the command line's {@code --grid} and the page's "Run on server" dialog
 * both read it here, so a list splits the same way wherever it is typed.
 */
public final class ValueList {
    private ValueList() {}

    /** Splits on commas that are not inside brackets, braces or double quotes; parts are not trimmed. */
    public static List<String> split(String text) {
        List<String> parts = new ArrayList<>();
        int depth = 0;
        int start = 0;
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '"' && (i == 0 || text.charAt(i - 1) != '\\')) quoted = !quoted;
            if (quoted) continue;
            if (c == '[' || c == '{') depth++;
            if (c == ']' || c == '}') depth--;
            if (c == ',' && depth == 0) {
                parts.add(text.substring(start, i));
                start = i + 1;
            }
        }
        parts.add(text.substring(start));
        return parts;
    }
}
