package playground.server.sharing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import playground.server.testing.Http;
import playground.server.testing.ServerAndBrowser;
import playground.server.testing.TestServer;
import playground.server.testing.Wait;

/**
 * Embeds (docs/sharing.md) as a blogger makes them: the embed-code generator's snippet pasted into a
 * plain page of another site (another port), where the widget shows only what was chosen,
 * resizes its frame, runs in a sandboxed iframe without storage, and pauses out of sight; and
 * the script-tag alternative, {@code <nn-playground>}.
 */
class EmbedTest {
    private static final String CONFIG_HASH = "dataset=circle&hiddenLayers=3&learningRate=0.1&seed=3";

    /** The blogger's browser and a reader's. */
    @RegisterExtension
    static final ServerAndBrowser SITE = new ServerAndBrowser(2);
    private static TestServer server;
    private static BlogServer blog;
    /** The blogger, who makes the snippet on the playground. */
    private static SharingPage author;
    /** A reader of the blog. */
    private static SharingPage reader;
    private static int posts;

    @BeforeAll
    static void start() {
        server = SITE.server();
        blog = BlogServer.start();
        author = new SharingPage(SITE.browser(0));
        reader = new SharingPage(SITE.browser(1));
    }

    @AfterAll
    static void stop() {
        blog.close();
    }

    @AfterEach
    void backToThePage() {
        reader.browser.switchToPage();
    }

    /** The author chooses on the generator (exactly these panels); returns {iframe snippet, script snippet}. */
    private static String[] snippets(String hash, List<String> panels, List<String> hidden, List<String> locked,
            boolean autoplay) {
        author.open(server.baseUrl() + "/?n=" + (++posts) + "#" + hash);
        author.click("#embed-open");
        author.waitUntil("document.querySelector('#embed-dialog')?.open", 5_000, "the generator is open");
        for (String panel : List.of("data", "settings", "network", "output", "charts")) {
            author.check("#embed-panel-" + panel, panels.contains(panel));
        }
        author.js("document.querySelector('#embed-hide-list').open = true");
        for (String control : hidden) author.check("#embed-hide-" + control, true);
        for (String control : locked) author.check("#embed-lock-" + control, true);
        author.check("#embed-autoplay", autoplay);
        return new String[] {author.value("#embed-iframe"), author.value("#embed-script")};
    }

    /** Publishes a post and opens it for the reader, looking inside the widget's frame. */
    private static void readPost(String body) {
        String url = blog.publish("/post-" + (++posts), body);
        reader.browser.switchToPage();
        reader.browser.open(url);
        reader.waitUntil("document.querySelector('iframe')", 10_000, "the widget's frame");
        reader.browser.switchToFrame("iframe");
        reader.waitUntil("document.documentElement.dataset.page === 'ready'", SharingPage.PAGE_TIMEOUT,
                "the widget drew its first frame");
    }

    /** The widget's own height, as it measures it, and its frame's height on the blog, in pixels. */
    private static long[] heights() {
        reader.browser.switchToFrame("iframe");
        long inside = (Long) reader.js("return " + SharingPage.WIDGET_HEIGHT);
        reader.browser.switchToPage();
        long frame = (Long) reader.js("return Math.round(document.querySelector('iframe').getBoundingClientRect().height)");
        return new long[] {inside, frame};
    }

    private static void assertFrameFollowsTheWidget() {
        reader.browser.switchToPage();
        reader.waitUntil("document.querySelector('iframe').dataset.reportedHeight", 10_000, "a reported height");
        long end = System.currentTimeMillis() + 10_000;
        long[] h = heights();
        while (h[0] != h[1] && System.currentTimeMillis() < end) {
            Wait.pause(100);
            h = heights();
        }
        assertEquals(h[0], h[1], "the frame is exactly as tall as the widget");

        // The widget grows: its frame follows.
        reader.browser.switchToFrame("iframe");
        reader.js("document.querySelector('#network-panel').style.minHeight = '1600px'");
        reader.browser.switchToPage();
        reader.waitUntil("document.querySelector('iframe').getBoundingClientRect().height > 1700", 10_000,
                "the frame grows with the widget");
        h = heights();
        assertEquals(h[0], h[1]);
        reader.browser.switchToFrame("iframe");
        reader.js("document.querySelector('#network-panel').style.minHeight = ''");
        reader.browser.switchToPage();
        reader.waitUntil("document.querySelector('iframe').getBoundingClientRect().height < 1600", 10_000,
                "and shrinks back");
    }

    @Test
    void theGeneratedIframeShowsOnlyWhatWasChosenResizesAndRunsSandboxedOnAnotherSite() {
        String[] code = snippets(CONFIG_HASH, List.of("settings", "network", "output", "charts"),
                List.of("learningRate", "x2"), List.of("activation"), false);
        author.js("document.querySelectorAll('.control-list').forEach(list => list.open = false)");
        author.screenshot("sharing-embed-generator.png");
        String iframe = code[0];
        assertTrue(iframe.startsWith("<iframe src=\"" + server.baseUrl() + "/embed/?panels=settings,network,output,charts"
                + "&amp;hide=learningRate,x2&amp;lock=activation#"), iframe);
        assertTrue(iframe.contains("sandbox=\"allow-scripts allow-popups allow-popups-to-escape-sandbox\""), iframe);
        assertTrue(iframe.contains("<script src=\"" + server.baseUrl() + "/js/embed.js\" async></script>"), iframe);

        readPost(iframe);
        assertEquals("null", reader.js("return self.origin"), "a sandboxed frame: an opaque origin");
        assertEquals(true, reader.js("try { localStorage.getItem('x'); return false; } catch (e) { return true; }"),
                "no storage in the frame");
        assertFalse(reader.shown(".top"), "no site header");
        assertFalse(reader.shown("#data-panel"), "the data panel was not chosen");
        assertTrue(reader.shown("#network-panel"));
        assertTrue(reader.shown("#output-panel"));
        assertTrue(reader.shown("#gradient-panel"), "charts were chosen");
        assertFalse(reader.shown("[data-control=learningRate]"), "hidden");
        assertFalse(reader.shown("[data-control=x2]"), "hidden feature");
        assertTrue(reader.shown("[data-control=activation] select"));
        assertEquals(true, reader.js("return document.querySelector('[data-control=activation] select').disabled"),
                "locked");
        assertEquals("circle", reader.js("return new URLSearchParams(location.hash.slice(1)).get('dataset')"));

        reader.step();
        assertEquals(1, reader.epoch(), "it trains, in its worker");
        assertEquals(List.of(), reader.cspViolations());

        assertFrameFollowsTheWidget();
        reader.screenshot("sharing-embedded-widget.png");
        reader.browser.switchToFrame("iframe");
        assertEquals(List.of(), reader.cspViolations());
    }

    @Test
    void theScriptTagAlternativeMakesTheSameWidget() {
        String script = snippets(CONFIG_HASH, List.of("data", "settings", "network", "output"), List.of("dataset"), List.of(),
                false)[1];
        assertTrue(script.startsWith("<script src=\"" + server.baseUrl() + "/js/embed.js\" async></script>\n"
                + "<nn-playground config=\""), script);
        assertTrue(script.endsWith(" panels=\"data,settings,network,output\" hide=\"dataset\"></nn-playground>"), script);

        readPost(script);
        assertFalse(reader.shown("[data-control=dataset]"));
        assertFalse(reader.shown("#gradient-panel"), "charts were not chosen");
        assertFalse(reader.shown(".loss-chart"));
        assertTrue(reader.shown("#data-panel"));
        assertEquals("3", reader.js("return new URLSearchParams(location.hash.slice(1)).get('seed')"));
        reader.browser.switchToPage();
        assertEquals("allow-scripts allow-popups allow-popups-to-escape-sandbox",
                reader.js("return document.querySelector('nn-playground > iframe').getAttribute('sandbox')"));
        assertFrameFollowsTheWidget();
        reader.browser.switchToFrame("iframe");
        assertEquals(List.of(), reader.cspViolations());
    }

    @Test
    void theScriptTagShowsNoFrameForASrcThatIsNotThisPlaygrounds() {
        String embedJs = "<script src=\"" + server.baseUrl() + "/js/embed.js\"></script>\n";
        String url = blog.publish("/post-" + (++posts), embedJs
                + "<nn-playground src=\"javascript:parent.document.title='pwned'//\"></nn-playground>\n"
                + "<nn-playground src=\"JavaScript:parent.document.title='pwned'//\"></nn-playground>\n"
                + "<nn-playground src=\"data:text/html,<script>parent.document.title='pwned'</script>\"></nn-playground>\n"
                + "<nn-playground src=\"https://elsewhere.example/index.html\"></nn-playground>\n"
                + "<nn-playground src=\"" + blog.url("/post-1") + "\"></nn-playground>\n"
                + "<nn-playground src=\"" + server.baseUrl() + "/embed/\"></nn-playground>");
        reader.browser.switchToPage();
        reader.browser.open(url);
        reader.waitUntil("document.querySelectorAll('nn-playground iframe, .nn-playground-refused').length === 6",
                10_000, "every element handled");
        assertEquals(5L, reader.js("return document.querySelectorAll('.nn-playground-refused').length"),
                "javascript:, data:, another site, the blog itself: refused");
        assertTrue(((String) reader.js("return document.querySelector('.nn-playground-refused').textContent"))
                .contains("src must be an http(s) address of the playground under " + server.baseUrl() + "/"));
        assertEquals(1L, reader.js("return document.querySelectorAll('iframe').length"), "only this playground's page");
        assertEquals(server.baseUrl() + "/embed/?embed=1", reader.js("return document.querySelector('iframe').src"));
        assertFalse("pwned".equals(reader.js("return document.title")), "no script ran in the blog's page");
    }

    @Test
    void aSavedTrainedExperimentEmbedsAsSaved() {
        author.open(server.baseUrl() + "/?n=" + (++posts) + "#" + CONFIG_HASH);
        author.trainTo(10);
        author.click("#save-open");
        author.type("#save-title", "A trained circle");
        author.check("#save-state", true);
        author.click("#save-create");
        author.waitUntil("!document.querySelector('#save-result').hidden", 20_000, "saved");
        String link = author.value("#save-link");
        String id = link.substring(link.lastIndexOf('/') + 1);
        author.js("document.querySelectorAll('dialog[open]').forEach(d => d.close())");
        author.click("#embed-open");
        author.check("#embed-panel-charts", true);
        String iframe = author.value("#embed-iframe");
        assertTrue(iframe.startsWith("<iframe src=\"" + server.baseUrl() + "/embed/e/" + id + "?panels=network,output,charts\""
                + " title=\"A trained circle\""), iframe);
        String script = author.value("#embed-script");
        assertTrue(script.contains("<nn-playground experiment=\"" + id + "\" panels=\"network,output,charts\">"), script);

        for (String snippet : List.of(iframe, script)) {
            readPost(snippet);
            reader.waitUntil("document.querySelector('#epoch').textContent === '" + author.epoch() + "'", 10_000,
                    "the saved epoch");
            assertEquals(author.fingerprint(), reader.fingerprint(), "the saved network itself");
            assertFalse(reader.shown("#data-panel"));
            assertFalse(reader.shown("#experiment-card"), "an embed shows no site parts");
        }
    }

    @Test
    void aSavedExperimentAlsoGetsItsLinkAHugoShortcodeAndAJekyllInclude() {
        author.open(server.baseUrl() + "/?n=" + (++posts) + "#" + CONFIG_HASH);
        author.click("#embed-open");
        author.waitUntil("document.querySelector('#embed-dialog')?.open", 5_000, "the generator is open");
        assertFalse(author.shown("#embed-link"), "no link for an unsaved configuration");
        assertTrue(author.shown("#embed-link-unsaved"), "but a word on saving first");
        assertFalse(author.shown("#embed-hugo"), "no shortcode without an id");
        assertFalse(author.shown("#embed-jekyll"), "no include without an id");
        author.js("document.querySelectorAll('dialog[open]').forEach(d => d.close())");

        author.click("#save-open");
        author.type("#save-title", "XOR with four neurons");
        author.click("#save-create");
        author.waitUntil("!document.querySelector('#save-result').hidden", 20_000, "saved");
        String link = author.value("#save-link");
        String id = link.substring(link.lastIndexOf('/') + 1);
        author.js("document.querySelectorAll('dialog[open]').forEach(d => d.close())");
        author.click("#embed-open");
        author.waitUntil("document.querySelector('#embed-dialog')?.open", 5_000, "the generator is open");
        assertEquals(server.baseUrl() + "/e/" + id, author.value("#embed-link"));
        assertEquals("{{< playground \"" + id + "\" \"XOR with four neurons\" >}}", author.value("#embed-hugo"));
        assertEquals("{% include playground.html id=\"" + id + "\" title=\"XOR with four neurons\" %}",
                author.value("#embed-jekyll"));
        assertTrue(author.shown("#embed-link"));
        assertFalse(author.shown("#embed-link-unsaved"));
        assertTrue(author.shown("#embed-hugo"));
        assertTrue(author.shown("#embed-jekyll"));
        author.js("document.querySelectorAll('.control-list').forEach(list => list.open = false);"
                + "document.querySelector('#embed-jekyll').scrollIntoView({block: 'end'})");
        author.screenshotForDocs("embed-generator-snippets.png");
        author.js("document.querySelectorAll('dialog[open]').forEach(d => d.close())");
    }

    @Test
    void thePlainPlaygroundHasAnEmbedPageAndItsFilesMayBeReadFromAnyOrigin() {
        Http http = new Http(server.baseUrl());
        for (String path : List.of("/embed", "/embed/", "/embed/playground")) {
            Http.Answer page = http.get(path);
            assertEquals(200, page.status(), path);
            assertTrue(page.body().contains("<meta name=\"embed\" content=\"true\">"), path);
            assertTrue(page.body().contains("<base href=\"/\">"), path);
            assertTrue(page.header("Content-Security-Policy").endsWith("frame-ancestors *"), path);
        }
        // A sandboxed frame has an opaque origin: its scripts, translations and bundles come by CORS.
        for (String file : List.of("/js/page.js", "/js/worker.js", "/i18n/zh.json", "/app/playground.wasm",
                "/app/playground.js", "/css/sharing.css")) {
            Http.Answer answer = http.get(file, "Origin", "null");
            assertEquals(200, answer.status(), file);
            assertEquals("*", answer.header("Access-Control-Allow-Origin"), file);
        }
        assertEquals(null, http.get("/api/experiments/nothing", "Origin", "null").header("Access-Control-Allow-Origin"),
                "the API is not opened to other origins");
    }

    @Test
    void aWidgetInAnIframeWithOnlyAllowScriptsWorks() {
        readPost("<iframe sandbox=\"allow-scripts\" style=\"width:100%;height:700px;border:0\" src=\""
                + server.baseUrl() + "/embed/?panels=output&lang=zh&theme=dark#dataset=xor&hiddenLayers=2\"></iframe>");
        assertEquals("zh-CN", reader.js("return document.documentElement.lang"), "lang=zh");
        assertEquals("dark", reader.js("return document.documentElement.dataset.theme"), "theme=dark");
        assertEquals("/embed/?panels=output&lang=zh&theme=dark", reader.js("return location.pathname + location.search"),
                "the widget keeps its address");
        assertEquals("测试损失", reader.text("#output-panel .losses dt"));
        reader.step();
        reader.step();
        assertEquals(2, reader.epoch());
        assertFalse(reader.shown("#network-panel"));
        assertEquals(List.of(), reader.cspViolations());
    }

    @Test
    void anAutoplayingWidgetPausesWhileOutOfSightAndResumesWhenBack() {
        String iframe = snippets(CONFIG_HASH, List.of("network", "output"), List.of(), List.of(), true)[0];
        assertTrue(iframe.contains("autoplay=1"), iframe);
        readPost(iframe + "\n<div style=\"height: 4000px\">A long article.</div>");
        reader.waitUntil("document.querySelector('#play').classList.contains('playing')", 10_000, "autoplay");
        reader.waitUntil("+document.querySelector('#epoch').textContent.replace(/[^0-9]/g, '') > 3", 20_000,
                "training");

        reader.browser.switchToPage();
        reader.js("window.scrollTo(0, document.body.scrollHeight)");
        reader.browser.switchToFrame("iframe");
        reader.waitUntil("!document.querySelector('#play').classList.contains('playing')", 10_000,
                "paused out of sight");
        int paused = reader.epoch();
        Wait.pause(500);
        assertEquals(paused, reader.epoch(), "no training while out of sight");

        reader.browser.switchToPage();
        reader.js("window.scrollTo(0, 0)");
        reader.browser.switchToFrame("iframe");
        reader.waitUntil("document.querySelector('#play').classList.contains('playing')", 10_000, "resumed");
        reader.waitUntil("+document.querySelector('#epoch').textContent.replace(/[^0-9]/g, '') > " + paused, 10_000,
                "training again");
    }
}
