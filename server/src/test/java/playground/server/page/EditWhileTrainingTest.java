package playground.server.page;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import playground.server.testing.ServerAndBrowser;

/**
 * Typing a neuron's bias while the network trains: the box shows the values from when it opened,
 * training moves them on meanwhile, and applying must change the bias alone.
 */
class EditWhileTrainingTest {
    @RegisterExtension
    static final ServerAndBrowser SITE = new ServerAndBrowser();
    private static PlaygroundPage page;

    @BeforeAll
    static void openPage() {
        page = new PlaygroundPage(SITE);
    }

    @Test
    void applyingABiasLeavesEveryOtherParameterWhereTrainingTookIt() {
        page.open("");
        page.play();
        page.waitUntil("+document.querySelector('#epoch').textContent.replace(/[^0-9]/g, '') >= 3", 30_000, "epoch 3");
        int node = 2; // neuron 1 of hidden layer 1, fed by X₁ and X₂
        page.click("button[data-node='" + node + "']");
        assertTrue(page.shown("#parameter-editor"), "the neuron's box is open");
        int opened = page.epoch();
        @SuppressWarnings("unchecked")
        List<String> boxValues = (List<String>) page.js(
                "return [...document.querySelectorAll('#parameter-editor input')].map(i => i.value)");
        assertEquals(3, boxValues.size(), "its bias and two incoming weights");
        page.waitUntil("+document.querySelector('#epoch').textContent.replace(/[^0-9]/g, '') >= " + (opened + 30),
                60_000, "training went on while the box was open");
        page.pause();
        Run trained = Run.of(page);

        page.js("document.querySelector('#parameter-editor input').value = '0.75'");
        page.click("#editor-apply");
        Run edited = Run.of(page);

        assertEquals(trained.epoch, edited.epoch, "no step between the two reads");
        assertEquals(0.75, edited.biases[node], "the bias has the typed value");
        for (int b = 0; b < trained.biases.length; b++) {
            if (b != node) assertEquals(trained.biases[b], edited.biases[b], "bias " + b + " untouched");
        }
        for (int w = 0; w < trained.weights.length; w++) {
            assertEquals(trained.weights[w], edited.weights[w], "weight " + w + " keeps its trained value");
        }
        // the box's old weights differ from the trained ones: writing them back would have shown
        double fromX1 = Double.parseDouble(boxValues.get(1));
        assertNotEquals(fromX1, edited.weights[0], 1e-6, "training moved the weight from X₁ after the box opened");
    }

    /** The worker's run, read through the page's fingerprint probe. */
    private record Run(String epoch, double[] weights, double[] biases) {
        static Run of(PlaygroundPage page) {
            String text = (String) page.js("return window.playgroundPage.fingerprint()");
            String epoch = null;
            double[] weights = null;
            double[] biases = null;
            for (String line : text.split("\n")) {
                String[] words = line.split(" ");
                if (words[0].equals("epoch")) epoch = words[1];
                if (words[0].equals("weights")) weights = values(words);
                if (words[0].equals("biases")) biases = values(words);
            }
            return new Run(epoch, weights, biases);
        }

        private static double[] values(String[] words) {
            double[] v = new double[words.length - 1];
            for (int i = 1; i < words.length; i++) v[i - 1] = Double.longBitsToDouble(Long.parseUnsignedLong(words[i], 16));
            return v;
        }
    }
}
