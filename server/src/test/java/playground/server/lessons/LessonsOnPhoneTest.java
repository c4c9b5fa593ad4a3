package playground.server.lessons;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import playground.server.testing.Browser;
import playground.server.testing.ServerAndBrowser;
import playground.server.testing.TestServer;
import playground.server.testing.Wait;

/**
 * Every lesson page on a phone (360×740, touch): nothing wider than the screen unless it sits in
 * a container that scrolls sideways, and in every drawing no label cut off by its canvas and no
 * two labels on top of each other (the drawings note where each label landed: {@code labels} on
 * the canvas element). Pictures of every page at 360 and at 1280 pixels go to
 * target/screenshots/lessons-phone, to look at.
 */
class LessonsOnPhoneTest {
    private static final String[] PAGES = {"index.html", "linear-regression.html", "overfitting.html", "neuron.html",
        "depth-width.html", "backprop.html", "tour.html"};
    private static final Path FOLDER = Path.of("target/screenshots/lessons-phone");

    /** What does not fit, as sentences; empty when all fits. */
    private static final String PROBLEMS = """
            const width = innerWidth, problems = [];
            const name = e => e.tagName.toLowerCase() + (e.className && typeof e.className === 'string'
                ? '.' + e.className.trim().split(/\\s+/).join('.') : '');
            const scrolled = e => {
              for (let p = e.parentElement; p && p !== document.body; p = p.parentElement) {
                const o = getComputedStyle(p).overflowX;
                if (o !== 'visible') return p.getBoundingClientRect().right <= width + 0.5;
              }
              return false;
            };
            if (document.documentElement.scrollWidth > width) {
              problems.push('the page is ' + document.documentElement.scrollWidth + ' px wide');
            }
            for (const e of document.body.querySelectorAll('*')) {
              const r = e.getBoundingClientRect();
              if (r.width === 0 || r.height === 0 || !e.checkVisibility()) continue;
              if ((r.right > width + 0.5 || r.left < -0.5) && !scrolled(e)) {
                problems.push(name(e) + ' runs from ' + Math.round(r.left) + ' to ' + Math.round(r.right) + ' px');
              }
            }
            for (const c of document.querySelectorAll('canvas')) {
              if (!c.labels || c.clientWidth === 0 || !c.checkVisibility()) continue;
              const where = name(c);
              const labels = c.labels.filter(l => l.text.trim() !== '');
              for (const l of labels) {
                if (l.left < -0.5 || l.top < -0.5 || l.right > c.clientWidth + 0.5 || l.bottom > c.clientHeight + 0.5) {
                  problems.push(where + ': "' + l.text + '" is cut off (' + [l.left, l.top, l.right, l.bottom]
                      .map(Math.round) + ' in ' + c.clientWidth + '×' + c.clientHeight + ')');
                }
              }
              for (let i = 0; i < labels.length; i++) {
                for (let j = i + 1; j < labels.length; j++) {
                  const a = labels[i], b = labels[j];
                  const across = Math.min(a.right, b.right) - Math.max(a.left, b.left);
                  const down = Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top);
                  if (across > 1 && down > 1) problems.push(where + ': "' + a.text + '" overlaps "' + b.text + '"');
                }
              }
              for (const axis of ['x', 'y']) {
                const ticks = labels.filter(l => l.axis === axis).map(l => l.text);
                if (new Set(ticks).size !== ticks.length) problems.push(where + ': its ' + axis + ' axis reads ' + ticks.join(' '));
              }
              for (const circle of Object.values(c.marks || {})) {
                const cx = (circle.left + circle.right) / 2, cy = (circle.top + circle.bottom) / 2;
                const r = (circle.right - circle.left) / 2;
                const inside = l => Math.hypot((l.left + l.right) / 2 - cx, (l.top + l.bottom) / 2 - cy) < r;
                for (const l of labels.filter(inside)) {
                  for (const [x, y] of [[l.left, l.top], [l.right, l.top], [l.left, l.bottom], [l.right, l.bottom]]) {
                    if (Math.hypot(x - cx, y - cy) > r + 0.5) {
                      problems.push(where + ': "' + l.text + '" spills out of its circle');
                      break;
                    }
                  }
                }
              }
            }
            return problems;""";

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

    private static void screen(int width, int height, boolean phone) {
        Map<String, Object> metrics = new LinkedHashMap<>();
        metrics.put("width", width);
        metrics.put("height", height);
        metrics.put("deviceScaleFactor", phone ? 2 : 1);
        metrics.put("mobile", phone);
        browser.devTools("Emulation.setDeviceMetricsOverride", metrics);
        browser.devTools("Emulation.setTouchEmulationEnabled", Map.of("enabled", phone, "maxTouchPoints", 5));
    }

    private static void open(String page, String language) {
        pages.open(server.baseUrl() + "/lessons/" + page + "?lang=" + language + "&theme=light");
        // a frame for the drawings to size themselves to their boxes
        Wait.pause(200);
    }

    private static void assertFits(String where) {
        @SuppressWarnings("unchecked")
        List<String> problems = (List<String>) browser.script(PROBLEMS);
        assertEquals(List.of(), problems, where);
    }

    private static void shoot(String name) {
        Map<String, Object> options = new LinkedHashMap<>();
        options.put("format", "png");
        options.put("captureBeyondViewport", true);
        String png = (String) browser.devTools("Page.captureScreenshot", options).get("data");
        try {
            Files.createDirectories(FOLDER);
            Files.write(FOLDER.resolve(name + ".png"), Base64.getDecoder().decode(png));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void everyPageFitsAPhoneInBothLanguages() {
        screen(360, 740, true);
        for (String language : new String[] {"en", "zh"}) {
            for (String page : PAGES) {
                open(page, language);
                assertFits(page + " in " + language);
                shoot(page.replace(".html", "") + "-360-" + language);
            }
        }
    }

    @Test
    void theBackPropagationDiagramFitsAtEveryStage() {
        screen(360, 740, true);
        for (String language : new String[] {"en", "zh"}) {
            open("backprop.html", language);
            for (int stage = 0; stage < 7; stage++) {
                assertFits("back-propagation, stage " + stage + ", " + language);
                if (stage == 0) {
                    String check = pages.text("backprop", ".check-table tbody");
                    assertTrue(check.length() > 10 && !check.matches(".*\\d.*"), "words, no answers yet: " + check);
                }
                pages.click("backprop", "next");
            }
        }
        open("backprop.html", "en");
        for (int stage = 0; stage < 6; stage++) pages.click("backprop", "next");
        assertEquals("6", pages.attribute("backprop", "data-stage"));
        assertTrue(pages.text("backprop", ".check-table").contains("w₁₁"), "the check has its answers now");
        shoot("backprop-360-update");
    }

    @Test
    void theNeuronKeepsLargeValuesInsideItsCircle() {
        screen(360, 740, true);
        open("neuron.html", "en");
        pages.choose("neuron", "activation", "linear");
        for (int i = 1; i <= 4; i++) {
            pages.slide("neuron", "a" + i, -2);
            pages.slide("neuron", "w" + i, 2);
        }
        pages.slide("neuron", "b", -2);
        assertFits("the neuron at z = −18");
        shoot("neuron-360-large");
    }

    @Test
    void atTheDesktopWidthToo() {
        screen(1280, 800, false);
        for (String page : PAGES) {
            open(page, "en");
            assertFits(page + " at 1280 px");
            shoot(page.replace(".html", "") + "-1280-en");
        }
    }

    @Test
    void choosingADepthWidthSettingLeavesPlayingToThePlayButton() {
        open("depth-width.html", "en");
        pages.choose("depth-width", "activation", "sigmoid");
        pages.choose("depth-width", "dataset", "xor");
        Wait.pause(300);
        assertFalse("true".equals(pages.attribute("depth-width", "data-playing")), "a choice does not start training");
        assertEquals("0", pages.attribute("depth-width", "data-epoch"));
        pages.click("depth-width", "play");
        pages.waitUntil("training", () -> pages.number("depth-width", "data-epoch") > 0);
    }

    @Test
    void theIndexsEmbedSnippetNamesThisSite() {
        open("index.html", "en");
        String snippet = (String) browser.script("return document.querySelector('.snippet').textContent");
        assertTrue(snippet.contains("src=\"" + server.baseUrl() + "/embed/lesson/linear-regression"), snippet);
        assertFalse(snippet.contains("YOUR-PLAYGROUND"), snippet);
    }

    @Test
    void everyLessonPageHasAFavicon() {
        for (String page : PAGES) {
            open(page, "en");
            Object icon = browser.script("const l = document.querySelector('link[rel=icon]');"
                    + "return l ? fetch(l.href).then(r => r.ok && r.headers.get('content-type')) : null");
            assertTrue(String.valueOf(icon).startsWith("image/"), page + ": its icon is " + icon);
        }
    }

    @Test
    void theOverfittingTextAsksToRaiseACapacityThatCanRise() {
        open("overfitting.html", "en");
        String max = (String) browser.script("return document.querySelector('[data-control=capacity] input').max");
        String value = (String) browser.script("return document.querySelector('[data-control=capacity] input').value");
        assertTrue(Integer.parseInt(value) < Integer.parseInt(max), "the capacity starts at " + value + " of " + max);
    }

    @Test
    void aDivergingLineSaysItsTypicalErrorInMillionsNotThousandsOfThousands() {
        open("linear-regression.html", "en");
        pages.choose("linear-regression", "rate", "1");
        for (int i = 0; i < 12; i++) pages.click("linear-regression", "step");
        String mse = (String) browser.script("return document.querySelector('[data-lesson=linear-regression]').innerText");
        assertFalse(mse.matches("(?s).*\\d{4,} thousand.*"), mse);
        assertTrue(mse.matches("(?s).*typical error of [0-9.e+]+ (million|billion).*"), mse);
    }
}
