package playground.client.page;

import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import playground.client.ui.I18n;
import playground.config.ConfigException;
import playground.config.Schema;

/**
 * How an embedded playground shows itself (SPEC S3), as its address's query says:
 * {@code panels=data,network,output,charts}, {@code hide=…} and {@code lock=…} (control names of
 * {@link Schema#CONTROLS}), {@code autoplay=1}, {@code height=600} (a fixed height: the widget
 * scrolls inside and does not ask its frame to grow), {@code lang=en|zh}, {@code theme=light|dark}.
 * The embed-code generator writes this query and the embedded page reads it, both through here.
 */
final class EmbedOptions {
    static final String DATA = "data";
    static final String NETWORK = "network";
    static final String OUTPUT = "output";
    static final String CHARTS = "charts";
    /** Every panel, in page order. */
    static final List<String> PANELS = Collections.unmodifiableList(Arrays.asList(DATA, NETWORK, OUTPUT, CHARTS));
    static final int MIN_HEIGHT = 200;
    static final int MAX_HEIGHT = 5000;

    /** Reads one query parameter: its value, or null when absent. */
    interface Query {
        String get(String name);
    }

    final Set<String> panels;
    final Set<String> hidden;
    final Set<String> locked;
    final boolean autoplay;
    /** Pixels, or 0: follow the content. */
    final int height;
    /** en, zh, or null: the reader's. */
    final String lang;
    /** light, dark, or null: the system's. */
    final String theme;

    EmbedOptions(Set<String> panels, Set<String> hidden, Set<String> locked, boolean autoplay, int height,
            String lang, String theme) {
        this.panels = ordered("panels", panels, PANELS);
        this.hidden = ordered("hide", hidden, Schema.CONTROLS);
        this.locked = ordered("lock", locked, Schema.CONTROLS);
        this.autoplay = autoplay;
        if (height != 0 && (height < MIN_HEIGHT || height > MAX_HEIGHT)) {
            throw new ConfigException("height", "must be from " + MIN_HEIGHT + " to " + MAX_HEIGHT
                    + " pixels, got " + height);
        }
        this.height = height;
        this.lang = oneOf("lang", lang, I18n.EN, I18n.ZH);
        this.theme = oneOf("theme", theme, "light", "dark");
    }

    /** Every panel, nothing hidden or locked, no autoplay, the reader's language and theme. */
    static EmbedOptions defaults() {
        return new EmbedOptions(new LinkedHashSet<>(PANELS), Collections.<String>emptySet(),
                Collections.<String>emptySet(), false, 0, null, null);
    }

    /** Reads the options; a bad value is a ConfigException naming the parameter. */
    static EmbedOptions read(Query query) {
        String panels = query.get("panels");
        return new EmbedOptions(
                panels == null ? new LinkedHashSet<>(PANELS) : names(panels),
                names(query.get("hide")),
                names(query.get("lock")),
                "1".equals(query.get("autoplay")) || "true".equals(query.get("autoplay")),
                height(query.get("height")),
                empty(query.get("lang")) ? null : query.get("lang"),
                empty(query.get("theme")) || "auto".equals(query.get("theme")) ? null : query.get("theme"));
    }

    /**
     * The query (without '?'): only what differs from {@link #defaults()}, so that a plain embed
     * has a short address.
     */
    String toQuery() {
        StringBuilder sb = new StringBuilder();
        if (!panels.equals(new LinkedHashSet<>(PANELS))) add(sb, "panels", join(panels));
        if (!hidden.isEmpty()) add(sb, "hide", join(hidden));
        if (!locked.isEmpty()) add(sb, "lock", join(locked));
        if (autoplay) add(sb, "autoplay", "1");
        if (height > 0) add(sb, "height", Integer.toString(height));
        if (lang != null) add(sb, "lang", lang);
        if (theme != null) add(sb, "theme", theme);
        return sb.toString();
    }

    boolean shows(String panel) {
        return panels.contains(panel);
    }

    private static void add(StringBuilder sb, String key, String value) {
        if (sb.length() > 0) sb.append('&');
        sb.append(key).append('=').append(value);
    }

    static String join(Set<String> names) {
        StringBuilder sb = new StringBuilder();
        for (String name : names) {
            if (sb.length() > 0) sb.append(',');
            sb.append(name);
        }
        return sb.toString();
    }

    private static Set<String> names(String text) {
        LinkedHashSet<String> names = new LinkedHashSet<>();
        if (text == null) return names;
        for (String part : text.split(",")) {
            String name = part.trim();
            if (!name.isEmpty()) names.add(name);
        }
        return names;
    }

    /** Known names only, in the order of {@code known}. */
    private static Set<String> ordered(String key, Set<String> names, List<String> known) {
        for (String name : names) {
            if (!known.contains(name)) {
                throw new ConfigException(key, "unknown name '" + name + "'; known names are " + String.join(", ", known));
            }
        }
        LinkedHashSet<String> result = new LinkedHashSet<>();
        for (String name : known) {
            if (names.contains(name)) result.add(name);
        }
        return Collections.unmodifiableSet(result);
    }

    private static int height(String text) {
        if (empty(text) || "auto".equals(text)) return 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9' || i >= 5) {
                throw new ConfigException("height", "must be a whole number of pixels, got '" + text + "'");
            }
        }
        return Integer.parseInt(text);
    }

    private static String oneOf(String key, String value, String... allowed) {
        if (value == null) return null;
        for (String a : allowed) {
            if (a.equals(value)) return value;
        }
        throw new ConfigException(key, "must be one of " + String.join(", ", allowed) + ", got '" + value + "'");
    }

    private static boolean empty(String s) {
        return s == null || s.isEmpty();
    }
}
