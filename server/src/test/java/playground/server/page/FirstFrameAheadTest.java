package playground.server.page;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import playground.server.testing.Http;
import playground.server.testing.ServerAndBrowser;

/**
 * The training worker builds the first run of the address the page opened with while the page
 * starts (web/js/page.js posts it; engine.worker.EngineWorker expect), and the page shows it only
 * when its own first load asks for exactly that run: the picture is the one a load on request
 * paints, and a page that loads another configuration (a saved experiment) never shows the guess.
 */
class FirstFrameAheadTest {
    @RegisterExtension
    static final ServerAndBrowser SITE = new ServerAndBrowser();
    /** Fingerprints of the first and the latest picture put on the output canvas. */
    private static final String RECORD_PICTURES = "(() => {"
            + "const put = CanvasRenderingContext2D.prototype.putImageData;"
            + "CanvasRenderingContext2D.prototype.putImageData = function (image, ...rest) {"
            + "  if (this.canvas.id === 'output-canvas') {"
            + "    let h = 0; for (let i = 0; i < image.data.length; i++) h = (h * 31 + image.data[i]) | 0;"
            + "    const print = image.width + 'x' + image.height + ':' + h;"
            + "    window.firstPicture ??= print; window.lastPicture = print; window.pictures = (window.pictures ?? 0) + 1;"
            + "  }"
            + "  return put.call(this, image, ...rest); }; })();";
    private static final String HASH = "dataset=spiral&features=x1,x2,sinx1,sinx2&hiddenLayers=5,3&seed=42";
    private static PlaygroundPage page;

    @BeforeAll
    static void start() {
        page = new PlaygroundPage(SITE);
        SITE.browser().runBeforeEveryPage(RECORD_PICTURES);
    }

    @Test
    void thePictureBuiltAheadIsThePictureALoadOnRequestPaints() {
        page.open(HASH);
        String ahead = (String) page.js("return window.firstPicture");
        assertNotNull(ahead, "the output picture was put");

        page.open("");
        page.js("window.pictures = 0; location.hash = arguments[0]", HASH); // read by the page, not guessed
        page.waitUntil("window.pictures > 0", 10_000, "the page painted the address's run");
        assertEquals(ahead, page.js("return window.lastPicture"), "the same run, bit for bit");
    }

    @Test
    void aSavedExperimentShowsItsOwnRunNeverTheGuessFromTheAddress() {
        String id = new Http(SITE.baseUrl()).post("/api/experiments",
                "{\"config\":{\"dataset\":\"xor\",\"hiddenLayers\":[4,2],\"seed\":7}}").json().path("id").asText();
        // the address says defaults (no hash): the worker's guess; the page loads the experiment
        SITE.browser().openAndWaitUntilReady(SITE.baseUrl() + "/e/" + id);
        page.waitUntil("document.documentElement.dataset.page === 'ready'", 30_000, "the first frame");
        String first = (String) page.js("return window.firstPicture");

        page.open(String.join("&", "dataset=xor", "hiddenLayers=4,2", "seed=7"));
        assertEquals(page.js("return window.lastPicture"), first, "the experiment's picture came first");
    }
}
