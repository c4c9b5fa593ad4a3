package playground.server.lessons;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import playground.nn.Activation;
import playground.nn.Examples;
import playground.nn.Feature;
import playground.nn.Loss;
import playground.nn.Network;
import playground.nn.Optimizer;
import playground.nn.OutputKind;
import playground.nn.Regularization;
import playground.nn.Trainer;
import playground.server.testing.Browser;
import playground.server.testing.ServerAndBrowser;
import playground.server.testing.TestServer;

/**
 * L5 in Chromium: the gradients the page shows equal central finite differences of the loss,
 * computed here on the JVM for the network the page shows, to 1e-6; the chain-rule products
 * equal the back-propagated gradients; and the update lowers the loss.
 */
class BackpropLessonTest {
    private static final String LESSON = "backprop";
    private static final String[] PARAMETERS = {"w₁₁", "w₁₂", "w₂₁", "w₂₂", "b₁", "b₂", "v₁", "v₂", "c"};
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
        pages.open(server.baseUrl() + "/lessons/backprop.html?lang=en&runtime=" + runtime);
        assertEquals(runtime, browser.script("return window.playground.runtime"));
    }

    /** The value shown in column {@code cell} of a table's row for the parameter. */
    private double cell(String table, String parameter, String cell) {
        return LessonPages.shown(pages.text(LESSON, "." + table + " tr[data-param=\"" + parameter + "\"] " + cell));
    }

    /** The page's network, rebuilt on the JVM from its exact weights, and its loss on the example. */
    private static final class JvmCopy {
        final Network net = new Network(new int[] {2, 2, 1}, Activation.SIGMOID, OutputKind.LINEAR);
        final Trainer trainer = new Trainer(net, Loss.MSE, Regularization.NONE, Optimizer.SGD, 0.1, 0, 1);
        final Examples example;

        JvmCopy(double[] weights, double[] biases, double[] xy) {
            System.arraycopy(weights, 0, net.weights, 0, 6);
            System.arraycopy(biases, 0, net.biases, 2, 3);
            example = new Examples(new Feature[] {Feature.X1, Feature.X2}, new double[] {xy[0]},
                    new double[] {xy[1]}, new double[] {xy[2]}, 1);
        }

        /** Parameter p in the lesson's order w11 w12 w21 w22 b1 b2 v1 v2 c, as an array and index. */
        double[] array(int p) {
            return p < 4 || (p >= 6 && p < 8) ? net.weights : net.biases;
        }

        int index(int p) {
            if (p < 4) return p;
            if (p < 6) return 2 + p - 4;
            if (p < 8) return 4 + p - 6;
            return 4;
        }

        double centralDifference(int p, double h) {
            double[] a = array(p);
            int i = index(p);
            double v = a[i];
            a[i] = v + h;
            double up = trainer.meanLoss(example);
            a[i] = v - h;
            double down = trainer.meanLoss(example);
            a[i] = v;
            return (up - down) / (2 * h);
        }
    }

    private JvmCopy copyOfThePage() {
        return new JvmCopy(pages.numbers(LESSON, "data-weights"), pages.numbers(LESSON, "data-biases"),
                pages.numbers(LESSON, "data-example"));
    }

    private void checkGradients() {
        if (Integer.parseInt(pages.attribute(LESSON, "data-stage")) < 5) {
            assertEquals(0L, browser.script("return document.querySelectorAll('.check-table tr[data-param]').length"),
                    "no answers to check before the backward pass has computed them");
            return;
        }
        JvmCopy jvm = copyOfThePage();
        for (int p = 0; p < PARAMETERS.length; p++) {
            double shown = cell("check-table", PARAMETERS[p], ".backprop");
            double numeric = jvm.centralDifference(p, 1e-6);
            assertEquals(numeric, shown, 1e-6, PARAMETERS[p] + ": back-propagation against finite differences");
            assertEquals(shown, cell("check-table", PARAMETERS[p], ".numeric"), 1e-6, PARAMETERS[p] + " in the page");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"wasm", "js"})
    void theShownGradientsEqualFiniteDifferencesAtEveryStep(String runtime) {
        open(runtime);
        checkGradients();
        for (int click = 0; click < 15; click++) {
            pages.click(LESSON, "next");
            checkGradients();
        }
        assertEquals("3", pages.text(LESSON, "[data-control=iteration] output"), "two updates later, the third step");
    }

    @Test
    void theBackwardPassShowsEachChainRuleFactorAndTheirProductIsTheGradient() {
        open();
        for (int click = 0; click < 4; click++) pages.click(LESSON, "next");
        assertEquals("4", pages.attribute(LESSON, "data-stage"));
        List<?> rows = (List<?>) browser.script("return [...document.querySelectorAll('.chain-table tbody tr[data-param]')]"
                + ".map(r => r.dataset.param)");
        assertEquals(List.of("v₁", "v₂", "c"), rows, "first the output layer");
        pages.click(LESSON, "next");
        rows = (List<?>) browser.script("return [...document.querySelectorAll('.chain-table tbody tr[data-param]')]"
                + ".map(r => r.dataset.param)");
        assertEquals(9, rows.size(), "then the hidden layer too");
        String factors = pages.text(LESSON, ".chain-table tr[data-param=\"w₂₁\"] td:nth-of-type(1)");
        assertEquals("(ŷ − y) · v₂ · σ'(z₂) · x₁", factors);
        for (String p : PARAMETERS) {
            assertEquals(cell("check-table", p, ".backprop"), cell("chain-table", p, "td:nth-of-type(3)"), 1e-6, p);
        }
    }

    @Test
    void theUpdateLowersTheLoss() {
        open();
        JvmCopy before = copyOfThePage();
        double lossBefore = before.trainer.meanLoss(before.example);
        for (int click = 0; click < 6; click++) pages.click(LESSON, "next");
        assertEquals("6", pages.attribute(LESSON, "data-stage"));
        pages.click(LESSON, "next");
        JvmCopy after = copyOfThePage();
        assertTrue(after.trainer.meanLoss(after.example) < lossBefore, "one step of gradient descent lowers the loss");
        assertEquals("2", pages.text(LESSON, "[data-control=iteration] output"));
    }
}
