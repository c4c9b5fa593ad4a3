package playground.server.previews;

import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import java.net.URI;
import java.net.URISyntaxException;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import playground.core.Json;
import playground.server.experiments.Experiment;
import playground.server.experiments.ExperimentStore;
import playground.server.http.ApiException;
import playground.server.http.Html;
import playground.server.http.LinkPreview;
import playground.server.http.PublicUrl;

/**
 * The oEmbed endpoint (docs/sharing.md), so that a blog engine turns a pasted link into a live
 * widget: {@code GET /oembed?url=…&maxwidth&maxheight&format=json} →
 * {@code {version, type: "rich", provider_name, provider_url, title, html, width, height,
 * thumbnail_url, thumbnail_width, thumbnail_height}}, the html an iframe of the link's widget.
 * Links it answers for: a saved experiment ({@code /e/{id}}, {@code /embed/e/{id}}), a lesson
 * ({@code /lessons/{name}.html}, {@code /embed/lesson/{name}}), and the playground ({@code /},
 * {@code /embed/}) with its experiment in the hash, which the widget keeps. A link to another
 * site is 400, an unknown page or experiment 404, {@code format=xml} 501 (only JSON is offered).
 * The html is WordPress's fallback link (a {@code <blockquote>}, hidden elsewhere), then the iframe.
 */
public final class OEmbed {
    public static final String PATH = "/oembed";
    static final int DEFAULT_WIDTH = 800;
    static final int DEFAULT_HEIGHT = 600;
    private static final int LARGEST = 10_000;
    private static final Pattern EXPERIMENT_PATH = Pattern.compile("/(?:embed/)?e/([^/]*)/?");
    private static final Pattern PLAYGROUND_PATH = Pattern.compile("/(?:index\\.html|embed/?|embed/playground/?)?");

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

    /** What a link shows as a widget: the widget's address, its page's, a title, and a picture. */
    private record Target(String src, String page, String title, String thumbnail) {}

    private void answer(Context ctx) throws SQLException {
        String format = ctx.queryParam("format");
        if (format != null && !format.equals("json")) {
            throw ApiException.notImplemented("format", "only json is offered, got '" + format + "'");
        }
        String base = publicUrl.of(ctx);
        Target target = target(link(ctx.queryParam("url"), base), base);
        int width = Math.min(DEFAULT_WIDTH, size(ctx, "maxwidth"));
        int height = Math.min(DEFAULT_HEIGHT, size(ctx, "maxheight"));
        // WordPress keeps a <blockquote> only before the iframe, shows it until the widget posts
        // its height, and loads its resize script only for a post that has one; other hosts
        // would show it beside the widget, hence display:none (which WordPress strips).
        String fallback = "<blockquote style=\"display:none\"><a href=\"" + Html.escape(target.page()) + "\">"
                + Html.escape(target.title()) + "</a></blockquote>";
        String iframe = "<iframe src=\"" + Html.escape(target.src()) + "\" width=\"" + width
                + "\" height=\"" + height + "\" title=\"" + Html.escape(target.title())
                + "\" style=\"border:0\" loading=\"lazy\" allowfullscreen></iframe>";
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("version", "1.0");
        answer.put("type", "rich");
        answer.put("provider_name", LinkPreview.SITE_NAME);
        answer.put("provider_url", base + "/");
        answer.put("title", target.title());
        answer.put("html", fallback + iframe);
        answer.put("width", width);
        answer.put("height", height);
        answer.put("thumbnail_url", base + target.thumbnail());
        answer.put("thumbnail_width", LinkPreview.IMAGE_WIDTH);
        answer.put("thumbnail_height", LinkPreview.IMAGE_HEIGHT);
        ctx.contentType("application/json").result(Json.write(answer));
    }

    private Target target(URI link, String base) throws SQLException {
        String path = link.getPath() == null || link.getPath().isEmpty() ? "/" : link.getPath();
        Matcher experiment = EXPERIMENT_PATH.matcher(path);
        if (experiment.matches()) {
            String id = experiment.group(1);
            Experiment e = (Experiment.IDS.isWellFormed(id) ? store.find(id) : Optional.<Experiment>empty())
                    .orElseThrow(() -> ApiException.notFound("url", "no experiment with this id"));
            String title = e.title() == null || e.title().isBlank() ? "Untitled experiment" : e.title();
            return new Target(base + "/embed/e/" + id, base + e.url(), title, e.previewUrl());
        }
        Optional<SitePages.Page> lesson = SitePages.lessonAt(path);
        if (lesson.isPresent()) {
            return new Target(base + lesson.get().embed(), base + lesson.get().page(), lesson.get().words().title(),
                    PreviewImages.sitePath(lesson.get().name()));
        }
        if (PLAYGROUND_PATH.matcher(path).matches()) {
            // the experiment of a playground link is its hash: the widget reads it from its own
            String hash = link.getRawFragment() == null ? "" : "#" + link.getRawFragment();
            SitePages.Page playground = SitePages.PLAYGROUND;
            return new Target(base + playground.embed() + hash, base + playground.page() + hash,
                    playground.words().title(),
                    PreviewImages.sitePath(playground.name()));
        }
        throw ApiException.notFound("url", "not a page that can be embedded: an experiment (" + base
                + "/e/{id}), a lesson (" + base + "/lessons/…) or the playground (" + base + "/#…)");
    }

    /** An absolute link to a page of this site. */
    private static URI link(String url, String base) {
        if (url == null || url.isBlank()) {
            throw ApiException.badInput("url", "required: the absolute address of a page of this site, such as "
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
        return uri;
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
