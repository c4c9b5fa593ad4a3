package playground.server.lessons;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import playground.server.testing.Browser;
import playground.server.testing.ServerAndBrowser;
import playground.server.testing.TestServer;

/**
 * L2 in Chromium: with many hidden units and eight houses the network fits the training points
 * and misses the test points (test loss well above training loss, and the page says it is
 * overfitting); more data, or regularization, closes the gap.
 */
class OverfittingLessonTest {
    private static final String LESSON = "overfitting";
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
        pages.open(server.baseUrl() + "/lessons/overfitting.html?lang=en");
    }

    private void waitForTraining() {
        pages.waitUntil("training to finish", () -> "true".equals(pages.attribute(LESSON, "data-finished")));
    }

    /** Test loss minus training loss, as the widget holds them once training has finished. */
    private double gap() {
        waitForTraining();
        return pages.number(LESSON, "data-test-loss") - pages.number(LESSON, "data-train-loss");
    }

    @Test
    void highCapacityOverfitsAndMoreDataClosesTheGap() {
        open();
        pages.slide(LESSON, "capacity", 6);
        assertEquals("32", pages.attribute(LESSON, "data-hidden"));
        double few = gap();
        double trainLoss = pages.number(LESSON, "data-train-loss");
        assertTrue(trainLoss < 0.005, "the curve threads the 8 training points: training loss " + trainLoss);
        assertTrue(few > 0.1, "and misses the test points: gap " + few);
        String status = pages.text(LESSON, ".lesson-status");
        assertTrue(status.contains("Overfitting"), status);
        assertTrue(status.contains("lowest at epoch"), "the test loss turned upward: " + status);

        pages.click(LESSON, "more");
        assertEquals("16", pages.attribute(LESSON, "data-points"));
        double more = gap();
        pages.click(LESSON, "more");
        assertEquals("32", pages.attribute(LESSON, "data-points"));
        double most = gap();
        assertTrue(more < few / 2, "more data closes the gap: " + few + " → " + more);
        assertTrue(most < few / 5, "and more still: " + few + " → " + most);
        assertTrue(pages.text(LESSON, ".lesson-status").contains("generalizes"));
    }

    @Test
    void regularizationAlsoClosesTheGap() {
        open();
        pages.slide(LESSON, "capacity", 6);
        double plain = gap();
        pages.click(LESSON, "regularize");
        assertEquals("true", browser.script(
                "return document.querySelector('[data-control=regularize]').getAttribute('aria-pressed')"));
        double regularized = gap();
        assertTrue(regularized < plain / 3, "L2 regularization: " + plain + " → " + regularized);
    }

    @Test
    void theShownLossesAreTheExactOnesRounded() {
        open();
        pages.slide(LESSON, "capacity", 2);
        waitForTraining();
        assertEquals(pages.number(LESSON, "data-train-loss"), LessonPages.shown(pages.text(LESSON, ".train-loss")), 5e-5);
        assertEquals(pages.number(LESSON, "data-test-loss"), LessonPages.shown(pages.text(LESSON, ".test-loss")), 5e-5);
        assertEquals("2000", pages.attribute(LESSON, "data-epoch"));
    }
}
