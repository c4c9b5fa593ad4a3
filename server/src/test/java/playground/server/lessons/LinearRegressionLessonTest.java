package playground.server.lessons;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import playground.core.Rng;
import playground.data.DataGenerator;
import playground.data.Dataset;
import playground.data.Houses;
import playground.server.testing.Browser;
import playground.server.testing.ServerAndBrowser;
import playground.server.testing.TestServer;

/**
 * L1 in Chromium: the widget shows the core's house data, gradient descent at a good learning
 * rate reaches the least-squares line (computed here independently, in closed form), and at a
 * rate that is too large the page says that descent diverges.
 */
class LinearRegressionLessonTest {
    private static final String LESSON = "linear-regression";
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

    private void open(String language) {
        open(language, "wasm");
    }

    /** Opens the lesson with the WebAssembly or the JavaScript bundle (both must compute alike). */
    private void open(String language, String runtime) {
        pages.open(server.baseUrl() + "/lessons/linear-regression.html?lang=" + language + "&runtime=" + runtime);
        assertEquals(runtime, browser.script("return window.playground.runtime"));
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

    @ParameterizedTest
    @ValueSource(strings = {"wasm", "js"})
    void gradientDescentAtAGoodRateFindsTheLeastSquaresLine(String runtime) {
        open("en", runtime);
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

    /**
     * Drags on the scatter plot with pointer events, from data point (km, thousands) to another;
     * the plot's margins and ranges are the ones HousePlot draws with.
     */
    private void drag(double fromKm, double fromThousands, double toKm, double toThousands) {
        browser.script("const c = document.querySelector('[data-lesson=\"linear-regression\"] canvas.houses');"
                + "const r = c.getBoundingClientRect();"
                + "const px = km => r.left + 46 + km / 30 * (r.width - 58);"
                + "const py = t => r.top + 10 + (r.height - 46) * (1 - (t - 100) / 500);"
                + "const fire = (type, x, y) => c.dispatchEvent(new PointerEvent(type,"
                + "  {clientX: x, clientY: y, bubbles: true, pointerId: 1, isPrimary: true, buttons: 1}));"
                + "fire('pointerdown', px(arguments[0]), py(arguments[1]));"
                + "fire('pointermove', (px(arguments[0]) + px(arguments[2])) / 2, (py(arguments[1]) + py(arguments[3])) / 2);"
                + "fire('pointermove', px(arguments[2]), py(arguments[3]));"
                + "fire('pointerup', px(arguments[2]), py(arguments[3]));",
                fromKm, fromThousands, toKm, toThousands);
    }

    @Test
    void draggingAHouseOrAHandleChangesTheDataOrTheLineAndTheLoss() {
        open("en");
        double[] x = pages.numbers(LESSON, "data-xs");
        double[] y = pages.numbers(LESSON, "data-ys");
        int house = 0;
        while (Math.abs(x[house] - 0.5) < 0.2 || Math.abs(x[house] - 2.5) < 0.2) house++;
        double before = pages.number(LESSON, "data-mse");
        drag(x[house] * 10, y[house] * 100, x[house] * 10, y[house] * 100 + 100);
        double[] moved = pages.numbers(LESSON, "data-ys");
        assertEquals(y[house] + 1, moved[house], 0.02, "the house is 100 thousand dearer");
        double after = pages.number(LESSON, "data-mse");
        assertEquals(mse(pages.numbers(LESSON, "data-xs"), moved, pages.number(LESSON, "data-w"),
                pages.number(LESSON, "data-b")), after, 1e-12);
        assertNotEquals(before, after);

        double w = pages.number(LESSON, "data-w");
        double b = pages.number(LESSON, "data-b");
        double near = w * 0.5 + b;
        double far = w * 2.5 + b;
        drag(5, near * 100, 5, near * 100 + 50);
        assertEquals((near + 0.5 - far) / (0.5 - 2.5), pages.number(LESSON, "data-w"), 0.02, "the line turns about the far handle");
        assertEquals(far, pages.number(LESSON, "data-w") * 2.5 + pages.number(LESSON, "data-b"), 1e-9,
                "and the far handle stays where it was");
    }
}
