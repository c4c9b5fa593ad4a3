package playground.server.page;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import playground.server.testing.Axe;
import playground.server.testing.Browser;
import playground.server.testing.ServerAndBrowser;

/**
 * axe-core's WCAG 2.2 AA rules find nothing on any page of the site: the playground (ready, with a
 * challenge, after training), every lesson, the lessons' index and the tour, the embedded
 * playground and every lesson's embed, each in the light and the dark theme (as the system asks,
 * through {@code prefers-color-scheme}) and in English and Chinese.
 */
class AccessibilityTest {
    private static final Duration TIMEOUT = Duration.ofSeconds(60);
    private static final List<String> THEMES = List.of("light", "dark");
    private static final List<String> LANGUAGES = List.of("en", "zh");
    @RegisterExtension
    static final ServerAndBrowser SITE = new ServerAndBrowser();
    private static Browser browser;

    @BeforeAll
    static void start() {
        browser = SITE.browser();
    }

    @AfterEach
    void systemThemeBack() {
        theme("light");
    }

    @ParameterizedTest
    @ValueSource(strings = {"/", "/#dataset=xor&features=x1x2&hiddenLayers=&goalTestLoss=0.01&goalEpochs=200",
        "/embed", "trained"})
    void thePlaygroundPassesInBothThemesAndLanguages(String page) {
        check(page, (language, theme) -> {
            if (page.equals("trained")) {
                openPlayground("/?lang=" + language + "&n=" + theme + "#dataset=circle&features=x1,x2");
                browser.script("document.querySelector('#play').click()");
                browser.waitUntil("Number(document.querySelector('#epoch').textContent.replace(/\\D/g, '')) >= 30",
                        TIMEOUT, "some training");
                browser.script("document.querySelector('#play').click()");
            } else {
                int hash = page.indexOf('#');
                String path = hash < 0 ? page : page.substring(0, hash);
                openPlayground(path + "?lang=" + language + "&n=" + theme + (hash < 0 ? "" : page.substring(hash)));
                if (hash >= 0) browser.waitUntil("!document.querySelector('#goal-panel').hidden", TIMEOUT, "the goal");
            }
        });
    }

    @ParameterizedTest
    @ValueSource(strings = {"/lessons/", "/lessons/tour.html", "/lessons/linear-regression.html",
        "/lessons/overfitting.html", "/lessons/neuron.html", "/lessons/depth-width.html", "/lessons/backprop.html",
        "/embed/lesson/linear-regression", "/embed/lesson/overfitting", "/embed/lesson/neuron",
        "/embed/lesson/depth-width", "/embed/lesson/backprop"})
    void everyLessonPagePassesInBothThemesAndLanguages(String page) {
        check(page, (language, theme) -> {
            browser.openAndWaitUntilReady(SITE.baseUrl() + page + "?lang=" + language);
            browser.waitUntil("document.documentElement.dataset.lessons === 'ready'", TIMEOUT, "the lessons start");
        });
    }

    /**
     * The output picture and the loss chart are described by a sentence that follows the training
     * (epoch, losses, accuracy), in a polite live region that changes calmly: not every frame; the
     * gradient chart by each layer's latest gradient size.
     */
    @Test
    void aPoliteLiveSummaryFollowsTheTraining() {
        openPlayground("/#dataset=circle&features=x1,x2&hiddenLayers=3");
        browser.waitUntil("document.querySelector('#training-summary').textContent", TIMEOUT, "the first frame's summary");
        assertEquals("polite", summaryAttribute("aria-live"));
        assertEquals("training-summary", describedBy("#output-canvas"));
        assertEquals("training-summary", describedBy("#loss-chart"));
        assertEquals("gradient-summary", describedBy("#gradient-chart"));
        Matcher before = summary();
        assertEquals("0", before.group(1), "before training: " + before.group());

        browser.script("window.summaryChanges = 0; window.summaryStart = performance.now();"
                + "new MutationObserver(() => window.summaryChanges++).observe("
                + "  document.querySelector('#training-summary'), {childList: true, characterData: true, subtree: true});"
                + "document.querySelector('#play').click()");
        browser.waitUntil("/Epoch [1-9]/.test(document.querySelector('#training-summary').textContent)", TIMEOUT,
                "the summary tells of training");
        browser.waitUntil("Number(document.querySelector('#epoch').textContent.replace(/\\D/g, '')) >= 200", TIMEOUT,
                "more training");
        Number changes = (Number) browser.script("return window.summaryChanges");
        Number seconds = (Number) browser.script("return (performance.now() - window.summaryStart) / 1000");
        browser.script("document.querySelector('#play').click()");
        assertTrue(changes.doubleValue() <= seconds.doubleValue() / 3 + 2,
                changes + " changes in " + seconds + " s of training: too many to listen to");

        browser.waitUntil("document.querySelector('#training-summary').textContent.startsWith('Epoch '"
                + " + Number(document.querySelector('#epoch').textContent.replace(/\\D/g, '')) + ': test loss '"
                + " + document.querySelector('#test-loss').textContent + ',')",
                TIMEOUT, "on pause the summary says the epoch and loss shown");
        Matcher after = summary();
        assertTrue(Integer.parseInt(after.group(1)) >= 200, after.group());
        assertNotEquals(before.group(2), after.group(2), "the test loss changed");
        assertEquals(text("#test-loss"), after.group(2), "the same test loss as the page shows");
        assertEquals(text("#accuracy-test"), after.group(4) + "%");
        String gradients = text("#gradient-summary");
        assertTrue(gradients.matches("Gradient size at epoch " + after.group(1) + ": Layer 1 [0-9.e+-]+, .*"
                + "Output layer [0-9.e+-]+\\."), "the gradient chart's description: " + gradients);
    }

    private static Matcher summary() {
        String text = text("#training-summary");
        Matcher m = Pattern.compile("Epoch (\\d+): test loss ([0-9.]+), training loss ([0-9.]+), test accuracy ([0-9.]+)%\\.")
                .matcher(text);
        assertTrue(m.matches(), "the summary reads: " + text);
        return m;
    }

    private static String text(String selector) {
        return (String) browser.script("return document.querySelector(arguments[0]).textContent", selector);
    }

    private static String summaryAttribute(String name) {
        return (String) browser.script("return document.querySelector('#training-summary').getAttribute(arguments[0])",
                name);
    }

    private static String describedBy(String selector) {
        return (String) browser.script("return document.querySelector(arguments[0]).getAttribute('aria-describedby')",
                selector);
    }

    private interface Opener {
        void open(String language, String theme);
    }

    /** Opens the page in every theme and language and fails listing every violation of them all. */
    private static void check(String page, Opener opener) {
        List<String> found = new ArrayList<>();
        for (String theme : THEMES) {
            theme(theme);
            for (String language : LANGUAGES) {
                opener.open(language, theme);
                for (String violation : Axe.violations(browser)) {
                    found.add(page + " (" + theme + ", " + language + "): " + violation);
                }
            }
        }
        assertTrue(found.isEmpty(), found.size() + " accessibility violations:\n" + String.join("\n", found));
    }

    private static void openPlayground(String address) {
        browser.openAndWaitUntilReady(SITE.baseUrl() + address);
    }

    /** The theme the system asks for, which every page follows unless the reader chose one. */
    private static void theme(String theme) {
        browser.devTools("Emulation.setEmulatedMedia",
                Map.of("features", List.of(Map.of("name", "prefers-color-scheme", "value", theme))));
    }
}
