package playground.server.sharing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import playground.server.testing.Browser;
import playground.server.testing.TestServer;

/**
 * An embed is a widget, not the page (docs/sharing.md): by default the run controls, the network
 * and the output picture with its losses, side by side where the width allows, short enough for
 * a blog's column and a phone, the picture near the top; the rest behind "More". Measured in a
 * real browser in frames 700 px and 360 px wide; the screenshots go to target/screenshots (or, to
 * refresh the docs' pictures, to -Ddocs.screenshots=<repo>/docs/screenshots).
 */
class EmbedLayoutTest {
    private static final String CONFIG_HASH = "dataset=circle&hiddenLayers=4,2&learningRate=0.03&seed=3";

    private static TestServer server;
    private static BlogServer blog;
    private static SharingPage reader;
    private static int posts;

    @BeforeAll
    static void start() {
        server = TestServer.start();
        blog = BlogServer.start();
        reader = new SharingPage(Browser.start());
    }

    @AfterAll
    static void stop() {
        try {
            reader.browser.close();
            blog.close();
        } finally {
            server.close();
        }
    }

    @Test
    void theDefaultEmbedFitsA700PixelColumn() {
        Map<String, Long> m = measure(700, "embed-compact-700.png");
        assertTrue(m.get("height") < 600, "under 600 px tall: " + m);
        assertTrue(m.get("pictureBottom") <= 500, "the output picture in the first 500 px: " + m);
        assertTrue(m.get("outputLeft") >= m.get("networkRight"), "network and output side by side: " + m);
        assertEquals(m.get("height"), m.get("innerHeight"), "the frame as tall as the widget: no scroll bar");
    }

    @Test
    void theDefaultEmbedFitsAPhone() {
        Map<String, Long> m = measure(360, "embed-compact-360.png");
        assertTrue(m.get("height") < 900, "under 900 px tall: " + m);
        assertTrue(m.get("pictureBottom") <= 500, "the output picture in the first 500 px: " + m);
        assertTrue(m.get("scrollWidth") <= 360, "nothing wider than the frame: " + m);
        assertEquals(m.get("height"), m.get("innerHeight"), "the frame as tall as the widget: no scroll bar");
    }

    @Test
    void moreShowsEverythingElse() {
        measure(700, null);
        reader.browser.switchToFrame("iframe");
        assertFalse(reader.shown("#data-panel"));
        assertFalse(reader.shown("[data-control=learningRate]"));
        assertTrue(reader.shown("#embed-open-full"), "the way to the full playground");
        reader.click("#embed-more");
        assertEquals("true", reader.js("return document.querySelector('#embed-more').getAttribute('aria-expanded')"));
        assertTrue(reader.shown("#data-panel"));
        assertTrue(reader.shown("[data-control=learningRate]"));
        assertTrue(reader.shown("#gradient-panel"), "the charts");
        reader.click("#embed-more");
        assertFalse(reader.shown("#data-panel"), "and folds again");
        reader.browser.switchToPage();
    }

    @Test
    void theGeneratorOffersPresetsAndPreviewsTheSize() {
        reader.browser.switchToPage();
        reader.browser.windowSize(1000, 1000);
        reader.open(server.baseUrl() + "/?n=" + (++posts) + "#" + CONFIG_HASH);
        reader.click("#embed-open");
        reader.waitUntil("document.querySelector('#embed-dialog')?.open", 5_000, "the generator is open");
        assertTrue(reader.value("#embed-iframe").startsWith("<iframe src=\"" + server.baseUrl() + "/embed/#"),
                "compact by default: no panels in the address");
        reader.click("#embed-preset-data");
        assertTrue(reader.value("#embed-iframe").contains("/embed/?panels=data,network,output#"), reader.value("#embed-iframe"));
        assertEquals("true", reader.js("return document.querySelector('#embed-preset-data').getAttribute('aria-pressed')"));
        assertEquals("false", reader.js("return document.querySelector('#embed-preset-compact').getAttribute('aria-pressed')"));
        reader.click("#embed-preset-full");
        assertTrue(reader.value("#embed-iframe").contains("/embed/?panels=data,settings,network,output,charts#"));
        reader.click("#embed-preset-compact");
        reader.js("document.querySelector('#embed-preview-box').open = true");
        reader.waitUntil("document.querySelector('#embed-preview-size').textContent.includes('in a 700 px column')", 30_000,
                "the measured size");
        String said = reader.text("#embed-preview-size");
        long height = Long.parseLong(said.replaceAll("^\\D*(\\d+) px tall.*$", "$1"));
        assertTrue(height > 200 && height < 600, said);
        assertEquals(height, reader.js("return document.querySelector('#embed-preview').clientHeight"),
                "the preview frame as tall as it says");
        reader.browser.switchToFrame("#embed-preview");
        reader.waitUntilDrawn();
        reader.browser.switchToPage();
        reader.js("document.querySelector('#embed-preview-box').scrollIntoView()");
        reader.screenshotForDocs("embed-generator-preview.png");
    }

    /**
     * Publishes the plain default embed snippet in a column {@code width} px wide; returns the
     * widget's height and where its parts are, in CSS pixels from the frame's top left.
     */
    @SuppressWarnings("unchecked")
    private static Map<String, Long> measure(int width, String screenshot) {
        reader.browser.switchToPage();
        reader.browser.windowSize(width + 120, 1000);
        String url = blog.publish("/column-" + width + "-" + (++posts), "<div style=\"width: " + width + "px\">"
                + "<iframe src=\"" + server.baseUrl() + "/embed/#" + CONFIG_HASH + "\" title=\"A widget\""
                + " width=\"100%\" height=\"640\" style=\"border:0;max-width:100%\""
                + " sandbox=\"allow-scripts allow-popups allow-popups-to-escape-sandbox\"></iframe>\n"
                + "<script src=\"" + server.baseUrl() + "/js/embed.js\" async></script></div>");
        reader.browser.open(url);
        reader.waitUntil("document.querySelector('iframe')", 10_000, "the frame");
        reader.browser.switchToFrame("iframe");
        reader.waitUntilDrawn();
        reader.browser.switchToPage();
        reader.waitUntil("document.querySelector('iframe').dataset.reportedHeight", 10_000, "a reported height");
        reader.waitUntil("Math.abs(document.querySelector('iframe').getBoundingClientRect().height"
                + " - document.querySelector('iframe').dataset.reportedHeight) < 2", 10_000, "the frame fits the widget");
        reader.browser.switchToFrame("iframe");
        Map<String, Long> m = (Map<String, Long>) reader.js("const box = s => document.querySelector(s).getBoundingClientRect();"
                + "return {height: " + SharingPage.WIDGET_HEIGHT + ","
                + " scrollWidth: document.documentElement.scrollWidth, clientWidth: document.documentElement.clientWidth,"
                + " scrollHeight: document.documentElement.scrollHeight, innerHeight: innerHeight,"
                + " pictureBottom: Math.ceil(box('#output-canvas').bottom), pictureTop: Math.round(box('#output-canvas').top),"
                + " networkRight: Math.round(box('#network-panel').right), outputLeft: Math.round(box('#output-panel').left)};");
        assertFalse(reader.shown("#notice"));
        reader.browser.switchToPage();
        if (screenshot != null) {
            reader.browser.windowSize(width + 120, (int) (m.get("height") + 330));
            reader.js("window.scrollTo(0, 0)");
            assertTrue(Files.exists(reader.screenshotForDocs(screenshot)));
        }
        System.out.println("embed at " + width + " px: " + m);
        return m;
    }
}
