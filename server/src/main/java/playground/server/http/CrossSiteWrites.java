package playground.server.http;

import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import java.net.URI;
import java.util.Locale;

/**
 * Refuses writes to the API (POST, PUT, DELETE) that a page of another site makes a browser send:
 * a form or a {@code text/plain} fetch needs no permission from us, so without this a hostile page
 * could submit runs and experiments from its visitors' addresses. Browsers say where a request
 * comes from: {@code Sec-Fetch-Site} (anything but {@code same-origin} or {@code none} is another
 * site), or else {@code Origin} (which must be this server's own, as the request addressed it or
 * as {@code --public-url} names it). Programs that send neither, such as curl, are not browsers
 * visiting a hostile page, and go ahead.
 */
public final class CrossSiteWrites {
    private CrossSiteWrites() {}

    public static void install(JavalinConfig config, PublicUrl publicUrl) {
        config.routes.before("/api/*", ctx -> check(ctx, publicUrl));
    }

    private static void check(Context ctx, PublicUrl publicUrl) {
        HandlerType method = ctx.method();
        if (method != HandlerType.POST && method != HandlerType.PUT && method != HandlerType.DELETE) return;
        String site = ctx.header("Sec-Fetch-Site");
        if (site != null) {
            if (!site.equals("same-origin") && !site.equals("none")) throw refused();
            return;
        }
        String origin = ctx.header("Origin");
        if (origin == null) return;
        String own = publicUrl.of(ctx);
        if (!sameOrigin(origin, own) && !sameOrigin(origin, ctx.scheme() + "://" + ctx.header("Host"))) {
            throw refused();
        }
    }

    private static boolean sameOrigin(String origin, String own) {
        try {
            URI a = URI.create(origin.toLowerCase(Locale.ROOT));
            URI b = URI.create(own.toLowerCase(Locale.ROOT));
            return a.getScheme() != null && a.getScheme().equals(b.getScheme()) && a.getHost() != null
                    && a.getHost().equals(b.getHost()) && port(a) == port(b);
        } catch (IllegalArgumentException e) {
            return false; // "null" (a sandboxed frame, a data: page) and other non-addresses
        }
    }

    private static int port(URI uri) {
        if (uri.getPort() >= 0) return uri.getPort();
        return "https".equals(uri.getScheme()) ? 443 : 80;
    }

    private static ApiException refused() {
        return ApiException.forbidden("changes come only from this site's own pages (or from programs):"
                + " this request was sent by a page of another site");
    }
}
