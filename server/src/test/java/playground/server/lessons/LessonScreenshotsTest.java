package playground.server.lessons;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import playground.server.testing.Browser;
import playground.server.testing.ServerAndBrowser;
import playground.server.testing.TestServer;
import playground.server.testing.Wait;

/**
 * Pictures of every lesson in both languages, each in a state that shows its point, for the
 * README (run with {@code -Dlessons.screenshots=<repo>/docs/lessons} to refresh them there;
 * otherwise they go to target/screenshots/lessons). Every text on the pages must be translated:
 * a missing key would show as [key].
 */
class LessonScreenshotsTest {
    private static final String[] LESSONS = {"linear-regression", "overfitting", "neuron", "depth-width", "backprop"};
    @RegisterExtension
    static final ServerAndBrowser SITE = new ServerAndBrowser();
    private static TestServer server;
    private static Browser browser;
    private static LessonPages pages;
    private static Path folder;

    @BeforeAll
    static void start() {
        server = SITE.server();
        browser = SITE.browser();
        pages = new LessonPages(browser);
        String property = System.getProperty("lessons.screenshots");
        folder = Path.of(property != null ? property : "target/screenshots/lessons");
    }

    /** Brings the lesson to a state worth a picture. */
    private static void stage(String lesson) {
        switch (lesson) {
            case "linear-regression":
                pages.choose(lesson, "rate", "0.1");
                for (int i = 0; i < 25; i++) pages.click(lesson, "step");
                break;
            case "overfitting":
                pages.slide(lesson, "capacity", 6);
                pages.waitUntil("training", () -> "true".equals(pages.attribute(lesson, "data-finished")));
                break;
            case "depth-width":
                pages.choose(lesson, "activation", "sigmoid");
                pages.click(lesson, "play");
                pages.waitUntil("training", () -> pages.number(lesson, "data-epoch") >= 80);
                pages.click(lesson, "play");
                break;
            case "backprop":
                for (int i = 0; i < 5; i++) pages.click(lesson, "next");
                break;
            default:
        }
    }

    /** Sizes the window to the widget (with the page's heading above it) and takes the picture. */
    private static void shoot(String selector, String name) {
        browser.windowSize(1100, 900);
        browser.script("document.documentElement.style.overflow = 'hidden'");
        Number height = (Number) browser.script("const e = document.querySelector(arguments[0]);"
                + "return Math.ceil(e.getBoundingClientRect().height);", selector);
        // the window's size includes the browser's own bars: add them
        int bars = 900 - ((Number) browser.script("return window.innerHeight")).intValue();
        browser.windowSize(1100, height.intValue() + 40 + bars);
        browser.script("const e = document.querySelector(arguments[0]);"
                + "window.scrollTo(0, e.getBoundingClientRect().top + window.scrollY - 20);", selector);
        Wait.pause(300);
        browser.screenshot(folder.resolve(name + ".png"));
    }

    private static void assertTranslated() {
        String text = (String) browser.script("return document.body.innerText");
        assertTrue(!text.matches("(?s).*\\[[a-z0-9]+\\.[A-Za-z0-9.]+\\].*"), "an untranslated key shows: " + text);
    }

    @Test
    void everyLessonInEnglishAndChinese() {
        for (String language : new String[] {"en", "zh"}) {
            for (String lesson : LESSONS) {
                pages.open(server.baseUrl() + "/lessons/" + lesson + ".html?lang=" + language + "&theme=light");
                assertTranslated();
                stage(lesson);
                shoot("[data-lesson]", lesson + "-" + language);
            }
        }
        assertTrue(Files.exists(folder.resolve("backprop-zh.png")));
    }

    @Test
    void theIndexAndTheTour() {
        for (String language : new String[] {"en", "zh"}) {
            pages.open(server.baseUrl() + "/lessons/?lang=" + language + "&theme=light");
            assertTranslated();
            assertEquals(6L, browser.script("return document.querySelectorAll('.lesson-list li').length"));
            shoot("body", "index-" + language);
            pages.open(server.baseUrl() + "/lessons/tour.html?lang=" + language + "&theme=light");
            assertTranslated();
            assertEquals(5L, browser.script("return document.querySelectorAll('[data-lesson]').length"));
        }
    }

    @Test
    void anEmbedInTheDarkTheme() {
        pages.open(server.baseUrl() + "/embed/lesson/neuron?lang=zh&theme=dark");
        assertTranslated();
        shoot("#embed-content", "embed-neuron-zh-dark");
    }
}
