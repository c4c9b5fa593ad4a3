package playground.server.lessons;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import playground.server.testing.Browser;
import playground.server.testing.ServerAndBrowser;
import playground.server.testing.TestServer;

/**
 * The way in: the playground's header links to the lessons; the index lists the five lessons
 * and the tour, and each opens with its widget; the tour holds all five in order and leads on
 * into the playground.
 */
class LessonNavigationTest {
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

    @Test
    void thePlaygroundLinksToTheLessonsWhichLinkToEveryLessonAndTheTour() {
        browser.openAndWaitUntilReady(server.baseUrl() + "/?lang=zh");
        String link = (String) browser.script("return document.querySelector('header a[href=\"lessons/\"]').href");
        assertEquals(server.baseUrl() + "/lessons/", link);

        pages.open(link + "?lang=en");
        @SuppressWarnings("unchecked")
        List<String> targets = (List<String>) browser.script(
                "return [...document.querySelectorAll('.lesson-list a')].map(a => a.href)");
        assertEquals(6, targets.size());
        String[] lessons = {"linear-regression", "overfitting", "neuron", "depth-width", "backprop"};
        for (int i = 0; i < lessons.length; i++) {
            assertEquals(server.baseUrl() + "/lessons/" + lessons[i] + ".html", targets.get(i));
            pages.open(targets.get(i));
            assertEquals(lessons[i], browser.script("return document.querySelector('[data-lesson]').dataset.lesson"));
            assertTrue(((Number) browser.script("return document.querySelectorAll('[data-lesson] [data-control]').length"))
                    .intValue() > 0, lessons[i] + " has controls");
            assertTrue(((String) browser.script("return document.title")).contains("—"), "each lesson has its title");
        }
        assertEquals(server.baseUrl() + "/lessons/tour.html", targets.get(5));
    }

    @Test
    void theTourLeadsThroughTheFiveLessonsInOrderAndIntoThePlayground() {
        pages.open(server.baseUrl() + "/lessons/tour.html?lang=zh");
        assertEquals(List.of("linear-regression", "overfitting", "neuron", "depth-width", "backprop"), browser.script(
                "return [...document.querySelectorAll('[data-lesson]')].map(e => e.dataset.lesson)"));
        assertEquals(6L, browser.script("return document.querySelectorAll('.tour-step h2').length"));
        assertEquals("导览：神经网络如何学习", browser.script("return document.querySelector('h1').textContent"));
        String last = (String) browser.script("return [...document.querySelectorAll('.tour-step a')].pop().href");
        assertEquals(server.baseUrl() + "/", last);
        // the widgets far down the page are out of view, so they would not animate
        pages.waitUntil("depth versus width knows it is out of view", () -> "false".equals(browser.script(
                "return document.querySelector('[data-lesson=\"depth-width\"]').dataset.visible")));
        assertEquals("true", browser.script(
                "return document.querySelector('[data-lesson=\"linear-regression\"]').dataset.visible"));
    }
}
