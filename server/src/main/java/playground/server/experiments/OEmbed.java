package playground.server.experiments;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import java.net.URI;
import java.net.URISyntaxException;
import java.sql.SQLException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import playground.server.http.ApiException;
import playground.server.http.PublicUrl;

/**
 * The oEmbed endpoint (docs/sharing.md), so that a blog engine turns a pasted experiment link into a live
 * widget: {@code GET /oembed?url=<absolute url of /e/{id} or /embed/e/{id}>&maxwidth&maxheight&format=json}
 * → {@code {version, type: "rich", provider_name, provider_url, title, html, width, height}} where
 * the html is WordPress's fallback link (a {@code <blockquote>}, hidden elsewhere) and an iframe of
 * {@code /embed/e/{id}}. A link to another site is 400, an unknown
 * experiment 404, {@code format=xml} 501 (only JSON is offered).
 */
public final class OEmbed {
    public static final String PATH = "/oembed";
    static final int DEFAULT_WIDTH = 800;
    static final int DEFAULT_HEIGHT = 600;
    private static final int LARGEST = 10_000;
    private static final Pattern EXPERIMENT_PATH = Pattern.compile("/(?:embed/)?e/([^/]*)/?");
    private static final ObjectMapper JSON = new ObjectMapper();

    private final ExperimentStore store;
    private final PublicUrl publicUrl;

    private OEmbed(ExperimentStore store, PublicUrl publicUrl) {
        this.store = store;
        this.publicUrl = publicUrl;
    }

    public static void install(JavalinConfig config, ExperimentStore store, PublicUrl publicUrl) {
        OEmbed oembed = new OEmbed(store, publicUrl);
        config.routes.get(PATH, oembed::answer);
    }

    private void answer(Context ctx) throws SQLException {
        String format = ctx.queryParam("format");
        if (format != null && !format.equals("json")) {
            throw ApiException.notImplemented("format", "only json is offered, got '" + format + "'");
        }
        String base = publicUrl.of(ctx);
        String id = experimentId(ctx.queryParam("url"), base);
        int width = Math.min(DEFAULT_WIDTH, size(ctx, "maxwidth"));
        int height = Math.min(DEFAULT_HEIGHT, size(ctx, "maxheight"));
        Experiment experiment = store.find(id)
                .orElseThrow(() -> ApiException.notFound("url", "no experiment with this id"));
        String title = experiment.title() == null || experiment.title().isBlank()
                ? "Untitled experiment" : experiment.title();
        // WordPress keeps a <blockquote> only before the iframe, shows it until the widget posts
        // its height, and loads its resize script only for a post that has one; other hosts
        // would show it beside the widget, hence display:none (which WordPress strips).
        String fallback = "<blockquote style=\"display:none\"><a href=\"" + Html.escape(base + "/e/" + id) + "\">"
                + Html.escape(title) + "</a></blockquote>";
        String iframe = "<iframe src=\"" + Html.escape(base + "/embed/e/" + id) + "\" width=\"" + width
                + "\" height=\"" + height + "\" title=\"" + Html.escape(title)
                + "\" style=\"border:0\" loading=\"lazy\" allowfullscreen></iframe>";
        ObjectNode answer = JSON.createObjectNode();
        answer.put("version", "1.0");
        answer.put("type", "rich");
        answer.put("provider_name", "Neural-network playground");
        answer.put("provider_url", base + "/");
        answer.put("title", title);
        answer.put("html", fallback + iframe);
        answer.put("width", width);
        answer.put("height", height);
        ctx.contentType("application/json").result(answer.toString());
    }

    /** The experiment id in an absolute link to one of this site's experiment pages. */
    private static String experimentId(String url, String base) {
        if (url == null || url.isBlank()) {
            throw ApiException.badInput("url", "required: the absolute address of an experiment page, "
                    + base + "/e/{id}");
        }
        URI uri;
        try {
            uri = new URI(url.strip());
        } catch (URISyntaxException e) {
            throw ApiException.badInput("url", "not a valid address: " + e.getMessage());
        }
        if (!uri.isAbsolute() || uri.getHost() == null) {
            throw ApiException.badInput("url", "must be an absolute http(s) address, got '" + url + "'");
        }
        if (!sameSite(uri, URI.create(base))) {
            throw ApiException.badInput("url", "not a page of this site (" + base + ")");
        }
        Matcher path = EXPERIMENT_PATH.matcher(uri.getPath() == null ? "" : uri.getPath());
        if (!path.matches() || !ExperimentIds.isWellFormed(path.group(1))) {
            throw ApiException.notFound("url", "not an experiment page (" + base + "/e/{id})");
        }
        return path.group(1);
    }

    /**
     * Same host and port. Without ports, http and https count as the same site: behind a proxy
     * that adds TLS the server sees http where readers see https.
     */
    private static boolean sameSite(URI a, URI b) {
        String scheme = a.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) return false;
        return a.getHost().equalsIgnoreCase(b.getHost()) && (a.getPort() == b.getPort() || port(a) == port(b));
    }

    private static int port(URI uri) {
        if (uri.getPort() >= 0) return uri.getPort();
        return uri.getScheme().equalsIgnoreCase("https") ? 443 : 80;
    }

    private static int size(Context ctx, String name) {
        String value = ctx.queryParam(name);
        if (value == null || value.isEmpty()) return Integer.MAX_VALUE;
        try {
            int n = Integer.parseInt(value.strip());
            if (n >= 1 && n <= LARGEST) return n;
        } catch (NumberFormatException ignored) {
            // reported below like any other bad value
        }
        throw ApiException.badInput(name, "must be a whole number of pixels from 1 to " + LARGEST + ", got '"
                + value + "'");
    }
}
