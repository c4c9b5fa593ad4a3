package playground.server.sharing;

import static org.junit.jupiter.api.Assertions.fail;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import playground.server.testing.Browser;
import playground.server.testing.DocsScreenshots;
import playground.server.testing.Wait;

/**
 * The playground page (or the document inside an embed's frame) as the sharing tests drive it:
 * wait for what a reader waits for, read texts and pixels, click and type like a reader, and ask
 * the page's probe for the exact bits of its network.
 */
final class SharingPage {
    static final long PAGE_TIMEOUT = 30_000;
    /**
     * The height an embedded widget reports (ui.EmbedFrame): its document's, or the body's content
     * where a panel pokes out of it, so that the frame needs no scroll bar.
     */
    static final String WIDGET_HEIGHT = "Math.ceil(Math.max(document.documentElement.getBoundingClientRect().height,"
            + " document.body.scrollHeight))";

    final Browser browser;

    SharingPage(Browser browser) {
        this.browser = browser;
    }

    /** Opens an address of the playground and waits until its first frame is drawn. */
    void open(String url) {
        browser.openAndWaitUntilReady(url);
        waitUntilDrawn();
    }

    void waitUntilDrawn() {
        waitUntil("document.documentElement.dataset.page === 'ready'", PAGE_TIMEOUT, "the page drew its first frame");
    }

    Object js(String script, Object... args) {
        return browser.script(script, args);
    }

    /** Polls a JavaScript expression until it is truthy. */
    void waitUntil(String condition, long millis, String what) {
        browser.waitUntil(condition, Duration.ofMillis(millis), what);
    }


    String text(String selector) {
        return (String) js("const e = document.querySelector(arguments[0]);"
                + "if (!e) throw new Error('no ' + arguments[0]); return e.textContent.trim();", selector);
    }

    String value(String selector) {
        return (String) js("return document.querySelector(arguments[0]).value", selector);
    }

    /** Types into a text field (sets its value and fires input and change, as typing does). */
    void type(String selector, String text) {
        js("const e = document.querySelector(arguments[0]); if (!e) throw new Error('no ' + arguments[0]);"
                + "e.value = arguments[1]; e.dispatchEvent(new Event('input', {bubbles: true}));"
                + "e.dispatchEvent(new Event('change', {bubbles: true}));", selector, text);
    }

    /** The buttons of the share bundle's dialogs, and their dialogs. */
    private static final Map<String, String> SHARE_DIALOGS = Map.of("#save-open", "#save-dialog",
            "#experiment-edit", "#save-dialog", "#mine-open", "#mine-dialog", "#embed-open", "#embed-dialog");

    /**
     * Clicks; a button of a dialog also waits until its dialog is open (the page loads the
     * dialogs' bundle on the first press).
     */
    void click(String selector) {
        js("const e = document.querySelector(arguments[0]); if (!e) throw new Error('no ' + arguments[0]); e.click();",
                selector);
        String dialog = SHARE_DIALOGS.get(selector);
        if (dialog != null) waitUntil("document.querySelector('" + dialog + "')?.open", PAGE_TIMEOUT, dialog + " is open");
    }

    /** Sets a check box by clicking it when it is not as wanted (so its change event fires). */
    void check(String selector, boolean on) {
        js("const e = document.querySelector(arguments[0]); if (!e) throw new Error('no ' + arguments[0]);"
                + "if (e.checked !== arguments[1]) e.click();", selector, on);
    }

    boolean shown(String selector) {
        return Boolean.TRUE.equals(js("const e = document.querySelector(arguments[0]);"
                + "return !!e && e.checkVisibility()", selector));
    }

    int epoch() {
        return Integer.parseInt(text("#epoch").replace(",", ""));
    }

    boolean playing() {
        return Boolean.TRUE.equals(js("return document.querySelector('#play').classList.contains('playing')"));
    }

    void play() {
        if (!playing()) click("#play");
        waitUntil("document.querySelector('#play').classList.contains('playing')", 5_000, "playing");
    }

    void pause() {
        if (playing()) click("#play");
        waitUntil("!document.querySelector('#play').classList.contains('playing')", 5_000, "paused");
    }

    /** Trains until the epoch counter shows at least {@code epochs}, then pauses. */
    void trainTo(int epochs) {
        play();
        waitUntil("+document.querySelector('#epoch').textContent.replace(/[^0-9]/g, '') >= " + epochs, 60_000,
                "epoch " + epochs);
        pause();
    }

    /** One epoch by the step button; waits until the counter shows it. */
    void step() {
        int before = fingerprintEpoch();
        click("[data-control=step]");
        waitUntil("+document.querySelector('#epoch').textContent.replace(/[^0-9]/g, '') === " + (before + 1), 10_000,
                "epoch " + (before + 1));
    }

    /** The exact bits of the worker's run: epoch, loss history, weights, biases. */
    String fingerprint() {
        return (String) js("return window.playgroundPage.fingerprint()");
    }

    int fingerprintEpoch() {
        String first = fingerprint().lines().findFirst().orElseThrow();
        return Integer.parseInt(first.substring("epoch ".length()));
    }

    /**
     * The Content-Security-Policy violations of this document so far (an inline script or handler
     * that was blocked, say), from the browser's report buffer: also in frames of other origins.
     */
    Object cspViolations() {
        return js("return new Promise(done => { const seen = [];"
                + "const observer = new ReportingObserver(reports => reports.forEach(report =>"
                + " seen.push(report.body.effectiveDirective + ' ' + report.body.blockedURL)),"
                + " {types: ['csp-violation'], buffered: true});"
                + "observer.observe(); setTimeout(() => { observer.disconnect(); done(seen); }, 200); })");
    }

    /** A screenshot of the browser's window, into target/screenshots (the docs keep copies). */
    void screenshot(String name) {
        browser.screenshot(Path.of("target", "screenshots", name));
    }

    /** A screenshot of the browser's window for the docs (see {@link DocsScreenshots}). */
    Path screenshotForDocs(String name) {
        return browser.screenshot(DocsScreenshots.file(name));
    }

    /** A hash of a canvas's pixels. */
    String pixels(String selector) {
        return (String) js("const c = document.querySelector(arguments[0]);"
                + "const d = c.getContext('2d').getImageData(0, 0, c.width, c.height).data;"
                + "let h = 0; for (let i = 0; i < d.length; i++) h = (h * 31 + d[i]) | 0;"
                + "return c.width + 'x' + c.height + ':' + h;", selector);
    }
}
