package playground.server.page;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import playground.config.Config;
import playground.config.HashCodec;
import playground.config.Limits;
import playground.config.Schema;
import playground.server.testing.ServerAndBrowser;
import playground.server.testing.Wait;
import java.time.Duration;

/** The playground as a reader uses it: data sets, training, the pictures, editing, custom data. */
class PlaygroundPageTest {
    @RegisterExtension
    static final ServerAndBrowser SITE = new ServerAndBrowser();
    private static PlaygroundPage page;

    @BeforeAll
    static void start() {
        page = new PlaygroundPage(SITE);
    }

    private Config config() {
        return HashCodec.decode(page.hash(), Limits.BROWSER).config();
    }

    @Test
    void everyDataSetIsDrawnInBothColoursToPickFrom() {
        page.open("");
        for (String problem : Schema.PROBLEMS) {
            page.choose(Schema.PROBLEM, problem);
            for (String dataset : Schema.datasetsFor(problem)) {
                if (dataset.equals(Schema.CUSTOM)) continue;
                String canvas = "button[data-dataset='" + dataset + "'] canvas";
                long[] counts = hueCounts(canvas);
                assertTrue(counts[0] > 20 && counts[1] > 20,
                        problem + " " + dataset + " thumbnail shows orange and blue points, got " + counts[0] + " / "
                                + counts[1]);
            }
        }
    }

    /** Pixels that are clearly orange (red over blue) and clearly blue: [orange, blue]. */
    private long[] hueCounts(String selector) {
        @SuppressWarnings("unchecked")
        List<Long> c = (List<Long>) page.js("const c = document.querySelector(arguments[0]);"
                + "const d = c.getContext('2d').getImageData(0, 0, c.width, c.height).data;"
                + "let o = 0, b = 0; for (let i = 0; i < d.length; i += 4) { if (d[i + 3] < 200) continue;"
                + " if (d[i] - d[i + 2] > 80) o++; else if (d[i + 2] - d[i] > 80) b++; } return [o, b];", selector);
        return new long[] {c.get(0), c.get(1)};
    }

    @Test
    void choosingADataSetDrawsItsPointsOnTheOutput() {
        page.open("");
        for (String dataset : Schema.CLASSIFICATION_DATASETS) {
            if (dataset.equals(Schema.CUSTOM)) continue;
            page.click("button[data-dataset='" + dataset + "']");
            page.waitUntil("location.hash.includes('dataset=" + dataset + "')", 5_000, dataset + " chosen");
            page.waitUntil("document.querySelector(\"button[data-dataset='" + dataset + "']\")"
                    + ".getAttribute('aria-pressed') === 'true'", 5_000, dataset + " marked");
            Wait.pause(300);
            long[] counts = page.paletteCounts(".points-layer");
            assertTrue(counts[0] > 100 && counts[1] > 100, dataset + ": both classes on the output picture, got "
                    + counts[0] + " / " + counts[1]);
        }
    }

    @Test
    void playingLowersTheLossTheReaderSeesAndChangesThePicture() {
        page.open("");
        double before = page.number("#test-loss");
        String picture = page.pixels("#output-canvas");
        page.trainTo(150);
        Wait.pause(200);
        double after = page.number("#test-loss");
        assertTrue(after < before * 0.8, "test loss fell from " + before + " to " + after);
        assertTrue(page.number("#train-loss") < before, "training loss fell too");
        assertNotEquals(picture, page.pixels("#output-canvas"), "the output picture changed");
        assertTrue(page.text("#accuracy-test").endsWith("%"), "accuracy shown");
        int epoch = page.epoch();
        Wait.pause(500);
        assertEquals(epoch, page.epoch(), "pausing stops training");
    }

    @Test
    void stepTrainsExactlyOneEpochAndReplayStartsFromTheSameWeights() {
        page.open("");
        String start = page.pixels("#output-canvas");
        double loss = page.number("#test-loss");
        page.click("[data-control='step']");
        page.waitUntil("document.querySelector('#epoch').textContent === '1'", 5_000, "epoch 1");
        page.trainTo(20);
        page.click("[data-control='replay']");
        page.waitUntil("document.querySelector('#epoch').textContent === '0'", 5_000, "epoch 0 again");
        Wait.pause(200);
        assertEquals(loss, page.number("#test-loss"), "same start, same loss");
        assertEquals(start, page.pixels("#output-canvas"), "same start, same picture");
        int seed = config().seed;
        page.click("[data-control='reset']");
        page.waitUntil("location.hash.includes('&seed=" + seed + "&initSeed=" + (seed + 1) + "&')", 5_000,
                "Reset: the next weights' seed, the same data seed");
    }

    @Test
    void theLossChartShowsItsValuesOnHover() {
        page.open("");
        page.trainTo(30);
        Wait.pause(300);  // a frame asked for before the pause may still arrive
        page.js("const c = document.querySelector('#loss-chart'); const r = c.getBoundingClientRect();"
                + "c.dispatchEvent(new MouseEvent('mousemove', {bubbles: true, clientX: r.right - 4, clientY: r.y + 10}));");
        assertTrue(page.shown("#card"));
        String card = page.text("#card");
        assertTrue(card.startsWith("Epoch " + page.epoch()), card);
        String shown = card.replaceAll(".*Test loss ([0-9.]+).*", "$1");
        assertEquals(page.number("#test-loss"), Double.parseDouble(shown), 0.0005, "the last point's test loss");
    }

    @Test
    void regressionShowsRSquaredAndRmse() {
        page.open("problem=regression&dataset=plane");
        page.trainTo(20);
        String metrics = page.text("#metrics");
        assertTrue(metrics.contains("Test R²") && metrics.contains("Test RMSE"), metrics);
        assertFalse(metrics.contains("accuracy"), metrics);
    }

    @Test
    void theGradientViewChartsLayersAndColoursLinksByGradient() {
        page.open("activation=sigmoid&hiddenLayers=6,6,6,6");
        page.trainTo(15);
        assertTrue(page.text("#gradient-panel").contains("Layer 1") && page.text("#gradient-panel").contains("Output layer"));
        long drawn = (Long) page.js("const c = document.querySelector('#gradient-chart');"
                + "const d = c.getContext('2d').getImageData(0, 0, c.width, c.height).data;"
                + "let n = 0; for (let i = 3; i < d.length; i += 4) if (d[i] > 0) n++; return n;");
        assertTrue(drawn > 200, "lines drawn: " + drawn);
        assertEquals("worker", page.js("return document.querySelector('#diagram').dataset.paintedBy"),
                "the worker paints the diagram");
        Wait.pause(500);  // a frame asked for before the pause may still arrive
        String byWeight = page.screenshotOf("#diagram");
        assertEquals(byWeight, page.screenshotOf("#diagram"), "a paused diagram stands still");
        page.click("#links-by-gradient");
        Wait.pause(300);
        assertNotEquals(byWeight, page.screenshotOf("#diagram"), "the links change colour");
    }

    /** Browsers without OffscreenCanvas paint the diagram on the page; ?diagram=page takes that path. */
    @Test
    void theDiagramIsPaintedOnThePageWhereItCannotBeHandedToTheWorker() {
        page.open("diagram=page", "hiddenLayers=3");
        assertEquals("page", page.js("return document.querySelector('#diagram').dataset.paintedBy"));
        page.trainTo(5);
        Wait.pause(300);
        long[] counts = hueCountsOfDiagram();
        assertTrue(counts[0] + counts[1] > 500, "links and neuron pictures painted: " + counts[0] + " / " + counts[1]);
        String before = page.pixels("#diagram");
        page.click("#links-by-gradient");
        Wait.pause(300);
        assertNotEquals(before, page.pixels("#diagram"), "the links change colour");
    }

    private long[] hueCountsOfDiagram() {
        @SuppressWarnings("unchecked")
        List<Long> c = (List<Long>) page.js("const c = document.querySelector('#diagram');"
                + "const d = c.getContext('2d').getImageData(0, 0, c.width, c.height).data;"
                + "let o = 0, b = 0; for (let i = 0; i < d.length; i += 4) { if (d[i + 3] < 200) continue;"
                + " if (d[i] - d[i + 2] > 80) o++; else if (d[i + 2] - d[i] > 80) b++; } return [o, b];");
        return new long[] {c.get(0), c.get(1)};
    }

    @Test
    void theColourBlindPaletteRepaintsAndTravelsInTheLink() {
        page.open("");
        long before = page.paletteCounts(".points-layer")[0];
        assertTrue(before > 500, "the reference's orange");
        page.js("document.querySelector('[data-control=colorblind]').click()");
        page.waitUntil("location.hash.includes('colorblind=true')", 5_000, "in the hash");
        Wait.pause(300);
        long after = page.paletteCounts(".points-layer")[0];
        assertTrue(after < before / 4, "the reference's orange is gone (but for edges): " + before + " → " + after);
        long deepOrange = (Long) page.js("const c = document.querySelector('.points-layer');"
                + "const d = c.getContext('2d').getImageData(0, 0, c.width, c.height).data; let n = 0;"
                + "for (let i = 0; i < d.length; i += 4) if (Math.abs(d[i] - 214) < 12 && Math.abs(d[i + 1] - 106) < 12"
                + " && d[i + 2] < 12) n++; return n;");
        assertTrue(deepOrange > 500, "the colour-blind palette's orange: " + deepOrange);
    }

    @Test
    void trainingStopsAtTheChosenEpoch() {
        page.open("");
        page.js("const s = document.querySelector('.run-settings input[type=number]'); s.value = '7';"
                + "s.dispatchEvent(new Event('change', {bubbles: true}));");
        page.click("#play");
        page.waitUntil("!document.querySelector('#play').classList.contains('playing')"
                + " && document.querySelector('#epoch').textContent === '7'", 10_000, "a stop at epoch 7");
        Wait.pause(300);
        assertEquals(7, page.epoch(), "and no further");
    }

    @Test
    void editingAWeightOrABiasChangesTheOutput() {
        page.open("");
        String before = page.pixels("#output-canvas");
        // hover the middle of the link from X₁ to the first neuron: its card shows the weight
        String pointer = "const from = document.querySelector(\"button[data-feature='x1']\").getBoundingClientRect();"
                + "const to = document.querySelector(\"button[data-node='2']\").getBoundingClientRect();"
                + "const at = {bubbles: true, clientX: (from.right + to.left) / 2,"
                + " clientY: (from.top + from.bottom + to.top + to.bottom) / 4};";
        page.js(pointer + "document.querySelector('#diagram').dispatchEvent(new MouseEvent('mousemove', at));");
        assertTrue(page.shown("#card"), "hovering a link shows a card");
        String card = page.text("#card");
        assertTrue(card.startsWith("Weight") && card.contains("from X₁ to neuron 1 of hidden layer 1"), card);
        page.js(pointer + "document.querySelector('#diagram').dispatchEvent(new MouseEvent('click', at));");
        assertTrue(page.shown("#parameter-editor"), "clicking a link opens the editor");
        page.js("document.querySelector('#parameter-editor input').value = 'lots'");
        page.click("#editor-apply");
        assertTrue(page.text("#parameter-editor .error").contains("number"), "a bad value is refused in words");
        page.js("document.querySelector('#parameter-editor input').value = '4'");
        page.click("#editor-apply");
        assertFalse(page.shown("#parameter-editor"), "applied and closed");
        waitForPictureChange(before);

        // the output neuron's bias, through its button (the keyboard's way in)
        String afterWeight = page.pixels("#output-canvas");
        page.click(".output-node");
        assertTrue(page.text("#parameter-editor h3").contains("output"), page.text("#parameter-editor h3"));
        page.js("document.querySelector('#parameter-editor input').value = '-3'");
        page.click("#editor-apply");
        waitForPictureChange(afterWeight);
    }

    private void waitForPictureChange(String before) {
        Wait.until("the output picture changes", Duration.ofSeconds(5),
                () -> !before.equals(page.pixels("#output-canvas")));
    }

    @Test
    void divergenceIsExplainedInWordsWithAFix() {
        page.open("problem=regression&dataset=plane&activation=relu&learningRate=10&hiddenLayers=8,8");
        page.click("#play");
        page.waitUntil("document.querySelector('#diverged').checkVisibility()", 20_000, "divergence shown");
        String message = page.text("#diverged");
        assertTrue(message.contains("learning rate 10 is too large"), message);
        assertTrue(message.contains("try 1"), message);
        assertFalse(Boolean.TRUE.equals(page.js("return document.querySelector('#play').classList.contains('playing')")),
                "training stopped");
        page.click("#diverged button");
        page.waitUntil("location.hash.includes('learningRate=1&')", 5_000, "the suggested rate chosen");
        page.waitUntil("!document.querySelector('#diverged').checkVisibility()", 5_000, "a fresh start");
        assertEquals("0", page.text("#epoch"));
    }

    @Test
    void clickingTheOutputAddsAndRemovesCustomPoints() {
        page.open("");
        int generated = 500;
        page.click("#add-points");  // clicks change the points only in the add mode (TouchPointsTest)
        page.js("const c = document.querySelector('.points-layer'); const r = c.getBoundingClientRect();"
                + "c.dispatchEvent(new MouseEvent('click', {bubbles: true, clientX: r.x + r.width * 0.25,"
                + " clientY: r.y + r.height * 0.25}));");
        page.waitUntil("location.hash.includes('dataset=custom')", 5_000, "custom data");
        Config c = config();
        assertEquals(generated + 1, c.numCustomPoints(), "the generated points plus the new one");
        double[] p = c.customPoints;
        int last = p.length - 3;
        assertEquals(-3.0, p[last], 0.2, "x1 where clicked");
        assertEquals(3.0, p[last + 1], 0.2, "x2 where clicked");
        assertEquals(1.0, p[last + 2], "the chosen class (blue)");

        page.js("const c = document.querySelector('.points-layer'); const r = c.getBoundingClientRect();"
                + "c.dispatchEvent(new MouseEvent('click', {bubbles: true, shiftKey: true,"
                + " clientX: r.x + r.width * 0.9, clientY: r.y + r.height * 0.1}));");
        page.waitUntil("location.hash.split('customPoints=')[1].split('&')[0].split(',').length === "
                + 3 * (generated + 2), 5_000, "a second point");
        assertEquals(-1.0, config().customPoints[3 * (generated + 2) - 1], "shift-click adds the other class");

        page.js("const c = document.querySelector('.points-layer'); const r = c.getBoundingClientRect();"
                + "c.dispatchEvent(new MouseEvent('click', {bubbles: true, altKey: true,"
                + " clientX: r.x + r.width * 0.9, clientY: r.y + r.height * 0.1}));");
        page.waitUntil("location.hash.split('customPoints=')[1].split('&')[0].split(',').length === "
                + 3 * (generated + 1), 5_000, "the point removed");
    }

    @Test
    void choosingCustomStartsFromThePointsOnScreen() {
        page.open("dataset=moons&points=200");
        page.click("button[data-dataset='custom']");
        page.waitUntil("location.hash.includes('dataset=custom')", 5_000, "custom data");
        assertEquals(200, config().numCustomPoints());
        assertTrue(page.js("return document.querySelector('[data-control=points] input').disabled")
                .equals(Boolean.TRUE), "the number of points means nothing for custom data");
    }

    @Test
    void csvWithABadRowNamesItAndGoodCsvBecomesTheData() {
        page.open("");
        page.click("#csv-open");
        assertTrue(page.shown("#csv-text"), "the CSV box opens");
        page.js("document.querySelector('#csv-text').value = arguments[0]", "x1,x2,label\n1,2,1\n3,4,7\n");
        page.click("#csv-apply");
        String error = page.text("#csv-error");
        assertTrue(error.contains("row 3") && error.contains("label"), error);
        assertTrue(page.shown("#csv-text"), "the box stays open to fix it");
        page.js("document.querySelector('#csv-text').value = arguments[0]", "x1,x2,label\n1,2,1\n3,4,-1\n-2,0.5,1\n");
        page.click("#csv-apply");
        page.waitUntil("location.hash.includes('dataset=custom')", 5_000, "custom data");
        assertEquals(3, config().numCustomPoints());
        assertFalse(page.shown("#csv-text"), "closed");
    }

    @Test
    void layersAndNeuronsAreAddedAndRemovedAndTheDiagramRedraws() {
        page.open("");
        assertEquals("2 hidden layers", page.text("#layers-text"));
        int links = linkCount();
        assertEquals(2 * 4 + 4 * 2 + 2, links);
        page.click("[data-control='hiddenLayers'] button[aria-label='Add a hidden layer']");
        page.waitUntil("document.querySelector('#layers-text').textContent === '3 hidden layers'", 5_000, "3 layers");
        assertEquals(2 * 4 + 4 * 2 + 2 * 2 + 2, linkCount());
        page.click(".net-column:nth-child(2) button[aria-label='Add a neuron']");
        page.waitUntil("location.hash.includes('hiddenLayers=5,2,2')", 5_000, "5 neurons in the first layer");
        assertEquals(2 * 5 + 5 * 2 + 2 * 2 + 2, linkCount());
        page.click("button[data-feature='x1sq']");
        page.waitUntil("location.hash.includes('features=x1,x2,x1sq')", 5_000, "a third feature");
        assertEquals(3 * 5 + 5 * 2 + 2 * 2 + 2, linkCount());
        page.click("[data-control='hiddenLayers'] button[aria-label='Remove a hidden layer']");
        page.waitUntil("location.hash.includes('hiddenLayers=5,2&')", 5_000, "2 layers again");
    }

    private int linkCount() {
        return Integer.parseInt((String) page.js("return document.querySelector('#diagram').dataset.links"));
    }
}
