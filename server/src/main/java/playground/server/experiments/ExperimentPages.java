package playground.server.experiments;

import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import java.sql.SQLException;
import java.util.Optional;
import playground.server.http.HashedBundles;
import playground.server.http.Html;
import playground.server.http.LinkPreview;
import playground.server.http.NotFoundPage;
import playground.server.http.PublicUrl;

/**
 * The pages of a saved experiment: {@code /e/{id}} opens the playground page with the experiment
 * in it, {@code /embed/e/{id}} the same for an iframe. Into the page's head go the title, a
 * description from the notes, the link-preview tags ({@link LinkPreview}: Open Graph, Twitter card,
 * the preview picture, the oEmbed discovery link) and the experiment itself
 * as {@code <script type="application/json" id="experiment">} (the API's JSON), which the page
 * reads on load. Unknown ids get the not-found page with status 404.
 */
public final class ExperimentPages {
    public static final String PAGE = "/e/{id}";
    public static final String EMBED = "/embed/e/{id}";
    /** The page every experiment opens in. */
    public static final String TEMPLATE = "web/index.html";
    private static final int DESCRIPTION_CHARS = 200;

    private final ExperimentStore store;
    private final PublicUrl publicUrl;
    private final HashedBundles bundles;
    private final PageTemplate template;

    private ExperimentPages(ExperimentStore store, PublicUrl publicUrl, HashedBundles bundles, PageTemplate template) {
        this.store = store;
        this.bundles = bundles;
        this.publicUrl = publicUrl;
        this.template = template;
    }

    /** The pages, for routes of other features that show an experiment (a class shows its challenge). */
    public static ExperimentPages of(ExperimentStore store, PublicUrl publicUrl, HashedBundles bundles) {
        return new ExperimentPages(store, publicUrl, bundles, PageTemplate.load(TEMPLATE));
    }

    public static void install(JavalinConfig config, ExperimentStore store, PublicUrl publicUrl, HashedBundles bundles) {
        ExperimentPages pages = of(store, publicUrl, bundles);
        config.routes.get(PAGE, ctx -> pages.serve(ctx, ctx.pathParam("id"), false, ""));
        config.routes.get(EMBED, ctx -> pages.serve(ctx, ctx.pathParam("id"), true, ""));
    }

    /**
     * Answers with experiment {@code id}'s page as {@code /e/{id}} serves it, {@code extraHead}
     * (trusted, escaped HTML) added at the end of its head; the not-found page for an unknown id.
     */
    public void serve(Context ctx, String id, boolean embed, String extraHead) throws SQLException {
        Optional<Experiment> experiment = Experiment.IDS.isWellFormed(id) ? store.find(id) : Optional.empty();
        ctx.header("Cache-Control", "no-cache");
        if (experiment.isEmpty()) {
            ctx.status(404).html(NotFoundPage.forExperiment(id));
            return;
        }
        String base = publicUrl.of(ctx);
        ctx.html(template.render(bundles.headTags("playground", base, ctx),
                head(experiment.get(), base, embed) + extraHead));
    }

    private static String head(Experiment e, String base, boolean embed) {
        String title = e.title() == null || e.title().isBlank() ? "Untitled experiment" : e.title();
        String description = Notes.summary(e.notes(), DESCRIPTION_CHARS);
        String pageUrl = base + e.url();
        StringBuilder head = new StringBuilder();
        line(head, "<title>" + Html.escape(title) + "</title>");
        if (embed) line(head, "<meta name=\"embed\" content=\"true\">");
        head.append(new LinkPreview(title, description, pageUrl, base + e.previewUrl(), pageUrl)
                .headTags(base));
        line(head, "<link rel=\"canonical\" href=\"" + Html.escape(pageUrl) + "\">");
        line(head, "<script type=\"application/json\" id=\"experiment\">"
                + Html.scriptJson(ExperimentJson.of(e)) + "</script>");
        return head.toString();
    }

    private static void line(StringBuilder sb, String html) {
        sb.append("  ").append(html).append('\n');
    }
}
