package playground.server.lessons;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import playground.server.testing.Browser;
import playground.server.testing.ServerAndBrowser;
import playground.server.testing.TestServer;

/**
 * L3 in Chromium: the neuron's output shown is the activation of the weighted sum of the slider
 * values (computed here), and the two-layer network without a non-linearity is one straight
 * line whatever its weights, while with ReLU it bends.
 */
class NeuronLessonTest {
    private static final String LESSON = "neuron";
    @RegisterExtension
    static final ServerAndBrowser SITE = new ServerAndBrowser();
    private static TestServer server;
    private static Browser browser;
    private static LessonPages pages;

    @BeforeAll
    static void start() {
        server = SITE.server();
        browser = SITE.browser();
        pages = new LessonPages(browser);
    }

    private void open() {
        open("wasm");
    }

    private void open(String runtime) {
        pages.open(server.baseUrl() + "/lessons/neuron.html?lang=en&runtime=" + runtime);
        assertEquals(runtime, browser.script("return window.playground.runtime"));
    }

    /** Sets every slider; returns the weighted sum z = w·a + b of the values set. */
    private double set(double[] a, double[] w, double b) {
        double z = b;
        for (int i = 0; i < 4; i++) {
            pages.slide(LESSON, "a" + (i + 1), a[i]);
            pages.slide(LESSON, "w" + (i + 1), w[i]);
            z += w[i] * a[i];
        }
        pages.slide(LESSON, "b", b);
        return z;
    }

    private double shown(String name) {
        return LessonPages.shown(pages.text(LESSON, "output[data-value=" + name + "]"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"wasm", "js"})
    void theOutputIsReluOfTheWeightedSum(String runtime) {
        open(runtime);
        double z = set(new double[] {1.5, -0.5, 0.25, 2}, new double[] {0.8, 1.2, -2, 0.35}, -0.4);
        assertTrue(z > 0);
        assertEquals(z, shown("z"), 5e-4);
        assertEquals(Math.max(0, z), shown("a"), 5e-4);
        assertEquals(Math.max(0, z), pages.number(LESSON, "data-a"), 1e-12);

        double negative = set(new double[] {1, 1, 1, 1}, new double[] {-0.5, -0.25, 0.1, -1.5}, 0.3);
        assertTrue(negative < 0);
        assertEquals(negative, shown("z"), 5e-4);
        assertEquals(0, shown("a"), 0, "ReLU turns a negative sum into zero");
        String formula = pages.text(LESSON, ".neuron-equation .formula");
        assertTrue(formula.startsWith("a = ReLU(w₁·a₁ + w₂·a₂ + w₃·a₃ + w₄·a₄ + b)"), formula);
    }

    @Test
    void switchingTheActivationChangesTheOutput() {
        open();
        double z = set(new double[] {0.5, -1, 0.75, 0.2}, new double[] {1, 0.5, -0.6, 1.1}, -0.15);
        pages.choose(LESSON, "activation", "tanh");
        assertEquals(Math.tanh(z), shown("a"), 5e-4);
        pages.choose(LESSON, "activation", "sigmoid");
        assertEquals(1 / (1 + Math.exp(-z)), shown("a"), 5e-4);
        pages.choose(LESSON, "activation", "linear");
        assertEquals(z, shown("a"), 5e-4);
    }

    private double[] samples(String pair, String axis) {
        return LessonPages.parse((String) browser.script(
                "return document.querySelector('canvas[data-pair=\"" + pair + "\"]').getAttribute('data-" + axis + "')"));
    }

    /** The largest distance of a sample from the straight line through the first and last sample. */
    private double bend(String pair) {
        double[] x = samples(pair, "xs");
        double[] y = samples(pair, "ys");
        int n = x.length;
        double slope = (y[n - 1] - y[0]) / (x[n - 1] - x[0]);
        double worst = 0;
        for (int i = 0; i < n; i++) worst = Math.max(worst, Math.abs(y[0] + slope * (x[i] - x[0]) - y[i]));
        return worst;
    }

    @ParameterizedTest
    @ValueSource(strings = {"wasm", "js"})
    void withoutTheNonLinearityTwoLayersAreOneStraightLine(String runtime) {
        open(runtime);
        for (int round = 0; round < 3; round++) {
            assertTrue(bend("linear") < 1e-9, "linear hidden neurons give collinear samples: " + bend("linear"));
            assertTrue(bend("bent") > 0.1, "ReLU hidden neurons bend the line: " + bend("bent"));
            pages.click(LESSON, "shuffle");
        }
        assertTrue(pages.text(LESSON, ".collapse").contains("f(x) = "));
    }
}
