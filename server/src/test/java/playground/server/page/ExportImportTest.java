package playground.server.page;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import playground.config.Config;
import playground.config.HashCodec;
import playground.core.Json;
import playground.config.Limits;
import playground.core.Numbers;
import playground.server.testing.ServerAndBrowser;

/** What the export buttons hand over, and a model file imported back into a fresh page (docs/page.md). */
class ExportImportTest {
    @RegisterExtension
    static final ServerAndBrowser SITE = new ServerAndBrowser();
    private static PlaygroundPage page;

    @BeforeAll
    static void start() {
        page = new PlaygroundPage(SITE);
    }

    private static void catchDownloads() {
        page.catchDownloads();
    }

    private static String download(String name) {
        return page.downloadText(name);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> parse(String json) {
        return (Map<String, Object>) Json.parse(json);
    }

    /** The training state in a model file: the file itself, or its "snapshot" once wrapped as a model file. */
    @SuppressWarnings("unchecked")
    private static Map<String, Object> state(Map<String, Object> file) {
        return file.containsKey("snapshot") ? (Map<String, Object>) file.get("snapshot") : file;
    }

    private static double[] numbers(Object list) {
        List<?> l = (List<?>) list;
        double[] d = new double[l.size()];
        for (int i = 0; i < d.length; i++) d[i] = ((Number) l.get(i)).doubleValue();
        return d;
    }

    @Test
    void aModelFileImportsIntoAFreshPageWithTheSameWeightsAndEpoch() {
        page.open("dataset=xor&activation=relu&hiddenLayers=5,3&learningRate=0.1");
        page.trainTo(25);
        catchDownloads();
        page.click("#export-model");
        String exported = download("playground-model.json");
        Map<String, Object> model = state(parse(exported));
        int epoch = ((Number) model.get("epoch")).intValue();
        assertTrue(epoch >= 25, "trained epochs recorded: " + epoch);
        String testLoss = page.text("#test-loss");

        page.open("");  // a fresh page with the default experiment
        page.js("const input = document.querySelector('#import-model'); const t = new DataTransfer();"
                + "t.items.add(new File([arguments[0]], 'model.json', {type: 'application/json'}));"
                + "input.files = t.files; input.dispatchEvent(new Event('change', {bubbles: true}));", exported);
        page.waitUntil("document.querySelector('#epoch').textContent.replace(/[^0-9]/g, '') === '" + epoch + "'",
                10_000, "the imported epoch");
        Config config = HashCodec.decode(page.hash(), Limits.BROWSER).config();
        assertEquals(Config.fromMap(parse(Json.write(model.get("config"))), Limits.BROWSER), config,
                "the page took the model's configuration");
        assertEquals("relu", page.chosen("activation"));
        assertEquals(testLoss, page.text("#test-loss"), "the same loss");

        catchDownloads();
        page.click("#export-model");
        Map<String, Object> again = state(parse(download("playground-model.json")));
        assertEquals(epoch, ((Number) again.get("epoch")).intValue());
        assertArrayEquals(numbers(model.get("weights")), numbers(again.get("weights")), "the same weights");
        assertArrayEquals(numbers(model.get("biases")), numbers(again.get("biases")), "the same biases");

        // training on from the import continues the history
        page.click("[data-control='step']");
        page.waitUntil("document.querySelector('#epoch').textContent.replace(/[^0-9]/g, '') === '" + (epoch + 1) + "'",
                5_000, "one more epoch");
    }

    @Test
    void aBrokenModelFileIsRefusedInWords() {
        page.open("");
        page.js("const input = document.querySelector('#import-model'); const t = new DataTransfer();"
                + "t.items.add(new File(['{\"weights\": [1, 2'], 'model.json'));"
                + "input.files = t.files; input.dispatchEvent(new Event('change', {bubbles: true}));");
        page.waitUntil("document.querySelector('#notice').checkVisibility()", 5_000, "a notice");
        String notice = page.text("#notice");
        assertTrue(notice.contains("model file") && notice.contains("JSON"), notice);
        assertEquals("0", page.text("#epoch"), "the page keeps its experiment");
        page.click("[data-control='step']");
        page.waitUntil("document.querySelector('#epoch').textContent === '1'", 5_000, "the kept run trains on");
    }

    @Test
    void lossHistoryDataAndPictureAreOfferedAsFiles() {
        page.open("");
        page.trainTo(10);
        catchDownloads();
        int epoch = page.epoch();
        page.click("button[data-i18n='export.lossCsv']");
        String[] loss = download("loss-history.csv").trim().split("\n");
        assertEquals("epoch,trainLoss,testLoss", loss[0]);
        assertEquals(epoch + 2, loss.length, "a line per epoch, from epoch 0");
        assertTrue(loss[loss.length - 1].startsWith(epoch + ","));

        page.click("button[data-i18n='export.dataCsv']");
        String[] data = download("data.csv").trim().split("\n");
        assertEquals("x1,x2,label", data[0]);
        assertEquals(501, data.length, "500 points and the header");

        page.click("#export-png");
        page.waitUntil("window.downloads.some(d => d.name === 'playground.png')", 10_000, "the picture");
        assertEquals("image/png", page.js("return window.downloads.find(d => d.name === 'playground.png').blob.type"));
        long size = (Long) page.js("return window.downloads.find(d => d.name === 'playground.png').blob.size");
        assertTrue(size > 5_000, "a real picture, " + size + " bytes");
    }

    /**
     * The model as PyTorch and Keras scripts with the trained weights, and the maths panel as
     * MathML: written by the exports bundle the worker loads on the first request, in both runtimes.
     */
    @ParameterizedTest
    @ValueSource(strings = {"wasm", "js"})
    void scriptsCarryTheWeightsAndTheMathsPanelWritesMathMl(String runtime) {
        page.open("runtime=" + runtime, "hiddenLayers=3");
        page.trainTo(5);
        catchDownloads();
        page.click("#export-model");
        Map<String, Object> model = state(parse(download("playground-model.json")));
        double firstWeight = numbers(model.get("weights"))[0];

        page.click("button[data-i18n='export.pytorch']");
        String torch = download("playground_model.py");
        assertTrue(torch.contains("import torch") && torch.contains("nn.Linear(2, 3)") && torch.contains("nn.Tanh()"),
                torch);
        page.click("button[data-i18n='export.keras']");
        String keras = download("playground_keras.py");
        assertTrue(keras.contains("keras") && keras.contains("Dense(3"), keras);
        String weight = Numbers.format(firstWeight);
        assertTrue(torch.contains(weight) && keras.contains(weight), "the trained weight " + weight + " in both");

        page.click("#math-details summary");
        page.waitUntil("!!document.querySelector('#math-body math')", 10_000, "MathML in the maths panel");
        String maths = page.text("#math-body");
        assertTrue(maths.contains("tanh"), maths);
        assertTrue((Long) page.js("return document.querySelectorAll('#math-body math').length") >= 3,
                "the loss, the features and the layers as formulas");
        assertTrue((Boolean) page.js("return document.querySelector('#math-body math').getBoundingClientRect().height > 10"),
                "rendered as maths");
    }
}
