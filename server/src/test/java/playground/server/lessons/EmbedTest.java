package playground.server.lessons;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import playground.server.testing.Browser;
import playground.server.testing.ServerAndBrowser;
import playground.server.testing.TestServer;
import playground.server.testing.Wait;

/**
 * Every lesson embedded the way a blog embeds it: an iframe on a page from another origin (a
 * second HTTP server on another port), once plainly and once in {@code sandbox="allow-scripts"}
 * (an opaque origin, where storage throws). In both the widget renders in the language and
 * theme the address asks for, its controls respond, and the host page's listener sizes the
 * iframe to the height the widget posts.
 */
class EmbedTest {
    @RegisterExtension
    static final ServerAndBrowser SITE = new ServerAndBrowser();
    private static TestServer server;
    private static Browser browser;
    private static LessonPages pages;
    private static HttpServer blog;
    /** The host page of the current test, served at /post on the blog's port. */
    private static volatile String post = "";

    @BeforeAll
    static void start() throws IOException {
        server = SITE.server();
        browser = SITE.browser();
        pages = new LessonPages(browser);
        blog = HttpServer.create(new InetSocketAddress("localhost", 0), 0);
        blog.createContext("/post", exchange -> {
            byte[] body = post.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "text/html; charset=utf-8");
            exchange.sendResponseHeaders(200, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        });
        blog.start();
    }

    @AfterAll
    static void stop() {
        if (blog != null) blog.stop(0);
    }

    /** A blog post with the given iframes and the resize listener a blogger pastes with them. */
    private static void openPost(String iframes) {
        post = "<!doctype html><html><head><meta charset=utf-8><title>A post</title></head><body>"
                + "<h1>How neural networks learn</h1><p>Some text before the figure.</p>" + iframes
                + "<script>window.posted = {};"
                + "addEventListener('message', e => {"
                + "  if (!e.data || e.data.type !== 'nn-playground:resize') return;"
                + "  for (const f of document.querySelectorAll('iframe')) if (f.contentWindow === e.source) {"
                + "    f.style.height = e.data.height + 'px'; window.posted[f.id] = e.data.height; }"
                + "});"
                + "document.documentElement.dataset.ready = 'true';</script></body></html>";
        browser.openAndWaitUntilReady("http://localhost:" + blog.getAddress().getPort() + "/post");
    }

    private static String iframe(String id, String lesson, String query, String sandbox) {
        return "<iframe id=\"" + id + "\" src=\"" + server.baseUrl() + "/embed/lesson/" + lesson + "?" + query + "\""
                + (sandbox == null ? "" : " sandbox=\"" + sandbox + "\"")
                + " style=\"width: 100%; border: 0\" height=\"150\" title=\"" + lesson + "\"></iframe>";
    }

    private static long posted(String id) {
        Object h = browser.script("return window.posted[arguments[0]] ?? -1", id);
        return ((Number) h).longValue();
    }

    private static long frameHeight(String id) {
        return ((Number) browser.script("return document.getElementById(arguments[0]).getBoundingClientRect().height",
                id)).longValue();
    }

    private static void waitForResize(String id, long tallerThan) {
        pages.waitUntil(id + " posts its height", () -> posted(id) > tallerThan);
        pages.waitUntil(id + " is sized to it", () -> frameHeight(id) == posted(id));
    }

    /** Does something with a control of the lesson and checks the widget changed accordingly. */
    private static void operate(String lesson) {
        switch (lesson) {
            case "linear-regression":
                pages.click(lesson, "step");
                assertEquals("1", pages.attribute(lesson, "data-steps"));
                break;
            case "overfitting":
                pages.click(lesson, "more");
                assertEquals("16", pages.attribute(lesson, "data-points"));
                break;
            case "neuron":
                String before = pages.attribute(lesson, "data-a");
                pages.slide(lesson, "w4", 2);
                assertNotEquals(before, pages.attribute(lesson, "data-a"));
                break;
            case "depth-width":
                pages.slide(lesson, "depth", 3);
                assertEquals("57", browser.script("return document.querySelector('[data-side=deep] .parameters')"
                        + ".dataset.parameters"));
                break;
            default:
                pages.click(lesson, "next");
                assertEquals("1", pages.attribute(lesson, "data-stage"));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"linear-regression", "overfitting", "neuron", "depth-width", "backprop"})
    void embeddedFromAnotherOriginItRendersRespondsAndResizesAlsoSandboxed(String lesson) {
        openPost(iframe("plain", lesson, "lang=zh&theme=dark", null)
                + iframe("sandboxed", lesson, "lang=zh&theme=dark", "allow-scripts"));
        waitForResize("plain", 250);
        waitForResize("sandboxed", 250);
        for (String id : new String[] {"plain", "sandboxed"}) {
            browser.inFrame("#" + id, () -> {
                pages.waitUntil("the widget starts", pages::ready);
                assertEquals("zh-CN", browser.script("return document.documentElement.lang"));
                assertEquals("dark", browser.script("return document.documentElement.dataset.theme"));
                assertTrue(((Number) browser.script("return document.querySelectorAll('[data-lesson] canvas').length"))
                        .intValue() > 0, "the widget draws");
                assertEquals(0L, browser.script("return document.querySelectorAll('header, nav').length"),
                        "an embed has no site chrome");
                boolean storageThrows = (Boolean) browser.script(
                        "try { window.localStorage.getItem('x'); return false; } catch (e) { return true; }");
                assertEquals(id.equals("sandboxed"), storageThrows, "storage is out of reach only in the sandbox");
                operate(lesson);
            });
        }
    }

    @Test
    void theWidgetPostsANewHeightWhenItsContentGrows() {
        openPost(iframe("frame", "backprop", "lang=en", "allow-scripts"));
        waitForResize("frame", 250);
        long first = posted("frame");
        browser.inFrame("#frame", () -> {
            pages.waitUntil("the widget starts", pages::ready);
            for (int i = 0; i < 6; i++) pages.click("backprop", "next");
            assertEquals("6", pages.attribute("backprop", "data-stage"), "the update shows its table");
        });
        waitForResize("frame", first);
        assertTrue(posted("frame") > first + 100, "taller by the update table: " + first + " → " + posted("frame"));
    }

    @Test
    void hiddenAndLockedControlsAndAFixedHeight() {
        openPost(iframe("frame", "linear-regression", "hide=reset,formulas&lock=rate,map&height=500", null));
        waitForResize("frame", 250);
        assertEquals(500, posted("frame"));
        browser.inFrame("#frame", () -> {
            pages.waitUntil("the widget starts", pages::ready);
            assertEquals("none", browser.script(
                    "return getComputedStyle(document.querySelector('[data-control=reset]')).display"));
            assertEquals("none", browser.script(
                    "return getComputedStyle(document.querySelector('[data-control=formulas]')).display"));
            assertEquals(true, browser.script("return document.querySelector('[data-control=rate] select').disabled"));
            assertEquals(false, browser.script("return document.querySelector('[data-control=step]').disabled"));
            // a locked figure ignores dragging: the line stays where it was
            String w = pages.attribute("linear-regression", "data-w");
            browser.script("const c = document.querySelector('canvas.loss-map'); const r = c.getBoundingClientRect();"
                    + "for (const type of ['pointerdown', 'pointermove', 'pointerup']) c.dispatchEvent(new PointerEvent(type,"
                    + "  {clientX: r.left + r.width / 2, clientY: r.top + r.height / 2, bubbles: true, pointerId: 1}));");
            assertEquals(w, pages.attribute("linear-regression", "data-w"));
        });
    }

    @Test
    void aWidgetOutOfViewPausesAndResumesInView() {
        openPost("<div style=\"height: 2500px\">a long post</div>"
                + iframe("frame", "depth-width", "autoplay=1", "allow-scripts"));
        pages.waitUntil("the frame reports its height", () -> posted("frame") > 250);
        browser.inFrame("#frame", () -> {
            pages.waitUntil("the widget starts", pages::ready);
            assertEquals("true", pages.attribute("depth-width", "data-playing"), "autoplay asked it to play");
            pages.waitUntil("it learns it is out of view",
                    () -> "false".equals(pages.attribute("depth-width", "data-visible")));
            String epoch = pages.attribute("depth-width", "data-epoch");
            Wait.pause(500);
            assertEquals(epoch, pages.attribute("depth-width", "data-epoch"), "no training out of view");
        });
        browser.script("document.getElementById('frame').scrollIntoView()");
        browser.inFrame("#frame", () -> {
            pages.waitUntil("it comes into view", () -> "true".equals(pages.attribute("depth-width", "data-visible")));
            pages.waitUntil("it trains", () -> pages.number("depth-width", "data-epoch") > 5);
        });
    }

    @Test
    void anUnknownLessonIsNotFound() throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create(server.baseUrl() + "/embed/lesson/no-such-lesson")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(404, response.statusCode());
        assertTrue(response.body().contains("no-such-lesson"));
    }
}
