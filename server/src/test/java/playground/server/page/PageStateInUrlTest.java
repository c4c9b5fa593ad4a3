package playground.server.page;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import playground.config.Config;
import playground.config.HashCodec;
import playground.config.Limits;
import playground.server.testing.ServerAndBrowser;

/** The whole experiment in the address; reload, back and forward; reference links (docs/configuration.md). */
class PageStateInUrlTest {
    /** A real TensorFlow Playground link, with two controls hidden. */
    static final String REFERENCE_LINK = "activation=relu&batchSize=10&dataset=xor&regDataset=reg-plane"
            + "&learningRate=0.03&regularizationRate=0&noise=0&networkShape=4,2&seed=0.64536&showTestData=false"
            + "&discretize=false&percTrainData=50&x=true&y=true&xTimesY=false&xSquared=false&ySquared=false"
            + "&cosX=false&sinX=false&cosY=false&sinY=false&collectStats=false&problem=classification"
            + "&initZero=false&hideText=false&learningRate_hide=true&noise_hide=true";

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

    private void reload() {
        page.js("document.documentElement.dataset.page = 'old'; location.reload()");
        page.waitUntil("document.documentElement.dataset.page === 'ready'", 30_000, "reloaded");
    }

    @Test
    void everyChangeIsWrittenToTheHashAndReloadRestoresIt() {
        page.open("");
        assertEquals(Config.defaults(), config(), "an empty hash is the defaults, written out in full");
        page.choose("activation", "relu");
        page.waitUntil("location.hash.includes('activation=relu')", 5_000, "activation in the hash");
        page.choose("learningRate", "0.3");
        page.click("button[data-dataset='spiral']");
        page.click("#show-test-data");
        page.waitUntil("location.hash.includes('showTestData=true')", 5_000, "view option in the hash");
        Config before = config();
        assertEquals("spiral", before.dataset);
        assertEquals(0.3, before.learningRate);

        reload();
        assertEquals(before, config(), "the same configuration after reload");
        assertEquals("relu", page.chosen("activation"));
        assertEquals("0.3", page.chosen("learningRate"));
        assertEquals("true", page.js("return document.querySelector(\"button[data-dataset='spiral']\")"
                + ".getAttribute('aria-pressed')"));
        assertEquals(Boolean.TRUE, page.js("return document.querySelector('#show-test-data').checked"));
    }

    @Test
    void backAndForwardRestoreEarlierStates() {
        page.open("");
        page.choose("activation", "relu");
        page.choose("activation", "sigmoid");
        page.waitUntil("location.hash.includes('activation=sigmoid')", 5_000, "sigmoid");
        page.js("history.back()");
        page.waitUntil("document.querySelector('[data-control=activation] select').value === 'relu'", 5_000,
                "back to relu");
        page.js("history.back()");
        page.waitUntil("document.querySelector('[data-control=activation] select').value === 'tanh'", 5_000,
                "back to tanh");
        page.js("history.forward()");
        page.waitUntil("document.querySelector('[data-control=activation] select').value === 'relu'", 5_000,
                "forward to relu");
        assertEquals("relu", config().activation);
    }

    @Test
    void draggingASliderWritesOneHistoryEntry() {
        page.open("");
        long length = (Long) page.js("return history.length");
        page.js("const s = document.querySelector('[data-control=noise] input');"
                + "for (const v of [5, 10, 15, 20]) { s.value = v; s.dispatchEvent(new Event('input', {bubbles: true})); }"
                + "s.dispatchEvent(new Event('change', {bubbles: true}));");
        page.waitUntil("location.hash.includes('noise=20')", 5_000, "noise 20");
        assertEquals(length + 1, (Long) page.js("return history.length"), "one entry for the whole drag");
        assertEquals("20", page.text("[data-control=noise] output"));
        page.js("history.back()");
        page.waitUntil("document.querySelector('[data-control=noise] input').value === '0'", 5_000, "noise 0 again");
    }

    @Test
    void aTensorFlowPlaygroundLinkOpensTheSameExperimentWithItsControlsHidden() {
        page.open(REFERENCE_LINK);
        Config c = config();
        assertEquals("relu", c.activation);
        assertEquals("xor", c.dataset);
        assertEquals(0.03, c.learningRate);
        assertEquals(50, c.trainPercent);
        assertEquals("relu", page.chosen("activation"));
        assertEquals("2 hidden layers", page.text("#layers-text"));
        assertEquals("4 neurons", page.text(".net-column:nth-child(2) .neuron-count"));
        assertEquals("true", page.js("return document.querySelector(\"button[data-dataset='xor']\")"
                + ".getAttribute('aria-pressed')"));
        assertEquals("true", page.js("return document.querySelector(\"button[data-feature='x1']\")"
                + ".getAttribute('aria-pressed')"));
        assertEquals("false", page.js("return document.querySelector(\"button[data-feature='x1x2']\")"
                + ".getAttribute('aria-pressed')"));
        assertFalse(page.shown("[data-control=learningRate]"), "learning rate hidden, as learningRate_hide says");
        assertFalse(page.shown("[data-control=noise]"), "noise hidden");
        assertTrue(page.shown("[data-control=activation]"), "other controls stay");
        assertTrue(page.shown("[data-control=batchSize]"));
        assertTrue(page.shown("#about"), "hideText=false keeps the text");

        page.open(REFERENCE_LINK.replace("hideText=false", "hideText=true"));
        assertFalse(page.shown("#about"), "hideText=true hides the text");
        assertTrue(page.shown("#output-canvas"));
    }

    @Test
    void aBrokenLinkSaysWhatIsWrongAndShowsTheDefaults() {
        page.open("activation=softsign");
        assertTrue(page.shown("#notice"));
        String notice = page.text("#notice");
        assertTrue(notice.contains("activation") && notice.contains("softsign"), notice);
        assertEquals("tanh", page.chosen("activation"));
    }

    @Test
    void copyLinkCopiesTheAddressOfExactlyThisExperiment() {
        page.open("");
        page.devTools("Browser.grantPermissions", Map.of("permissions",
                List.of("clipboardReadWrite", "clipboardSanitizedWrite")));
        page.choose("activation", "linear");
        page.click("#copy-link");
        page.waitUntil("document.querySelector('#notice').checkVisibility()", 5_000, "the notice");
        assertTrue(page.text("#notice").startsWith("Link copied"), page.text("#notice"));
        Object copied = page.js("return navigator.clipboard.readText()");
        assertEquals(page.js("return location.href"), copied);
    }
}
