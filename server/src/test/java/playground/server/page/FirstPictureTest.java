package playground.server.page;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import playground.server.testing.Http;
import playground.server.testing.ServerAndBrowser;

/**
 * The first output picture comes sooner than the display loop's (the worker builds it while the
 * page builds itself, and it is painted as it arrives) and is still the picture of the page's own
 * run: the one a load on request paints, and on a saved experiment's page the experiment's.
 */
class FirstPictureTest {
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
    void theFirstPictureIsThePictureALoadOnRequestPaints() {
        page.open(HASH);
        String ahead = (String) page.js("return window.firstPicture");
        assertNotNull(ahead, "the output picture was put");

        page.open("");
        page.js("window.pictures = 0; location.hash = arguments[0]", HASH); // a load on request
        page.waitUntil("window.pictures > 0", 10_000, "the page painted the address's run");
        assertEquals(ahead, page.js("return window.lastPicture"), "the same run, bit for bit");
    }

    @Test
    void aSavedExperimentsFirstPictureIsItsOwn() {
        String id = new Http(SITE.baseUrl()).post("/api/experiments",
                "{\"config\":{\"dataset\":\"xor\",\"hiddenLayers\":[4,2],\"seed\":7}}").json().path("id").asText();
        // the address has no hash (the defaults' run); the page loads the experiment's
        SITE.browser().openAndWaitUntilReady(SITE.baseUrl() + "/e/" + id);
        page.waitUntil("document.documentElement.dataset.page === 'ready'", 30_000, "the first frame");
        String first = (String) page.js("return window.firstPicture");

        page.open(String.join("&", "dataset=xor", "hiddenLayers=4,2", "seed=7"));
        assertEquals(page.js("return window.lastPicture"), first, "the experiment's picture came first");
    }
}
