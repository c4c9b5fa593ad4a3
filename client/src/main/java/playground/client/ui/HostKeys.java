package playground.client.ui;

import playground.config.ConfigException;
import playground.config.HashCodec;
import playground.config.Limits;

/**
 * What the page around an embed (or a site linking to a saved experiment) adds to its address,
 * which is the host's and not a configuration: WordPress appends {@code #?secret=…} to the
 * address of every frame it embeds (after the hash we wrote, if there is one: {@code #a=1#?secret=…}),
 * and hosts add keys of their own. Our hash never holds a bare {@code ?} or a second {@code #}
 * (the codec escapes both), so everything from the first of them on is the host's; of the rest,
 * a key the codec does not know is the host's too. Only embeds and saved experiments read
 * addresses this forgivingly: on the plain playground an unknown key is still an error.
 */
public final class HostKeys {
    private HostKeys() {}

    /** The hash (with or without its '#') without what a host added, without the leading '#'. */
    public static String ours(String hash) {
        String h = hash == null ? "" : hash.startsWith("#") ? hash.substring(1) : hash;
        int cut = firstOf(h, '?', '#');
        if (cut >= 0) h = h.substring(0, cut);
        StringBuilder kept = new StringBuilder();
        for (String segment : TextParts.split(h, "&")) {
            if (segment.isEmpty() || !known(segment)) continue;
            if (kept.length() > 0) kept.append('&');
            kept.append(segment);
        }
        return kept.toString();
    }

    /**
     * The secret WordPress gave this frame ({@code #?secret=…}, letters and digits, as its resize
     * script demands), or null.
     */
    public static String wordPressSecret(String hash) {
        if (hash == null) return null;
        int q = hash.indexOf('?');
        if (q < 0) return null;
        for (String part : TextParts.split(hash.substring(q + 1), "&#?")) {
            if (!part.startsWith("secret=")) continue;
            String secret = part.substring("secret=".length());
            if (secret.length() <= 64 && TextParts.lettersAndDigits(secret, "")) return secret;
        }
        return null;
    }

    /** A key=value the codec reads (possibly to refuse its value: that is still ours to report). */
    private static boolean known(String segment) {
        try {
            HashCodec.decode(segment, Limits.BROWSER);
            return true;
        } catch (ConfigException e) {
            return !HashCodec.UNKNOWN_KEY.equals(e.problem()) && segment.indexOf('=') >= 0;
        }
    }

    private static int firstOf(String s, char a, char b) {
        int i = s.indexOf(a);
        int j = s.indexOf(b);
        if (i < 0) return j;
        if (j < 0) return i;
        return Math.min(i, j);
    }
}
