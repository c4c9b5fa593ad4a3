package playground.server.lessons;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import playground.server.testing.Browser;
import playground.server.testing.ServerAndBrowser;
import playground.server.testing.TestServer;

/**
 * L4 in Chromium: at every depth the deep narrow and the shallow wide network have about the
 * same number of parameters, and in the deep network with sigmoid the first layer's gradient is
 * a tiny fraction of the last layer's (vanishing), while with ReLU it is not.
 */
class DepthWidthLessonTest {
    private static final String LESSON = "depth-width";
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
        pages.open(server.baseUrl() + "/lessons/depth-width.html?lang=en");
    }

    private String side(String side, String attribute) {
        return (String) browser.script("return document.querySelector('[data-side=\"" + side + "\"] .parameters')"
                + ".getAttribute(arguments[0])", attribute);
    }

    private int parameters(String side) {
        return Integer.parseInt(side(side, "data-parameters"));
    }

    @Test
    void bothNetworksHaveAboutTheSameNumberOfParametersAtEveryDepth() {
        open();
        for (int depth = 2; depth <= 8; depth++) {
            pages.slide(LESSON, "depth", depth);
            int deep = parameters("deep");
            int wide = parameters("wide");
            assertTrue(Math.abs(deep - wide) <= 0.2 * deep, "depth " + depth + ": " + deep + " and " + wide);
            String shown = pages.text(LESSON, "[data-side=deep] .parameters");
            assertTrue(shown.contains(Integer.toString(deep)), shown);
            String shape = pages.text(LESSON, "[data-side=deep] .shape");
            assertTrue(shape.split("→").length == depth + 2, "the deep network has " + depth + " hidden layers: " + shape);
        }
    }

    /** The deep network's first-layer gradient over its output layer's, after some epochs. */
    private double firstOverLast(String activation) {
        pages.choose(LESSON, "activation", activation);
        if (!"true".equals(pages.attribute(LESSON, "data-playing"))) pages.click(LESSON, "play");
        pages.waitUntil("30 epochs", () -> pages.number(LESSON, "data-epoch") >= 30);
        if ("true".equals(pages.attribute(LESSON, "data-playing"))) pages.click(LESSON, "play");
        double[] norms = LessonPages.parse(side("deep", "data-gradients"));
        return norms[0] / norms[norms.length - 1];
    }

    @Test
    void withSigmoidTheDeepNetworksGradientVanishesWithReluItDoesNot() {
        open();
        double sigmoid = firstOverLast("sigmoid");
        assertTrue(sigmoid < 0.01, "sigmoid: the first layer gets " + sigmoid + " of the last layer's gradient");
        String status = pages.text(LESSON, ".lesson-status");
        assertTrue(status.startsWith("Vanishing gradient"), status);
        double relu = firstOverLast("relu");
        assertTrue(relu > 0.1, "ReLU: the first layer gets " + relu + " of the last layer's gradient");
        assertTrue(relu > 100 * sigmoid);
        double[] wide = LessonPages.parse(side("wide", "data-gradients"));
        assertTrue(wide.length == 2, "the wide network has one hidden layer and the output layer");
    }
}
