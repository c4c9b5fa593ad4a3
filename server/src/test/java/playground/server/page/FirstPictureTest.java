package playground.server.page;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import playground.config.Config;
import playground.config.Limits;
import playground.server.testing.Http;
import playground.server.testing.ServerAndBrowser;
import playground.train.Snapshot;
import playground.train.TrainingRun;

/**
 * The first output picture comes before the worker's first answer (the page paints its run's
 * first picture itself while the worker builds the same run) and is still the picture of the
 * page's own run: the one a load on request paints (the worker's), and on a saved experiment's
 * page the experiment's, its trained state included.
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
            + "    if (window.firstPicture === undefined) {"
            + "      window.firstPicture = print; window.firstPictureAfterFrame = document.documentElement.dataset.page === 'ready';"
            + "    }"
            + "    window.lastPicture = print; window.pictures = (window.pictures ?? 0) + 1;"
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
        assertEquals(false, page.js("return window.firstPictureAfterFrame"), "painted before the worker's first frame");
        assertEquals(ahead, page.js("return window.lastPicture"), "the worker's first frame paints the same bits");

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

    @Test
    void aTrainedExperimentsFirstPictureIsItsTrainedOne() {
        TrainingRun run = new TrainingRun(Config.fromJson("{\"dataset\":\"circle\",\"seed\":3}", Limits.BROWSER));
        for (int i = 0; i < 30; i++) run.trainEpoch();
        String body = "{\"config\":" + run.config.toJson() + ",\"state\":" + Snapshot.toJson(run) + "}";
        String id = new Http(SITE.baseUrl()).post("/api/experiments", body).json().path("id").asText();

        SITE.browser().openAndWaitUntilReady(SITE.baseUrl() + "/e/" + id);
        page.waitUntil("document.documentElement.dataset.page === 'ready'", 30_000, "the first frame");
        page.waitUntil("document.getElementById('epoch')?.textContent.includes('30')", 10_000, "the trained state");
        assertEquals(page.js("return window.lastPicture"), page.js("return window.firstPicture"),
                "no fresh run's picture before the trained one");
    }
}
