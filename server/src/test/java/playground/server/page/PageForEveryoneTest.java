package playground.server.page;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import playground.core.Json;
import playground.server.testing.ServerAndBrowser;
import playground.server.testing.Wait;

/** Both languages everywhere, light and dark, the keyboard, and a phone's width (docs/page.md). */
class PageForEveryoneTest {
    /** Names that read the same in both languages. */
    private static final Set<String> NAMES = Set.of("ReLU", "Tanh", "Sigmoid", "Leaky ReLU", "L1", "L2", "Adam",
            "Xavier", "He", "X₁", "X₂", "X₁²", "X₂²", "X₁X₂", "sin(X₁)", "sin(X₂)", "cos(X₁)", "cos(X₂)", "English");
    static final Path SHOTS = Path.of("target", "screenshots");
    static final String LARGEST = "features=x1,x2,x1sq,x2sq,x1x2,sinx1,sinx2,cosx1,cosx2&hiddenLayers=8,8,8,8,8,8";

    @RegisterExtension
    static final ServerAndBrowser SITE = new ServerAndBrowser();
    private static PlaygroundPage page;

    @BeforeAll
    static void start() {
        page = new PlaygroundPage(SITE);
    }

    @AfterEach
    void plainScreen() {
        page.devTools("Emulation.clearDeviceMetricsOverride", Map.of());
        page.devTools("Emulation.setEmulatedMedia", Map.of("features", List.of()));
        page.js("try { localStorage.clear(); } catch (e) {}");
    }

    /**
     * Every piece of text a reader can see (and every visible label for assistive technology);
     * formulas (MathML: symbols such as x, tanh, L) read the same in every language.
     */
    @SuppressWarnings("unchecked")
    private List<String> visibleTexts() {
        return (List<String>) page.js("const out = new Set();"
                + "const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);"
                + "while (walker.nextNode()) { const n = walker.currentNode; const t = n.textContent.trim();"
                + "  const e = n.parentElement; if (!t || !e || e.closest('script, style, noscript, math')) continue;"
                + "  const option = e.closest('option'); if (option) { if (option.selected) out.add(t); continue; }"
                + "  if (e.checkVisibility({visibilityProperty: true})) out.add(t); }"
                + "for (const e of document.querySelectorAll('[aria-label], [title], [placeholder]')) {"
                + "  if (!e.checkVisibility()) continue;"
                + "  for (const a of ['aria-label', 'title', 'placeholder']) { const v = e.getAttribute(a);"
                + "    if (v && v.trim()) out.add(v.trim()); } }"
                + "return [...out];");
    }

    private static boolean neutral(String text) {
        return !text.matches("(?s).*[A-Za-z].*") || NAMES.contains(text);
    }

    @Test
    void theLanguageSwitchTranslatesEveryVisibleString() {
        page.open("showTestData=true");
        page.trainTo(3);
        page.click("#math-details summary");
        List<String> english = visibleTexts();
        assertTrue(english.contains("Test loss") && english.contains("Learning rate"), english.toString());

        page.select("select.language", "zh");
        page.waitUntil("document.documentElement.lang === 'zh-CN'", 5_000, "Chinese");
        List<String> chinese = visibleTexts();
        List<String> untranslated = new ArrayList<>();
        for (String text : english) {
            if (chinese.contains(text) && !neutral(text)) untranslated.add(text);
        }
        assertEquals(List.of(), untranslated, "English left after switching to Chinese");
        for (String text : chinese) {
            assertTrue(!text.matches("\\[[a-zA-Z]+\\.[a-zA-Z0-9]+\\]"), "a raw key is shown: " + text);
            assertTrue(neutral(text) || text.matches("(?s).*[\\u4e00-\\u9fff].*"),
                    "every Chinese string with Latin letters is a name or mixed with Chinese: " + text);
        }
        assertTrue(chinese.contains("测试损失") && chinese.contains("学习率") && chinese.contains("激活函数")
                && chinese.contains("显示测试数据") && chinese.contains("离散化输出") && chinese.contains("批大小")
                && chinese.contains("噪声") && chinese.contains("轮次"), "the glossary terms: " + chinese);

        page.js("document.documentElement.dataset.page = 'old'; location.reload()");
        page.waitUntil("document.documentElement.dataset.page === 'ready'", 30_000, "reloaded");
        assertEquals("zh-CN", page.js("return document.documentElement.lang"), "the choice is remembered");
        page.select("select.language", "en");
        page.waitUntil("document.documentElement.lang === 'en'", 5_000, "English again");
        assertEquals(new HashSet<>(english).contains("Test loss"), visibleTexts().contains("Test loss"));
    }

    @Test
    void translationsHaveTheSameKeysInBothLanguages() throws IOException {
        Map<String, Object> en = json("en.json");
        Map<String, Object> zh = json("zh.json");
        assertEquals(en.keySet(), zh.keySet());
        for (Map.Entry<String, Object> e : zh.entrySet()) {
            assertTrue(e.getValue() instanceof String && !((String) e.getValue()).isBlank(), e.getKey());
        }
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> json(String name) throws IOException {
        return (Map<String, Object>) Json.parse(Files.readString(Path.of("..", "web", "i18n", name)));
    }

    private String background() {
        return (String) page.js("return getComputedStyle(document.body).backgroundColor");
    }

    private static double luminance(String rgb) {
        String[] p = rgb.replaceAll("[^0-9,]", "").split(",");
        return (0.2126 * Integer.parseInt(p[0]) + 0.7152 * Integer.parseInt(p[1]) + 0.0722 * Integer.parseInt(p[2])) / 255;
    }

    @Test
    void theDarkThemeFollowsTheSystemAndTheSwitch() {
        page.open("");
        assertTrue(luminance(background()) > 0.8, "light by default: " + background());
        page.devTools("Emulation.setEmulatedMedia", Map.of("features",
                List.of(Map.of("name", "prefers-color-scheme", "value", "dark"))));
        assertTrue(luminance(background()) < 0.15, "dark when the system is: " + background());
        page.select("select.theme", "light");
        assertTrue(luminance(background()) > 0.8, "the switch overrides the system: " + background());
        page.devTools("Emulation.setEmulatedMedia", Map.of("features", List.of()));
        page.select("select.theme", "dark");
        assertTrue(luminance(background()) < 0.15, "dark by choice: " + background());
        assertTrue(page.js("return document.documentElement.classList.contains('dark')").equals(Boolean.TRUE));
        page.select("select.theme", "auto");
    }

    private void pressTab() {
        for (String type : new String[] {"keyDown", "keyUp"}) {
            Map<String, Object> key = new LinkedHashMap<>();
            key.put("type", type);
            key.put("key", "Tab");
            key.put("code", "Tab");
            key.put("windowsVirtualKeyCode", 9);
            page.devTools("Input.dispatchKeyEvent", key);
        }
    }

    @Test
    void everyControlIsLabelledAndReachedByTheKeyboardWithAVisibleFocus() {
        page.open("");
        @SuppressWarnings("unchecked")
        List<String> unlabelled = (List<String>) page.js("const out = [];"
                + "for (const c of document.querySelectorAll('button, input, select, textarea')) {"
                + "  if (!c.checkVisibility()) continue;"
                + "  const name = (c.labels && c.labels.length ? c.labels[0].textContent : '')"
                + "    || c.getAttribute('aria-label') || c.textContent;"
                + "  if (!name || !name.trim()) out.push(c.outerHTML.slice(0, 80)); }"
                + "return out;");
        assertEquals(List.of(), unlabelled, "controls without a name");

        long count = (Long) page.js("let i = 0;"
                + "for (const c of document.querySelectorAll('button, input, select, textarea, summary, a[href]')) {"
                + "  if (c.checkVisibility() && !c.disabled) c.dataset.tabCheck = i++; }"
                + "document.body.focus(); return i;");
        assertTrue(count > 40, "many controls: " + count);
        Set<Long> reached = new HashSet<>();
        boolean focusShown = true;
        for (int i = 0; i < count + 20 && reached.size() < count; i++) {
            pressTab();
            Object index = page.js("const a = document.activeElement;"
                    + "return a && a.dataset.tabCheck !== undefined ? +a.dataset.tabCheck : null");
            if (index != null) {
                reached.add((Long) index);
                String outline = (String) page.js("return getComputedStyle(document.activeElement).outlineStyle");
                focusShown &= !"none".equals(outline);
            }
        }
        List<String> missed = new ArrayList<>();
        for (long i = 0; i < count; i++) {
            if (!reached.contains(i)) {
                missed.add((String) page.js("return document.querySelector('[data-tab-check=\"' + arguments[0] + '\"]')"
                        + ".outerHTML.slice(0, 100)", i));
            }
        }
        assertEquals(List.of(), missed, "controls the Tab key never reached");
        assertTrue(focusShown, "the focused control is outlined");
    }

    private void phone(int width) {
        Map<String, Object> metrics = new LinkedHashMap<>();
        metrics.put("width", width);
        metrics.put("height", 780);
        metrics.put("deviceScaleFactor", 2);
        metrics.put("mobile", true);
        page.devTools("Emulation.setDeviceMetricsOverride", metrics);
    }

    @Test
    void at360PixelsNothingIsWiderThanTheScreen() {
        phone(360);
        for (String hash : new String[] {"", LARGEST, "problem=regression&dataset=houses"}) {
            for (String lang : new String[] {"en", "zh"}) {
                page.open("lang=" + lang, hash);
                long width = (Long) page.js("return document.documentElement.scrollWidth");
                assertTrue(width <= 360, lang + " " + hash + ": the page is " + width + " px wide");
            }
        }
    }

    /** The README's pictures: light and dark, English and Chinese, desktop and phone. */
    @Test
    void screenshots() {
        shoot("page-light-en.png", 1280, "", "", false);
        shoot("page-dark-en.png", 1280, "", "showTestData=true&dataset=spiral&features=x1,x2,sinx1,sinx2"
                + "&hiddenLayers=8,6,4&learningRate=0.03&activation=tanh", true);
        shoot("page-light-zh.png", 1280, "lang=zh", "dataset=xor&features=x1,x2,x1x2&hiddenLayers=3", false);
        shoot("page-dark-zh.png", 1280, "lang=zh", "problem=regression&dataset=multigauss&hiddenLayers=6,4", true);
        shoot("page-wide-en.png", 1920, "", "dataset=spiral&features=x1,x2,x1sq,x2sq,sinx1,sinx2"
                + "&hiddenLayers=8,8,6,4&activation=relu&learningRate=0.01&showTestData=true", false);
        shoot("page-phone-en.png", 360, "", "", false);
        shoot("page-phone-zh-dark.png", 360, "lang=zh", "dataset=gauss&classes=3", true);
    }

    private void shoot(String name, int width, String query, String hash, boolean dark) {
        if (width < 500) {
            phone(width);
        } else {
            Map<String, Object> metrics = new LinkedHashMap<>();
            metrics.put("width", width);
            metrics.put("height", 900);
            metrics.put("deviceScaleFactor", 1);
            metrics.put("mobile", false);
            page.devTools("Emulation.setDeviceMetricsOverride", metrics);
        }
        page.devTools("Emulation.setEmulatedMedia", Map.of("features",
                List.of(Map.of("name", "prefers-color-scheme", "value", dark ? "dark" : "light"))));
        page.open(query, hash);
        // no scroll bar: the picture is the page at exactly this width
        page.js("document.documentElement.style.scrollbarWidth = 'none'");
        page.trainTo(60);
        page.js("window.scrollTo(0, 0)");
        Wait.pause(300);
        Map<String, Object> options = new LinkedHashMap<>();
        options.put("format", "png");
        options.put("captureBeyondViewport", true);
        if (width < 500) {
            // On a phone: from the top of the output to the end of the network below it, the part that moves.
            @SuppressWarnings("unchecked")
            List<Number> box = (List<Number>) page.js("const top = document.querySelector('#output-panel')"
                    + ".getBoundingClientRect().top + scrollY - 8; const bottom = document.querySelector("
                    + "'#network-panel .network').getBoundingClientRect().bottom + scrollY + 8;"
                    + "return [top, bottom - top];");
            options.put("clip", Map.of("x", 0, "y", box.get(0).doubleValue(), "width", width,
                    "height", box.get(1).doubleValue(), "scale", 1));
        }
        Map<String, Object> shot = page.devTools("Page.captureScreenshot", options);
        try {
            Files.createDirectories(SHOTS);
            Files.write(SHOTS.resolve(name), Base64.getDecoder().decode((String) shot.get("data")));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
