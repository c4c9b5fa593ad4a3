package playground.server.sharing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import playground.server.testing.Browser;
import playground.server.testing.Http;
import playground.server.testing.TestServer;
import playground.server.testing.Wait;

/**
 * A saved experiment where blogs live (docs/sharing.md): pasted into WordPress, which embeds it
 * through our oEmbed answer in its own way ({@link WordPressPost}), and opened with whatever a
 * host adds to the address; and a widget asked to autoplay, for a reader who wants less motion.
 */
class WordPressEmbedTest {
    private static final String CONFIG_HASH = "dataset=circle&hiddenLayers=3&learningRate=0.1&seed=3";
    /** The secret WordPress would make: ten letters and digits. */
    private static final String SECRET = "k3Jq9ZpX0a";

    private static TestServer server;
    private static BlogServer blog;
    private static SharingPage author;
    private static SharingPage reader;
    private static String id;
    private static int posts;

    @BeforeAll
    static void start() {
        server = TestServer.start();
        blog = BlogServer.start();
        author = new SharingPage(Browser.start());
        reader = new SharingPage(Browser.start());
        author.open(server.baseUrl() + "/#" + CONFIG_HASH);
        author.trainTo(10);
        author.click("#save-open");
        author.waitUntil("document.querySelector('#save-dialog')?.open", 5_000, "the save dialog is open");
        author.type("#save-title", "A trained circle");
        author.check("#save-state", true);
        author.click("#save-create");
        author.waitUntil("!document.querySelector('#save-result').hidden", 20_000, "saved");
        String link = author.value("#save-link");
        id = link.substring(link.lastIndexOf('/') + 1);
    }

    @AfterAll
    static void stop() {
        try {
            author.browser.close();
            reader.browser.close();
            blog.close();
        } finally {
            server.close();
        }
    }

    @AfterEach
    void backToThePage() {
        reader.browser.switchToPage();
    }

    @Test
    void pastedIntoWordPressTheSavedExperimentShowsAndWordPressResizesItsFrame() {
        String pasted = server.baseUrl() + "/e/" + id;
        Http.Answer answer = new Http(server.baseUrl()).get("/oembed?url=" + URLEncoder.encode(pasted, StandardCharsets.UTF_8)
                + "&maxwidth=500&maxheight=750&format=json");
        assertEquals(200, answer.status(), answer.toString());
        String html = WordPressPost.filter(answer.json().path("html").asText(), SECRET);
        assertNotNull(html, "WordPress keeps an iframe");
        assertTrue(html.startsWith("<blockquote class=\"wp-embedded-content\" data-secret=\"" + SECRET + "\"><a href=\""
                + pasted + "\">A trained circle</a></blockquote><iframe class=\"wp-embedded-content\" sandbox=\"allow-scripts\""
                + " security=\"restricted\" style=\"position: absolute; clip: rect(1px, 1px, 1px, 1px);\" src=\""
                + server.baseUrl() + "/embed/e/" + id + "#?secret=" + SECRET + "\" data-secret=\"" + SECRET + "\""), html);

        String url = blog.publish("/wordpress-" + (++posts), html + "\n" + WordPressPost.resizeScript());
        reader.browser.windowSize(700, 1100);
        reader.browser.open(url);
        reader.waitUntil("window.wordPressHeights && window.wordPressHeights.length > 0", 30_000,
                "a height message WordPress accepts");
        reader.waitUntil("!document.querySelector('iframe').hasAttribute('style')", 5_000, "the frame shown");
        assertEquals("none", reader.js("return document.querySelector('blockquote').style.display"),
                "the fallback link hidden");

        reader.browser.switchToFrame("iframe");
        reader.waitUntil("document.documentElement.dataset.page === 'ready'", SharingPage.PAGE_TIMEOUT, "the widget drew");
        reader.waitUntil("document.querySelector('#epoch').textContent === '" + author.epoch() + "'", 10_000,
                "the saved epoch");
        assertEquals(author.fingerprint(), reader.fingerprint(), "the saved network itself");
        assertFalse(reader.shown("#notice"), "no notice: " + reader.text("#notice"));
        assertEquals("circle", reader.js("return new URLSearchParams(location.hash.slice(1)).get('dataset')"));
        assertFalse(((String) reader.js("return location.hash")).contains("secret"), "the host's key is not kept");
        long widget = (Long) reader.js("return " + SharingPage.WIDGET_HEIGHT);

        reader.browser.switchToPage();
        long expected = Math.max(200, Math.min(1000, widget));
        reader.waitUntil("+document.querySelector('iframe').height === " + expected, 10_000,
                "the frame as tall as the widget (" + widget + " px), within WordPress's limits");
        assertEquals(expected, (Long) reader.js("return document.querySelector('iframe').clientHeight"));
        reader.screenshotForDocs("sharing-wordpress-embed.png");
    }

    @Test
    void keysAHostAddsNeitherReplaceTheSavedExperimentNorShowANotice() {
        for (String address : List.of("/embed/e/" + id + "?utm_source=x#?secret=abc",
                "/embed/e/" + id + "#?secret=abc", "/e/" + id + "?utm_source=x#?secret=abc",
                "/e/" + id + "#fbclid=abc", "/embed/e/" + id + "?utm_source=x&fbclid=y")) {
            reader.open(server.baseUrl() + address);
            reader.waitUntil("document.querySelector('#epoch').textContent === '" + author.epoch() + "'", 10_000,
                    "the saved epoch at " + address);
            assertFalse(reader.shown("#notice"), address + ": " + reader.text("#notice"));
            assertEquals(author.fingerprint(), reader.fingerprint(), address);
            assertEquals("circle", reader.js("return new URLSearchParams(location.hash.slice(1)).get('dataset')"), address);
        }
    }

    @Test
    void anAutoplayingEmbedWaitsForThePlayOfAReaderWhoWantsLessMotion() {
        Browser calm = Browser.start();
        try {
            calm.devTools("Emulation.setEmulatedMedia", Map.of("features",
                    List.of(Map.of("name", "prefers-reduced-motion", "value", "reduce"))));
            SharingPage page = new SharingPage(calm);
            page.open(server.baseUrl() + "/embed/?autoplay=1#" + CONFIG_HASH);
            assertEquals(true, page.js("return matchMedia('(prefers-reduced-motion: reduce)').matches"));
            Wait.pause(1_000);
            assertFalse(page.playing(), "no autoplay");
            assertEquals(0, page.epoch());
            page.play();
            page.waitUntil("+document.querySelector('#epoch').textContent.replace(/[^0-9]/g, '') > 0", 10_000,
                    "trains once the reader presses play");
        } finally {
            calm.close();
        }
        // Without the wish, the same address plays by itself.
        reader.open(server.baseUrl() + "/embed/?autoplay=1#" + CONFIG_HASH);
        reader.waitUntil("document.querySelector('#play').classList.contains('playing')", 10_000, "autoplay");
    }
}
