package playground.client.lessons;

import java.util.Collections;
import java.util.HashSet;
import java.util.Set;
import java.util.function.Function;

/**
 * What an embedding page asks of a lesson widget through its address (docs/sharing.md):
 * {@code hide=rate,reset} (controls not shown), {@code lock=w,b} (controls shown but disabled),
 * {@code height=480} (a fixed height in CSS pixels; the content scrolls inside),
 * {@code theme=light|dark} and {@code autoplay=1} ({@code lang=en|zh} is read by the playground's
 * language switch). Controls are named by
 * their {@code data-control} attribute. Values that mean nothing are ignored, so a typo in a
 * blog post shows the default widget rather than a broken one.
 */
final class EmbedOptions {
    static final int MIN_HEIGHT = 120;
    static final int MAX_HEIGHT = 4000;

    final Set<String> hidden;
    final Set<String> locked;
    /** 0 when the widget takes the height of its content. */
    final int height;
    /** "light", "dark", or null to follow the reader's choice or system. */
    final String theme;
    final boolean autoplay;

    private EmbedOptions(Set<String> hidden, Set<String> locked, int height, String theme, boolean autoplay) {
        this.hidden = hidden;
        this.locked = locked;
        this.height = height;
        this.theme = theme;
        this.autoplay = autoplay;
    }

    /** Reads the options with {@code query}, which gives a parameter's value or null. */
    static EmbedOptions parse(Function<String, String> query) {
        return new EmbedOptions(names(query.apply("hide")), names(query.apply("lock")), height(query.apply("height")),
                oneOf(query.apply("theme"), "light", "dark"),
                "1".equals(query.apply("autoplay")) || "true".equals(query.apply("autoplay")));
    }

    private static Set<String> names(String list) {
        if (list == null || list.trim().isEmpty()) return Collections.emptySet();
        Set<String> names = new HashSet<>();
        for (String name : list.split(",")) {
            String trimmed = name.trim();
            if (!trimmed.isEmpty()) names.add(trimmed);
        }
        return names;
    }

    private static int height(String text) {
        if (text == null) return 0;
        String digits = text.trim().endsWith("px") ? text.trim().substring(0, text.trim().length() - 2) : text.trim();
        if (digits.isEmpty() || digits.length() > 5) return 0;
        for (int i = 0; i < digits.length(); i++) {
            if (!Character.isDigit(digits.charAt(i))) return 0;
        }
        int h = Integer.parseInt(digits);
        return h < MIN_HEIGHT ? MIN_HEIGHT : Math.min(h, MAX_HEIGHT);
    }

    private static String oneOf(String value, String a, String b) {
        if (value == null) return null;
        String v = value.trim().toLowerCase();
        return v.equals(a) || v.equals(b) ? v : null;
    }
}
