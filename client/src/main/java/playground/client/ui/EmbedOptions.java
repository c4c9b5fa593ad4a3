package playground.client.ui;

import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import playground.config.ConfigException;

/**
 * How an embedded widget (the playground or a lesson) shows itself, as its address's query says:
 * {@code panels=data,settings,network,output,charts} (the playground only; without it, the compact
 * {@link #COMPACT} panels), {@code hide=…} and
 * {@code lock=…} (controls, named by their {@code data-control} attribute), {@code autoplay=1},
 * {@code height=600} (a fixed height: the widget scrolls inside and does not ask its frame to
 * grow), {@code lang=en|zh}, {@code theme=light|dark}. The playground's embed-code generator
 * writes this query and both kinds of widget read it, through here.
 *
 * <p>The playground reads it strictly ({@link #read}: a bad value is an error naming the
 * parameter, shown in the generator's preview); a lesson forgivingly ({@link #readForgiving}: a
 * value that means nothing is ignored, so a typo in a blog post shows the default widget).
 */
public final class EmbedOptions {
    public static final String DATA = "data";
    /** The bar of training settings (learning rate, activation, …) beside the run controls. */
    public static final String SETTINGS = "settings";
    public static final String NETWORK = "network";
    public static final String OUTPUT = "output";
    public static final String CHARTS = "charts";
    /** Every panel of the playground, in page order. */
    public static final List<String> PANELS = Collections.unmodifiableList(Arrays.asList(DATA, SETTINGS, NETWORK,
            OUTPUT, CHARTS));
    /**
     * The default: a widget, not the page. The network and its output picture (with the losses)
     * side by side under the run controls; the rest behind the widget's "More".
     */
    public static final List<String> COMPACT = Collections.unmodifiableList(Arrays.asList(NETWORK, OUTPUT));
    /** The generator's presets, in the order it offers them: compact, with data, full. */
    public static final List<List<String>> PRESETS = Collections.unmodifiableList(Arrays.asList(COMPACT,
            Collections.unmodifiableList(Arrays.asList(DATA, NETWORK, OUTPUT)), PANELS));
    public static final List<String> PRESET_NAMES = Collections.unmodifiableList(Arrays.asList("compact", "data", "full"));
    public static final int MIN_HEIGHT = 120;
    public static final int MAX_HEIGHT = 5000;

    /** Reads one query parameter: its value, or null when absent. */
    public interface Query {
        String get(String name);
    }

    public final Set<String> panels;
    public final Set<String> hidden;
    public final Set<String> locked;
    public final boolean autoplay;
    /** Pixels, or 0: follow the content. */
    public final int height;
    /** en, zh, or null: the reader's. */
    public final String lang;
    /** light, dark, or null: the reader's choice or the system's. */
    public final String theme;

    /** The playground's options; hidden and locked controls are among {@code controls}. */
    public EmbedOptions(Set<String> panels, Set<String> hidden, Set<String> locked, boolean autoplay, int height,
            String lang, String theme, List<String> controls) {
        this.panels = ordered("panels", panels, PANELS);
        this.hidden = ordered("hide", hidden, controls);
        this.locked = ordered("lock", locked, controls);
        this.autoplay = autoplay;
        if (height != 0 && (height < MIN_HEIGHT || height > MAX_HEIGHT)) {
            throw new ConfigException("height", "must be from " + MIN_HEIGHT + " to " + MAX_HEIGHT
                    + " pixels, got " + height);
        }
        this.height = height;
        this.lang = oneOf("lang", lang, I18n.EN, I18n.ZH);
        this.theme = oneOf("theme", theme, "light", "dark");
    }

    private EmbedOptions(Set<String> hidden, Set<String> locked, boolean autoplay, int height, String lang,
            String theme) {
        this.panels = Collections.unmodifiableSet(new LinkedHashSet<>(PANELS));
        this.hidden = Collections.unmodifiableSet(hidden);
        this.locked = Collections.unmodifiableSet(locked);
        this.autoplay = autoplay;
        this.height = height;
        this.lang = lang;
        this.theme = theme;
    }

    /** The compact panels, nothing hidden or locked, no autoplay, the reader's language and theme. */
    public static EmbedOptions defaults(List<String> controls) {
        return new EmbedOptions(new LinkedHashSet<>(COMPACT), Collections.<String>emptySet(),
                Collections.<String>emptySet(), false, 0, null, null, controls);
    }

    /** The playground's reading: a bad value is a ConfigException naming the parameter. */
    public static EmbedOptions read(Query query, List<String> controls) {
        String panels = query.get("panels");
        return new EmbedOptions(
                panels == null ? new LinkedHashSet<>(COMPACT) : names(panels),
                names(query.get("hide")),
                names(query.get("lock")),
                autoplay(query),
                height(query.get("height")),
                empty(query.get("lang")) ? null : query.get("lang"),
                empty(query.get("theme")) || "auto".equals(query.get("theme")) ? null : query.get("theme"),
                controls);
    }

    /**
     * A lesson's reading: any control names, a height clamped into range, and a value that means
     * nothing ignored rather than refused.
     */
    public static EmbedOptions readForgiving(Query query) {
        String theme = query.get("theme") == null ? null : query.get("theme").trim().toLowerCase();
        String lang = query.get("lang") == null ? null : query.get("lang").trim().toLowerCase();
        return new EmbedOptions(names(query.get("hide")), names(query.get("lock")), autoplay(query),
                clampedHeight(query.get("height")),
                I18n.EN.equals(lang) || I18n.ZH.equals(lang) ? lang : null,
                "light".equals(theme) || "dark".equals(theme) ? theme : null);
    }

    /**
     * The query (without '?'): only what differs from {@link #defaults}, so that a plain embed
     * has a short address.
     */
    public String toQuery() {
        StringBuilder sb = new StringBuilder();
        if (!isCompact()) add(sb, "panels", join(panels));
        if (!hidden.isEmpty()) add(sb, "hide", join(hidden));
        if (!locked.isEmpty()) add(sb, "lock", join(locked));
        if (autoplay) add(sb, "autoplay", "1");
        if (height > 0) add(sb, "height", Integer.toString(height));
        if (lang != null) add(sb, "lang", lang);
        if (theme != null) add(sb, "theme", theme);
        return sb.toString();
    }

    /** Whether these are the default panels (then the address need not name them). */
    public boolean isCompact() {
        return panels.equals(new LinkedHashSet<>(COMPACT));
    }

    public boolean shows(String panel) {
        return panels.contains(panel);
    }

    public static String join(Set<String> names) {
        StringBuilder sb = new StringBuilder();
        for (String name : names) {
            if (sb.length() > 0) sb.append(',');
            sb.append(name);
        }
        return sb.toString();
    }

    private static void add(StringBuilder sb, String key, String value) {
        if (sb.length() > 0) sb.append('&');
        sb.append(key).append('=').append(value);
    }

    private static boolean autoplay(Query query) {
        return "1".equals(query.get("autoplay")) || "true".equals(query.get("autoplay"));
    }

    private static Set<String> names(String text) {
        LinkedHashSet<String> names = new LinkedHashSet<>();
        if (text == null) return names;
        for (String part : TextParts.split(text, ",")) {
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

    /** A height in pixels ("480" or "480px") brought into range; 0 when it is not a number. */
    private static int clampedHeight(String text) {
        if (text == null) return 0;
        String t = text.trim();
        String digits = t.endsWith("px") ? t.substring(0, t.length() - 2) : t;
        if (digits.isEmpty() || digits.length() > 5) return 0;
        for (int i = 0; i < digits.length(); i++) {
            if (digits.charAt(i) < '0' || digits.charAt(i) > '9') return 0;
        }
        return Math.max(MIN_HEIGHT, Math.min(Integer.parseInt(digits), MAX_HEIGHT));
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
