package playground.server.lessons;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import playground.core.Rng;
import playground.data.DataGenerator;
import playground.data.Dataset;
import playground.data.Houses;
import playground.server.testing.Browser;
import playground.server.testing.TestServer;

/**
 * L1 in Chromium: the widget shows the core's house data, gradient descent at a good learning
 * rate reaches the least-squares line (computed here independently, in closed form), and at a
 * rate that is too large the page says that descent diverges.
 */
class LinearRegressionLessonTest {
    private static final String LESSON = "linear-regression";
    private static TestServer server;
    private static Browser browser;
    private static LessonPages pages;

    @BeforeAll
    static void start() {
        server = TestServer.start();
        browser = Browser.start();
        pages = new LessonPages(browser);
    }

    @AfterAll
    static void stop() {
        try {
            if (browser != null) browser.close();
        } finally {
            if (server != null) server.close();
        }
    }

    private void open(String language) {
        pages.open(server.baseUrl() + "/lessons/linear-regression.html?lang=" + language);
    }

    /** The least-squares line of the points: slope, intercept and its mean squared error. */
    private static double[] leastSquares(double[] x, double[] y) {
        int n = x.length;
        double mx = 0;
        double my = 0;
        for (int i = 0; i < n; i++) {
            mx += x[i] / n;
            my += y[i] / n;
        }
        double sxy = 0;
        double sxx = 0;
        for (int i = 0; i < n; i++) {
            sxy += (x[i] - mx) * (y[i] - my);
            sxx += (x[i] - mx) * (x[i] - mx);
        }
        double w = sxy / sxx;
        double b = my - w * mx;
        return new double[] {w, b, mse(x, y, w, b)};
    }

    private static double mse(double[] x, double[] y, double w, double b) {
        double sum = 0;
        for (int i = 0; i < x.length; i++) {
            double e = w * x[i] + b - y[i];
            sum += e * e;
        }
        return sum / x.length;
    }

    @Test
    void theHousesAreTheCoresHousesDataInTensOfKmAndHundredsOfThousands() {
        open("en");
        Dataset houses = DataGenerator.generate("houses", 20, 0, 0.2, new Rng(4, 1));
        double[] x = new double[20];
        double[] y = new double[20];
        for (int i = 0; i < 20; i++) {
            x[i] = Houses.km(houses.x1[i]) / 10;
            y[i] = Houses.priceThousands(houses.label[i]) / 100;
        }
        assertArrayEquals(x, pages.numbers(LESSON, "data-xs"), 1e-12);
        assertArrayEquals(y, pages.numbers(LESSON, "data-ys"), 1e-12);
    }

    @Test
    void gradientDescentAtAGoodRateFindsTheLeastSquaresLine() {
        open("en");
        double[] x = pages.numbers(LESSON, "data-xs");
        double[] y = pages.numbers(LESSON, "data-ys");
        double[] best = leastSquares(x, y);
        double startMse = pages.number(LESSON, "data-mse");
        assertTrue(startMse > 10 * best[2], "the starting line is a bad one: " + startMse);

        pages.choose(LESSON, "rate", "0.3");
        pages.click(LESSON, "play");
        pages.waitUntil("200 steps", () -> pages.number(LESSON, "data-steps") >= 200
                || "false".equals(pages.attribute(LESSON, "data-playing")));
        if ("true".equals(pages.attribute(LESSON, "data-playing"))) pages.click(LESSON, "play");

        double w = pages.number(LESSON, "data-w");
        double b = pages.number(LESSON, "data-b");
        double mse = pages.number(LESSON, "data-mse");
        assertEquals(best[0], w, 1e-3, "slope");
        assertEquals(best[1], b, 1e-3, "intercept");
        assertTrue(mse < best[2] + 1e-6, "MSE " + mse + " should be down at the least-squares " + best[2]);
        assertEquals(best[2], mse(x, y, w, b), 1e-6);
        // what the reader sees agrees with the exact numbers
        String shown = pages.text(LESSON, ".formula-row:nth-child(2) .formula");
        assertTrue(shown.contains(String.format("%.4f", mse)), shown);
        assertEquals("false", pages.attribute(LESSON, "data-diverging"));
        assertFalse(pages.text(LESSON, ".lesson-status").contains("diverge"));
    }

    @Test
    void aTooLargeRateDivergesAndThePageSaysSo() {
        open("en");
        pages.choose(LESSON, "rate", "1");
        double before = pages.number(LESSON, "data-mse");
        for (int i = 0; i < 6; i++) pages.click(LESSON, "step");
        assertTrue(pages.number(LESSON, "data-mse") > 100 * before, "the loss explodes");
        assertEquals("true", pages.attribute(LESSON, "data-diverging"));
        String status = pages.text(LESSON, ".lesson-status");
        assertTrue(status.contains("learning rate is too large") && status.contains("diverges"), status);
    }

    @Test
    void inChineseTooTheDivergenceIsNamed() {
        open("zh");
        pages.choose(LESSON, "rate", "0.6");
        pages.click(LESSON, "play");
        pages.waitUntil("divergence", () -> "true".equals(pages.attribute(LESSON, "data-diverging")));
        String status = pages.text(LESSON, ".lesson-status");
        assertTrue(status.contains("学习率太大") && status.contains("发散"), status);
        assertEquals("zh-CN", browser.script("return document.documentElement.lang"));
    }

    @Test
    void movingTheLineWithItsSlidersChangesTheShownLoss() {
        open("en");
        double[] x = pages.numbers(LESSON, "data-xs");
        double[] y = pages.numbers(LESSON, "data-ys");
        double before = pages.number(LESSON, "data-mse");
        pages.slide(LESSON, "w", -1.0);
        pages.slide(LESSON, "b", 5.0);
        assertEquals(-1.0, pages.number(LESSON, "data-w"), 1e-12);
        assertEquals(5.0, pages.number(LESSON, "data-b"), 1e-12);
        double after = pages.number(LESSON, "data-mse");
        assertNotEquals(before, after);
        assertEquals(mse(x, y, -1.0, 5.0), after, 1e-12);
        assertEquals("0", pages.attribute(LESSON, "data-steps"), "moving the line starts descent afresh");
    }
}
