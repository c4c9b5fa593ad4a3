package playground.server.previews;

import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import playground.server.experiments.ExperimentPages;
import playground.server.experiments.PageTemplate;
import playground.server.http.ApiException;
import playground.server.http.HashedBundles;
import playground.server.http.Html;
import playground.server.http.InlineStyles;
import playground.server.http.LinkPreview;
import playground.server.http.PublicUrl;

/**
 * The site's own pages — the playground, the lessons and the lessons' widgets — served with
 * their link-preview tags ({@link LinkPreview}) added to the head. The tags need absolute
 * addresses, which only the server knows; the bundles' folder and the page's bundle asked for from
 * the head ({@link HashedBundles}); the style sheets written in
 * ({@link InlineStyles}); everything else is the static file as written. A widget says what its
 * lesson page says ({@link PageWords}).
 */
public final class StaticPages {
    private static final Pattern HEAD_OPEN = Pattern.compile("(?is)<head(\\s[^>]*)?>");
    private static final Pattern HEAD_CLOSE = Pattern.compile("(?i)</head>");

    /**
     * One page as served: its HTML split where the tags go (the bundles' folder first in the head,
     * so that the page's async script finds it whenever it runs; the preview's at its end), and
     * what the tags say.
     */
    private record Served(String start, String before, String after, PageWords words, String canonical,
            String preview, String oembedFor, String bundle) {}

    private final PublicUrl publicUrl;
    private final HashedBundles bundles;

    private StaticPages(PublicUrl publicUrl, HashedBundles bundles) {
        this.publicUrl = publicUrl;
        this.bundles = bundles;
    }

    public static void install(JavalinConfig config, PublicUrl publicUrl, HashedBundles bundles) {
        StaticPages pages = new StaticPages(publicUrl, bundles);
        SitePages.Page playground = SitePages.PLAYGROUND;
        pages.route(config, List.of("/", "/index.html"), PageWords.of(playground.resource()).html(), playground, "/",
                "/", "playground");
        pages.routeEmbeddedPlayground(config);
        for (SitePages.Page index : SitePages.LESSON_INDEXES) {
            List<String> paths = new ArrayList<>(List.of(index.page()));
            if (index.page().endsWith("/")) paths.add(index.page() + "index.html");
            pages.route(config, paths, PageWords.of(index.resource()).html(), index, index.page(), null, "lessons");
        }
        for (SitePages.Page lesson : SitePages.LESSONS) {
            pages.route(config, List.of(lesson.page()), PageWords.of(lesson.resource()).html(), lesson, lesson.page(),
                    lesson.page(), "lessons");
            // a widget's canonical address is its lesson's page, where a reader of the preview lands
            pages.route(config, List.of(lesson.embed()), LessonWidgetPage.html(lesson), lesson, lesson.page(),
                    lesson.embed(), "lessons");
        }
        config.routes.get("/embed/lesson/{name}", ctx -> {
            throw ApiException.notFound("name", "no lesson called " + ctx.pathParam("name"));
        });
    }

    private void route(JavalinConfig config, List<String> paths, String pageHtml, SitePages.Page page,
            String canonical, String oembedFor, String bundle) {
        // the page's own description goes: the preview's tags say it again, once
        String html = InlineStyles.into(PageWords.DESCRIPTION.matcher(pageHtml).replaceFirst(""));
        Matcher open = HEAD_OPEN.matcher(html);
        Matcher close = HEAD_CLOSE.matcher(html);
        if (!open.find() || !close.find(open.end())) throw new IllegalStateException(paths + ": the page has no <head>…</head>");
        Served served = new Served(html.substring(0, open.end()) + "\n", html.substring(open.end(), close.start()),
                html.substring(close.start()), page.words(), canonical, PreviewImages.sitePath(page.name()), oembedFor,
                bundle);
        for (String path : paths) config.routes.get(path, ctx -> serve(ctx, served));
    }

    private void serve(Context ctx, Served page) {
        String base = publicUrl.of(ctx);
        ctx.header("Cache-Control", "no-cache")
                .header("Access-Control-Allow-Origin", "*")
                .html(page.start() + bundles.headTags(page.bundle(), base, ctx).stripTrailing()
                        + page.before()
                        + preview(base, page.words(), base + page.canonical(), page.preview(), page.oembedFor())
                                .headTags(base) + page.after());
    }

    /**
     * The plain playground in embed mode, its experiment in the hash: {@code /embed} (also
     * {@code /embed/} and {@code /embed/playground}), the playground page with a {@code <base>}
     * so that its relative links work one folder down.
     */
    private void routeEmbeddedPlayground(JavalinConfig config) {
        PageTemplate template = PageTemplate.load(ExperimentPages.TEMPLATE);
        SitePages.Page playground = SitePages.PLAYGROUND;
        PageWords words = playground.words();
        for (String path : List.of("/embed", "/embed/playground")) {
            config.routes.get(path, ctx -> {
                String base = publicUrl.of(ctx);
                LinkPreview preview = preview(base, words, base + playground.page(), PreviewImages.sitePath(playground.name()),
                        "/embed/");
                ctx.header("Cache-Control", "no-cache").html(template.render(bundles.headTags("playground", base, ctx), "  <title>"
                        + Html.escape(words.title()) + "</title>\n  <meta name=\"embed\" content=\"true\">\n"
                        + preview.headTags(base)));
            });
        }
    }

    private static LinkPreview preview(String base, PageWords words, String pageUrl, String picture,
            String oembedFor) {
        return new LinkPreview(words.title(), words.description(), pageUrl, base + picture,
                oembedFor == null ? null : base + oembedFor);
    }
}
