package playground.server.http;

import io.javalin.http.Context;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The address readers use to reach this server, for absolute links (oEmbed, embed snippets). Set
 * it ({@code --public-url https://playground.example.org}) when the server runs behind a proxy that
 * terminates TLS; otherwise it is taken from each request's scheme and Host header.
 */
public final class PublicUrl {
    private static final Pattern HOST = Pattern.compile("[A-Za-z0-9.\\-]+(:[0-9]{1,5})?|\\[[0-9A-Fa-f:.]+\\](:[0-9]{1,5})?");

    /** Without a trailing slash, or null to derive it from requests. */
    private final String configured;

    /** @param configured e.g. {@code https://playground.example.org}, or null */
    public PublicUrl(String configured) {
        this.configured = configured == null ? null : stripSlash(configured);
    }

    private static String stripSlash(String url) {
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }

    /** For example {@code http://localhost:7070}: scheme, host and port, no trailing slash. */
    public String of(Context ctx) {
        if (configured != null) return configured;
        String host = ctx.header("Host");
        if (host == null || !HOST.matcher(host).matches()) {
            host = "localhost:" + ctx.port();
        }
        return ctx.scheme().toLowerCase(Locale.ROOT) + "://" + host.toLowerCase(Locale.ROOT);
    }
}
