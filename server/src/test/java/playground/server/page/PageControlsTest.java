package playground.server.page;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javax.imageio.ImageIO;
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

/**
 * The controls and pictures of docs/page.md that a reader of TensorFlow Playground looks for: every
 * hyper-parameter with the reference's choices, the data sliders, regenerate, the class toggles,
 * speed and stop-at-loss, the feature and neuron pictures, the output's toggles and the metrics.
 */
class PageControlsTest {
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

    @SuppressWarnings("unchecked")
    private List<String> options(String control) {
        return (List<String>) page.js("return [...document.querySelectorAll('[data-control=\"' + arguments[0]"
                + " + '\"] select option')].filter(o => !o.hidden).map(o => o.value)", control);
    }

    private List<Double> numbers(String control) {
        List<Double> out = new ArrayList<>();
        for (String v : options(control)) out.add(Double.parseDouble(v));
        return out;
    }

    @Test
    void everyHyperParameterOffersTheSchemasChoicesAndEachChoiceReachesTheExperiment() {
        page.open("");
        assertEquals(Schema.LEARNING_RATES, numbers(Schema.LEARNING_RATE), "the reference's learning rates");
        assertEquals(List.of(0.00001, 0.0001, 0.001, 0.003, 0.01, 0.03, 0.1, 0.3, 1.0, 3.0, 10.0),
                numbers(Schema.LEARNING_RATE), "0.00001 … 10, as TensorFlow Playground offers them");
        assertEquals(Schema.REGULARIZATION_RATES, numbers(Schema.REGULARIZATION_RATE));
        assertEquals(Schema.ACTIVATIONS, options(Schema.ACTIVATION));
        assertEquals(Schema.REGULARIZATIONS, options(Schema.REGULARIZATION));
        assertEquals(Schema.PROBLEMS, options(Schema.PROBLEM));
        assertEquals(List.of("2", "3", "4", "5"), options(Schema.CLASSES));
        assertEquals(Schema.OPTIMIZERS, options(Schema.OPTIMIZER));
        assertEquals(Schema.LOSSES, options(Schema.LOSS));
        assertEquals(Schema.INITS, options(Schema.INIT));

        page.choose(Schema.ACTIVATION, "leakyrelu");
        page.choose(Schema.REGULARIZATION, "l2");
        page.choose(Schema.REGULARIZATION_RATE, "0.003");
        page.choose(Schema.OPTIMIZER, "adam");
        page.choose(Schema.LOSS, "crossentropy");
        page.choose(Schema.INIT, "xavier");
        page.choose(Schema.LEARNING_RATE, "0.00001");
        page.click("button[data-dataset='spiral']");
        page.choose(Schema.CLASSES, "4");
        page.waitUntil("location.hash.includes('classes=4')", 5_000, "four classes");
        Config c = config();
        assertEquals(List.of("leakyrelu", "l2", "adam", "crossentropy", "xavier", "spiral"),
                List.of(c.activation, c.regularization, c.optimizer, c.loss, c.init, c.dataset));
        assertEquals(0.003, c.regularizationRate);
        assertEquals(0.00001, c.learningRate);
        assertEquals(4, c.classes);
        assertEquals(4, (Long) page.js("return document.querySelectorAll('.output-node').length"),
                "a softmax output neuron per class");

        page.choose(Schema.PROBLEM, "regression");
        page.waitUntil("location.hash.includes('problem=regression')", 5_000, "regression");
        assertEquals(Boolean.TRUE, page.js("return document.querySelector('[data-control=classes] select').disabled"),
                "classes mean nothing for regression");
        assertEquals(Boolean.TRUE, page.js("return document.querySelector(\"[data-control=loss] option[value=crossentropy]\")"
                + ".disabled"), "cross-entropy is for classification only");
    }

    /** Moves a slider as a drag would and lets go. */
    private void slide(String control, int value) {
        page.js("const s = document.querySelector('[data-control=\"' + arguments[0] + '\"] input'); s.value = arguments[1];"
                + "s.dispatchEvent(new Event('input', {bubbles: true})); s.dispatchEvent(new Event('change', {bubbles: true}));",
                control, value);
    }

    @Test
    void theDataSlidersAndRegenerateChangeTheDataOnThePicture() {
        page.open("");
        String points = page.pixels(".points-layer");
        slide(Schema.POINTS, 100);
        page.waitUntil("location.hash.includes('points=100&')", 5_000, "100 points");
        Wait.pause(300);
        assertNotEquals(points, page.pixels(".points-layer"), "fewer points drawn");
        long hundred = page.paletteCounts(".points-layer")[0] + page.paletteCounts(".points-layer")[1];

        slide(Schema.TRAIN_PERCENT, 90);
        page.waitUntil("location.hash.includes('trainPercent=90')", 5_000, "90% training data");
        Wait.pause(300);
        long ninety = page.paletteCounts(".points-layer")[0] + page.paletteCounts(".points-layer")[1];
        assertTrue(ninety > hundred * 1.3, "more training points drawn: " + hundred + " → " + ninety);
        assertEquals("90%", page.text("[data-control=trainPercent] output"));

        slide(Schema.BATCH_SIZE, 25);
        page.waitUntil("location.hash.includes('batchSize=25')", 5_000, "batch size 25");
        assertEquals("25", page.text("[data-control=batchSize] output"));

        String before = page.pixels(".points-layer");
        int seed = config().seed;
        page.click("[data-control=regenerate]");
        page.waitUntil("location.hash.includes('&seed=" + (seed + 1) + "&initSeed=" + seed + "&')", 5_000,
                "a new data seed, the weights' seed kept");
        Wait.pause(300);
        assertNotEquals(before, page.pixels(".points-layer"), "new points");
    }

    @Test
    void theClassTogglesChooseWhatAClickAddsAndTheRemoveToggleDeletes() {
        page.open("dataset=custom&customPoints=1,1,1");
        page.click("#add-points");
        page.click(".class-buttons button:nth-child(1)");  // orange, −1
        page.js("const c = document.querySelector('.points-layer'); const r = c.getBoundingClientRect();"
                + "c.dispatchEvent(new MouseEvent('click', {bubbles: true, clientX: r.x + r.width * 0.75,"
                + " clientY: r.y + r.height * 0.75}));");
        page.waitUntil("location.hash.split('customPoints=')[1].split('&')[0].split(',').length === 6", 5_000,
                "a second point");
        double[] p = config().customPoints;
        assertEquals(3, p[3], 0.2, "x1 where clicked");
        assertEquals(-3, p[4], 0.2, "x2 where clicked");
        assertEquals(-1, p[5], "the orange class, as toggled");
        assertEquals("true", page.js("return document.querySelector('.class-buttons button:nth-child(1)')"
                + ".getAttribute('aria-pressed')"));
        page.click(".class-buttons button:last-child");  // remove
        page.js("const c = document.querySelector('.points-layer'); const r = c.getBoundingClientRect();"
                + "c.dispatchEvent(new MouseEvent('click', {bubbles: true, clientX: r.x + r.width * 0.75,"
                + " clientY: r.y + r.height * 0.75}));");
        page.waitUntil("location.hash.split('customPoints=')[1].split('&')[0] === '1,1,1'", 5_000,
                "the point removed again");
    }

    @Test
    void everyRegressionDataSetIsDrawnOnTheOutput() {
        page.open("problem=regression");
        Set<String> pictures = new HashSet<>();
        for (String dataset : Schema.datasetsFor(Schema.REGRESSION)) {
            if (dataset.equals(Schema.CUSTOM)) continue;
            page.click("button[data-dataset='" + dataset + "']");
            page.waitUntil("location.hash.includes('dataset=" + dataset + "')", 5_000, dataset);
            Wait.pause(300);
            long drawn = (Long) page.js("const c = document.querySelector('.points-layer');"
                    + "const d = c.getContext('2d').getImageData(0, 0, c.width, c.height).data;"
                    + "let n = 0; for (let i = 3; i < d.length; i += 4) if (d[i] > 200) n++; return n;");
            assertTrue(drawn > 5_000, dataset + ": points drawn on the output, " + drawn + " pixels");
            pictures.add(page.pixels(".points-layer"));
        }
        assertEquals(3, pictures.size(), "three different data sets");
    }

    @Test
    void anUploadedCsvFileBecomesTheData() {
        page.open("");
        page.click("#csv-open");
        page.js("const input = document.querySelector('#csv-file'); const t = new DataTransfer();"
                + "t.items.add(new File([arguments[0]], 'points.csv', {type: 'text/csv'}));"
                + "input.files = t.files; input.dispatchEvent(new Event('change', {bubbles: true}));",
                "x1,x2,label\n-2,1.5,1\n4,-4,-1\n");
        page.waitUntil("document.querySelector('#csv-text').value.includes('4,-4,-1')", 5_000, "the file in the box");
        page.click("#csv-apply");
        page.waitUntil("location.hash.includes('dataset=custom')", 5_000, "custom data");
        Config c = config();
        assertEquals(2, c.numCustomPoints());
        assertEquals(-2, c.customPoints[0]);
        assertEquals(-1, c.customPoints[5]);
    }

    @Test
    void aCsvFileOfAMillionRowsIsRefusedBeforeItIsRead() {
        page.open("");
        page.click("#csv-open");
        page.js("const input = document.querySelector('#csv-file'); const t = new DataTransfer();"
                + "t.items.add(new File(['x1,x2,label\\n' + '1,1,1\\n'.repeat(1000000)], 'big.csv', {type: 'text/csv'}));"
                + "input.files = t.files; input.dispatchEvent(new Event('change', {bubbles: true}));");
        page.waitUntil("document.querySelector('#csv-error').textContent.length > 0", 5_000, "the refusal");
        assertTrue(((String) page.js("return document.querySelector('#csv-error').textContent"))
                .contains("at most 200100 (2000 points) in the browser"));
        assertEquals("", page.js("return document.querySelector('#csv-text').value"), "the file is not read");

        page.js("const e = document.querySelector('#csv-text'); e.value = '1,1,1\\n'.repeat(2001);"
                + "e.dispatchEvent(new Event('input', {bubbles: true}));");
        page.click("#csv-apply");
        assertTrue(((String) page.js("return document.querySelector('#csv-error').textContent"))
                .contains("row 2001: more than 2000 points"));
    }

    @Test
    void theSpeedTrainsThatManyEpochsPerFrameAndTrainingStopsAtTheChosenLoss() {
        page.open("dataset=gauss");
        page.select(".run-settings select", "10");
        page.js("window.epochsSeen = []; new MutationObserver(() => window.epochsSeen.push("
                + "+document.querySelector('#epoch').textContent.replace(/[^0-9]/g, '')))"
                + ".observe(document.querySelector('#epoch'), {childList: true, characterData: true, subtree: true});");
        page.trainTo(100);
        @SuppressWarnings("unchecked")
        List<Long> seen = (List<Long>) page.js("return window.epochsSeen");
        assertTrue(seen.size() >= 3, "epochs shown: " + seen);
        for (long e : seen) assertEquals(0, e % 10, "ten epochs per frame: " + seen);

        page.open("dataset=gauss&noise=20");
        double start = page.number("#test-loss");
        double goal = Math.floor(start * 50) / 100;  // half the starting loss
        page.js("const s = document.querySelectorAll('.run-settings input')[1]; s.value = arguments[0];"
                + "s.dispatchEvent(new Event('change', {bubbles: true}));", Double.toString(goal));
        page.click("#play");
        page.waitUntil("!document.querySelector('#play').classList.contains('playing')"
                + " && +document.querySelector('#epoch').textContent > 0", 30_000, "a stop at the loss");
        double loss = page.number("#test-loss");
        assertTrue(loss <= goal + 0.0005, "stopped at test loss " + loss + " ≤ " + goal);
        int epoch = page.epoch();
        Wait.pause(400);
        assertEquals(epoch, page.epoch(), "and stays stopped");
    }

    /** Pixels of a canvas the page can read: how many are clearly orange and clearly blue. */
    private long[] hues(String selector, int index) {
        @SuppressWarnings("unchecked")
        List<Long> c = (List<Long>) page.js("const c = document.querySelectorAll(arguments[0])[arguments[1]];"
                + "const d = c.getContext('2d').getImageData(0, 0, c.width, c.height).data;"
                + "let o = 0, b = 0; for (let i = 0; i < d.length; i += 4) {"
                + " if (d[i] - d[i + 2] > 60) o++; else if (d[i + 2] - d[i] > 60) b++; } return [o, b];", selector, index);
        return new long[] {c.get(0), c.get(1)};
    }

    @Test
    void everyFeatureShowsItsOwnPicture() {
        page.open("");
        page.waitUntil("document.querySelectorAll('canvas.thumb').length === 9", 5_000, "nine feature pictures");
        Set<String> pictures = new HashSet<>();
        for (int i = 0; i < 9; i++) {
            long[] h = hues("canvas.thumb", i);
            boolean square = i == 2 || i == 3;  // x1², x2² are never negative
            assertTrue(h[1] > 50 && (square || h[0] > 50), "feature " + i + " shows its signs: " + h[0] + " / " + h[1]);
            pictures.add((String) page.js("return document.querySelectorAll('canvas.thumb')[arguments[0]]"
                    + ".toDataURL()", i));
        }
        assertEquals(9, pictures.size(), "nine different pictures");
    }

    private static BufferedImage image(String base64) {
        try {
            return ImageIO.read(new ByteArrayInputStream(Base64.getDecoder().decode(base64)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** How many different colours the screen shows inside a box (page coordinates relative to the shot). */
    private static int colours(BufferedImage shot, double x, double y, double w, double h) {
        Set<Integer> seen = new HashSet<>();
        for (int i = (int) x + 2; i < x + w - 2; i++) {
            for (int j = (int) y + 2; j < y + h - 2; j++) {
                if (i >= 0 && j >= 0 && i < shot.getWidth() && j < shot.getHeight()) seen.add(shot.getRGB(i, j));
            }
        }
        return seen.size();
    }

    @Test
    void everyNeuronShowsItsPictureAndHoveringShowsItLarge() {
        page.open("dataset=circle&features=x1,x2,x1sq,x2sq&hiddenLayers=5,3");
        page.trainTo(30);
        Wait.pause(200);
        BufferedImage shot = image(page.screenshotOf("#diagram"));
        @SuppressWarnings("unchecked")
        List<List<Number>> boxes = (List<List<Number>>) page.js("const d = document.querySelector('#diagram')"
                + ".getBoundingClientRect(); return [...document.querySelectorAll('button[data-node]')].map(b => {"
                + " const r = b.getBoundingClientRect(); return [r.x - d.x, r.y - d.y, r.width, r.height]; })");
        assertEquals(5 + 3 + 1, boxes.size());
        for (List<Number> b : boxes) {
            int n = colours(shot, b.get(0).doubleValue(), b.get(1).doubleValue(), b.get(2).doubleValue(),
                    b.get(3).doubleValue());
            assertTrue(n > 20, "a neuron at " + b + " shows a picture, not a flat colour: " + n + " colours");
        }

        page.js("const b = document.querySelector(\"button[data-node='4']\"); const r = b.getBoundingClientRect();"
                + "b.dispatchEvent(new MouseEvent('mousemove', {bubbles: true, clientX: r.x + 5, clientY: r.y + 5}));");
        assertTrue(page.shown("#card .card-picture"), "the card shows the picture");
        long[] large = hues("#card .card-picture", 0);
        assertTrue(large[0] + large[1] > 2000, "large and coloured: " + large[0] + " / " + large[1]);
        assertTrue(page.text("#card").toLowerCase().startsWith("neuron 1 of hidden layer 1")
                && page.text("#card").contains("Bias"),
                page.text("#card"));

        // the output neuron's card: its picture and its bias too
        page.js("const b = document.querySelector('.output-node'); const r = b.getBoundingClientRect();"
                + "b.dispatchEvent(new MouseEvent('mousemove', {bubbles: true, clientX: r.x + 5, clientY: r.y + 5}));");
        assertTrue(page.shown("#card .card-picture"), "the output's picture");
        String card = page.text("#card");
        assertTrue(card.toLowerCase().contains("output") && card.matches("(?s).*Bias -?[0-9.]+.*"), card);
    }

    @Test
    void linksShowTheirWeightsSignByColourAndSizeByWidth() {
        page.open("hiddenLayers=1&features=x1");
        // the one link into the hidden neuron: set it to +4 and read the screen at its middle, then −4
        int[] blue = linkColourAfterSetting("4");
        assertTrue(blue[2] > blue[0] + 60, "a large positive weight is blue: " + Arrays.toString(blue));
        int[] orange = linkColourAfterSetting("-4");
        assertTrue(orange[0] > orange[2] + 60, "a large negative weight is orange: " + Arrays.toString(orange));
        int thick = linkWidth();
        linkColourAfterSetting("0.1");
        int thin = linkWidth();
        assertTrue(thick >= thin + 4, "a large weight is drawn wider: " + thick + " px against " + thin + " px");
    }

    private int[] midpoint;

    private int[] linkColourAfterSetting(String value) {
        page.click("button[data-node='1']");
        page.js("const inputs = document.querySelectorAll('#parameter-editor input'); inputs[1].value = arguments[0];",
                value);
        page.click("#editor-apply");
        page.waitUntil("!document.querySelector('#parameter-editor').checkVisibility()", 5_000, "applied");
        Wait.pause(400);
        @SuppressWarnings("unchecked")
        List<Number> m = (List<Number>) page.js("const d = document.querySelector('#diagram').getBoundingClientRect();"
                + "const a = document.querySelector(\"button[data-feature='x1']\").getBoundingClientRect();"
                + "const b = document.querySelector(\"button[data-node='1']\").getBoundingClientRect();"
                + "return [(a.right + b.left) / 2 - d.x, (a.top + a.bottom + b.top + b.bottom) / 4 - d.y];");
        midpoint = new int[] {m.get(0).intValue(), m.get(1).intValue()};
        BufferedImage shot = image(page.screenshotOf("#diagram"));
        int rgb = shot.getRGB(midpoint[0], midpoint[1]);
        lastShot = shot;
        return new int[] {(rgb >> 16) & 255, (rgb >> 8) & 255, rgb & 255};
    }

    private BufferedImage lastShot;

    /** Height of the run of non-background pixels through the link's middle. */
    private int linkWidth() {
        int background = lastShot.getRGB(midpoint[0], 2);
        int x = midpoint[0];
        int top = midpoint[1];
        while (top > 0 && lastShot.getRGB(x, top - 1) != background) top--;
        int bottom = midpoint[1];
        while (bottom < lastShot.getHeight() - 1 && lastShot.getRGB(x, bottom + 1) != background) bottom++;
        return bottom - top + 1;
    }

    @Test
    void theOutputIsAHundredByHundredPictureWithDiscretizeAndTestDataToggles() {
        page.open("dataset=xor&features=x1,x2,x1x2&hiddenLayers=3");
        assertEquals(List.of(100L, 100L), page.js("const c = document.querySelector('#output-canvas');"
                + " return [c.width, c.height]"));
        page.trainTo(40);
        Wait.pause(200);
        long smooth = distinctColours("#output-canvas");
        assertTrue(smooth > 50, "a smooth output has many shades: " + smooth);
        page.click("#discretize");
        page.waitUntil("location.hash.includes('discretize=true')", 5_000, "discretized");
        long discrete = Wait.until("a discretized output is two colours", Duration.ofSeconds(5),
                () -> distinctColours("#output-canvas"), colours -> colours <= 2);
        assertEquals(2, discrete, "a discretized output is two colours");

        String without = page.pixels(".points-layer");
        long[] before = page.paletteCounts(".points-layer");
        page.click("#show-test-data");
        page.waitUntil("location.hash.includes('showTestData=true')", 5_000, "test data shown");
        Wait.pause(200);
        long[] after = page.paletteCounts(".points-layer");
        assertNotEquals(without, page.pixels(".points-layer"));
        assertTrue(after[0] + after[1] > (before[0] + before[1]) * 1.5, "the test points are drawn too: "
                + (before[0] + before[1]) + " → " + (after[0] + after[1]));
    }

    private long distinctColours(String selector) {
        return (Long) page.js("const c = document.querySelector(arguments[0]);"
                + "const d = c.getContext('2d').getImageData(0, 0, c.width, c.height).data; const s = new Set();"
                + "for (let i = 0; i < d.length; i += 4) s.add((d[i] << 16) | (d[i + 1] << 8) | d[i + 2]); return s.size;",
                selector);
    }

    @Test
    void classificationShowsAccuracyAndAConfusionMatrixOfTheTestSet() {
        page.open("dataset=gauss");
        page.trainTo(20);
        Wait.pause(200);
        @SuppressWarnings("unchecked")
        List<Long> cells = (List<Long>) page.js("return [...document.querySelectorAll('#metrics table.confusion td')]"
                + ".map(td => +td.textContent)");
        assertEquals(4, cells.size(), "2 × 2 cells");
        assertEquals(250, cells.stream().mapToLong(Long::longValue).sum(), "every test point counted once");
        double accuracy = (cells.get(0) + cells.get(3)) / 250.0 * 100;
        assertEquals(accuracy, Double.parseDouble(page.text("#accuracy-test").replace("%", "")), 0.06,
                "the accuracy is the diagonal's share");
        assertTrue(page.text("#metrics").contains("Training accuracy"), page.text("#metrics"));
    }
}
