package playground.server.classroom;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import playground.server.testing.Browser;
import playground.server.testing.DocsScreenshots;

/**
 * A browser on a class's pages, as the classroom test drives it: the student's playground page
 * ({@code /c/{id}}) and the teacher's page. Every attempt a student's page sends is recorded
 * (request and answer) by a small wrapper around {@code fetch}, so the test can compare what the
 * teacher sees with exactly what was sent.
 */
final class ClassroomPage {
    static final Duration TIMEOUT = Duration.ofSeconds(30);
    /** Keeps each attempt's body and the server's answer in {@code window.sentAttempts}. */
    private static final String RECORD_ATTEMPTS = "(() => { if (window.sentAttempts) return; const send = window.fetch; window.sentAttempts = [];"
            + "window.fetch = function (address, request) { const answer = send.apply(this, arguments);"
            + "if (request && request.method === 'POST' && /\\/attempts$/.test(String(address))) {"
            + "  const body = JSON.parse(request.body);"
            + "  answer.then(r => r.clone().json()).then(json => window.sentAttempts.push({body: body, answer: json}),"
            + "    error => window.sentAttempts.push({body: body, answer: {error: String(error)}})); }"
            + "return answer; }; })();";

    final Browser browser;

    ClassroomPage(Browser browser) {
        this.browser = browser;
        browser.runBeforeEveryPage(RECORD_ATTEMPTS);
    }

    /** Opens a playground page (a class's, an experiment's) and waits until its first frame is drawn. */
    void openPlayground(String url) {
        browser.openAndWaitUntilReady(url);
        waitUntil("document.documentElement.dataset.page === 'ready'", "the page drew its first frame");
    }

    /** Opens a teacher page and waits until it is built. */
    void openTeacher(String url) {
        browser.openAndWaitUntilReady(url);
        waitUntil("document.documentElement.dataset.page === 'ready'", "the teacher page is built");
    }

    /** The file names of the compiled bundles this document fetched ({@code teacher.wasm}, …). */
    @SuppressWarnings("unchecked")
    List<String> bundlesFetched() {
        return (List<String>) js("return performance.getEntriesByType('resource').map(e => new URL(e.name).pathname)"
                + ".filter(path => /\\/app\\//.test(path)).map(path => path.slice(path.lastIndexOf('/') + 1))");
    }

    Object js(String script, Object... args) {
        return browser.script(script, args);
    }

    void waitUntil(String condition, String what, Object... args) {
        browser.waitUntil(condition, TIMEOUT, what, args);
    }

    String text(String selector) {
        return (String) js("const e = document.querySelector(arguments[0]);"
                + "if (!e) throw new Error('no ' + arguments[0]); return e.textContent.trim();", selector);
    }

    String value(String selector) {
        return (String) js("return document.querySelector(arguments[0]).value", selector);
    }

    boolean shown(String selector) {
        return Boolean.TRUE.equals(js("const e = document.querySelector(arguments[0]);"
                + "return !!e && e.checkVisibility()", selector));
    }

    void click(String selector) {
        js("const e = document.querySelector(arguments[0]); if (!e) throw new Error('no ' + arguments[0]); e.click();",
                selector);
    }

    /** Types into a text field as a reader does (input and change events). */
    void type(String selector, String text) {
        js("const e = document.querySelector(arguments[0]); e.value = arguments[1];"
                + "e.dispatchEvent(new Event('input', {bubbles: true})); e.dispatchEvent(new Event('change', {bubbles: true}));",
                selector, text);
    }

    void select(String selector, String value) {
        js("const e = document.querySelector(arguments[0]); e.value = arguments[1];"
                + "e.dispatchEvent(new Event('change', {bubbles: true}));", selector, value);
    }

    boolean playing() {
        return Boolean.TRUE.equals(js("return document.querySelector('#play').classList.contains('playing')"));
    }

    void play() {
        if (!playing()) click("#play");
        waitUntil("document.querySelector('#play').classList.contains('playing')", "playing");
    }

    void pause() {
        if (playing()) click("#play");
        waitUntil("!document.querySelector('#play').classList.contains('playing')", "paused");
    }

    /** The exact bits of the worker's run: epoch, loss history, weights, biases. */
    String fingerprint() {
        return (String) js("return window.playgroundPage.fingerprint()");
    }

    /** How many attempts this page has sent and heard answered. */
    int attemptsSent() {
        return ((Number) js("return window.sentAttempts.length")).intValue();
    }

    /** Waits for attempt {@code n} (from 1) of this page and returns its body and the answer. */
    @SuppressWarnings("unchecked")
    Map<String, Object> sentAttempt(int n) {
        waitUntil("window.sentAttempts.length >= " + n, "attempt " + n + " sent and answered");
        return (Map<String, Object>) js("return window.sentAttempts[arguments[0]]", n - 1);
    }

    /** The rows of the teacher's table, top to bottom: attempt id and each cell's text and data-value. */
    @SuppressWarnings("unchecked")
    List<Map<String, Object>> rows() {
        return (List<Map<String, Object>>) js("return [...document.querySelectorAll('#attempts tbody tr')].map(tr => {"
                + "const cell = c => tr.querySelector('.at-' + c);"
                + "return {id: tr.dataset.attempt, time: cell('time').textContent, nickname: cell('nickname').textContent,"
                + " kind: cell('kind').textContent, epoch: cell('epoch').textContent,"
                + " trainLoss: cell('trainLoss').dataset.value, testLoss: cell('testLoss').dataset.value,"
                + " parts: [...cell('goal').querySelectorAll('.part')].map(p => p.dataset.part + '=' + p.classList.contains('holds')),"
                + " marks: cell('goal').textContent, picture: cell('picture').querySelector('img')?.getAttribute('src') ?? null,"
                + " open: cell('open').querySelector('a').href}; })");
    }

    /** A window size and, for a phone, touch and a phone's screen. */
    void viewport(int width, int height, boolean phone) {
        if (phone) {
            Map<String, Object> metrics = new LinkedHashMap<>();
            metrics.put("width", width);
            metrics.put("height", height);
            metrics.put("deviceScaleFactor", 2);
            metrics.put("mobile", true);
            browser.devTools("Emulation.setDeviceMetricsOverride", metrics);
            browser.devTools("Emulation.setTouchEmulationEnabled", Map.of("enabled", true, "maxTouchPoints", 5));
        } else {
            browser.devTools("Emulation.clearDeviceMetricsOverride", Map.of());
            browser.devTools("Emulation.setTouchEmulationEnabled", Map.of("enabled", false));
            browser.windowSize(width, height);
        }
    }

    /** The widest thing on the page, in CSS pixels: at most the screen's width when nothing sticks out. */
    int pageWidth() {
        return ((Number) js("return Math.ceil(document.documentElement.scrollWidth)")).intValue();
    }

    /** A screenshot of the browser's window for the docs (see {@link DocsScreenshots}). */
    void screenshotForDocs(String name) {
        browser.screenshot(DocsScreenshots.file(name));
    }
}
