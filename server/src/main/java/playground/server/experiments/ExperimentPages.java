package playground.server.experiments;

import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.util.Optional;
import playground.server.http.NotFoundPage;
import playground.server.http.PublicUrl;

/**
 * The pages of a saved experiment: {@code /e/{id}} opens the playground page with the experiment
 * in it, {@code /embed/e/{id}} the same for an iframe. Into the page's head go the title, a
 * description from the notes, Open Graph tags, the oEmbed discovery link and the experiment itself
 * as {@code <script type="application/json" id="experiment">} (the API's JSON), which the page
 * reads on load. Unknown ids get the not-found page with status 404. {@code /embed} (also
 * {@code /embed/playground}) is the plain playground in embed mode: its experiment comes from the
 * URL hash.
 */
public final class ExperimentPages {
    public static final String PAGE = "/e/{id}";
    public static final String EMBED = "/embed/e/{id}";
    /** The plain playground for an iframe (trailing slashes are ignored: {@code /embed/} too). */
    public static final String EMBED_PLAYGROUND = "/embed";
    /** The page every experiment opens in. */
    static final String TEMPLATE = "web/index.html";
    private static final String SITE_NAME = "Neural-network playground";
    private static final int DESCRIPTION_CHARS = 200;

    private final ExperimentStore store;
    private final PublicUrl publicUrl;
    private final PageTemplate template;

    private ExperimentPages(ExperimentStore store, PublicUrl publicUrl, PageTemplate template) {
        this.store = store;
        this.publicUrl = publicUrl;
        this.template = template;
    }

    public static void install(JavalinConfig config, ExperimentStore store, PublicUrl publicUrl) {
        ExperimentPages pages = new ExperimentPages(store, publicUrl, PageTemplate.load(TEMPLATE));
        config.routes.get(PAGE, ctx -> pages.serve(ctx, false));
        config.routes.get(EMBED, ctx -> pages.serve(ctx, true));
        config.routes.get(EMBED_PLAYGROUND, pages::servePlayground);
        config.routes.get(EMBED_PLAYGROUND + "/playground", pages::servePlayground);
    }

    private void servePlayground(Context ctx) {
        ctx.header("Cache-Control", "no-cache");
        ctx.html(template.render("  <title>" + SITE_NAME + "</title>\n  <meta name=\"embed\" content=\"true\">\n"));
    }

    private void serve(Context ctx, boolean embed) throws SQLException {
        String id = ctx.pathParam("id");
        Optional<Experiment> experiment = ExperimentIds.isWellFormed(id) ? store.find(id) : Optional.empty();
        ctx.header("Cache-Control", "no-cache");
        if (experiment.isEmpty()) {
            ctx.status(404).html(NotFoundPage.forExperiment(id));
            return;
        }
        ctx.html(template.render(head(experiment.get(), publicUrl.of(ctx), embed)));
    }

    private static String head(Experiment e, String base, boolean embed) {
        String title = e.title() == null || e.title().isBlank() ? "Untitled experiment" : e.title();
        String description = Notes.summary(e.notes(), DESCRIPTION_CHARS);
        String pageUrl = base + e.url();
        StringBuilder head = new StringBuilder();
        line(head, "<title>" + Html.escape(title) + "</title>");
        if (embed) line(head, "<meta name=\"embed\" content=\"true\">");
        if (description != null) {
            line(head, "<meta name=\"description\" content=\"" + Html.escape(description) + "\">");
        }
        line(head, "<meta property=\"og:site_name\" content=\"" + SITE_NAME + "\">");
        line(head, "<meta property=\"og:type\" content=\"website\">");
        line(head, "<meta property=\"og:title\" content=\"" + Html.escape(title) + "\">");
        if (description != null) {
            line(head, "<meta property=\"og:description\" content=\"" + Html.escape(description) + "\">");
        }
        line(head, "<meta property=\"og:url\" content=\"" + Html.escape(pageUrl) + "\">");
        line(head, "<link rel=\"canonical\" href=\"" + Html.escape(pageUrl) + "\">");
        line(head, "<link rel=\"alternate\" type=\"application/json+oembed\" href=\""
                + Html.escape(base + OEmbed.PATH + "?url=" + URLEncoder.encode(pageUrl, StandardCharsets.UTF_8)
                        + "&format=json")
                + "\" title=\"" + Html.escape(title) + "\">");
        line(head, "<script type=\"application/json\" id=\"experiment\">"
                + Html.scriptJson(ExperimentJson.of(e)) + "</script>");
        return head.toString();
    }

    private static void line(StringBuilder sb, String html) {
        sb.append("  ").append(html).append('\n');
    }
}
