package playground.server.page;

import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import playground.server.testing.Browser;
import playground.server.testing.ServerAndBrowser;
import playground.server.testing.Wait;

/**
 * The playground page as a test drives it: open it (a fresh document every time), wait for what
 * a reader would wait for, read numbers and pixels off the screen, click and choose like a reader.
 */
final class PlaygroundPage {
    private static int opened;

    private final ServerAndBrowser site;

    /**
     * The page on the test class's server, in its browser: asked of {@code site} at each use, so a
     * test class may make it before the server starts, and a fresh browser per test is the one used.
     */
    PlaygroundPage(ServerAndBrowser site) {
        this.site = site;
    }

    Browser browser() {
        return site.browser();
    }

    String baseUrl() {
        return site.baseUrl();
    }

    /**
     * Loads the page with this hash (without '#') and query ("runtime=js" or ""), and waits until
     * the first picture is drawn. A counter in the query makes every call a new document.
     */
    void open(String query, String hash) {
        String q = "?n=" + (++opened) + (query.isEmpty() ? "" : "&" + query);
        browser().openAndWaitUntilReady(site.baseUrl() + "/" + q + (hash.isEmpty() ? "" : "#" + hash));
        waitUntil("document.documentElement.dataset.page === 'ready'", 30_000, "the page drew its first frame");
    }

    void open(String hash) {
        open("", hash);
    }

    Object js(String script, Object... args) {
        return browser().script(script, args);
    }

    /** Polls a JavaScript condition (an expression) until it holds. */
    void waitUntil(String condition, long millis, String what) {
        browser().waitUntil(condition, Duration.ofMillis(millis), what);
    }


    String text(String selector) {
        return (String) js("return document.querySelector(arguments[0]).textContent.trim()", selector);
    }

    double number(String selector) {
        return Double.parseDouble(text(selector).replace(",", ""));
    }

    int epoch() {
        return (int) number("#epoch");
    }

    void click(String selector) {
        js("const e = document.querySelector(arguments[0]); if (!e) throw new Error('no ' + arguments[0]); e.click();",
                selector);
    }

    /** Chooses an option of the select inside the field marked {@code data-control=control}. */
    void choose(String control, String value) {
        js("const s = document.querySelector('[data-control=\"' + arguments[0] + '\"] select');"
                + "s.value = arguments[1]; s.dispatchEvent(new Event('change', {bubbles: true}));", control, value);
    }

    /** Chooses an option of the select matching {@code selector}. */
    void select(String selector, String value) {
        js("const s = document.querySelector(arguments[0]);"
                + "s.value = arguments[1]; s.dispatchEvent(new Event('change', {bubbles: true}));", selector, value);
    }

    String chosen(String control) {
        return (String) js("return document.querySelector('[data-control=\"' + arguments[0] + '\"] select').value",
                control);
    }

    boolean shown(String selector) {
        return Boolean.TRUE.equals(js("const e = document.querySelector(arguments[0]);"
                + "return !!e && e.checkVisibility()", selector));
    }

    String hash() {
        return (String) js("return location.hash");
    }

    void play() {
        click("#play");
        waitUntil("document.querySelector('#play').classList.contains('playing')", 5_000, "playing");
    }

    void pause() {
        if (Boolean.TRUE.equals(js("return document.querySelector('#play').classList.contains('playing')"))) {
            click("#play");
        }
    }

    /** Trains until the epoch counter reaches {@code epochs}, then pauses. */
    void trainTo(int epochs) {
        play();
        waitUntil("+document.querySelector('#epoch').textContent.replace(/[^0-9]/g, '') >= " + epochs, 60_000,
                "epoch " + epochs);
        pause();
    }

    /**
     * How many pixels of a canvas are (nearly) the palette's orange and blue: [orange, blue].
     */
    long[] paletteCounts(String selector) {
        @SuppressWarnings("unchecked")
        List<Long> counts = (List<Long>) js("const c = document.querySelector(arguments[0]);"
                + "const d = c.getContext('2d').getImageData(0, 0, c.width, c.height).data;"
                + "const near = (i, r, g, b) => Math.abs(d[i] - r) < 30 && Math.abs(d[i + 1] - g) < 30"
                + " && Math.abs(d[i + 2] - b) < 30 && d[i + 3] > 200;"
                + "let orange = 0, blue = 0;"
                + "for (let i = 0; i < d.length; i += 4) { if (near(i, 245, 147, 34)) orange++;"
                + " else if (near(i, 8, 119, 189)) blue++; }"
                + "return [orange, blue];", selector);
        return new long[] {counts.get(0), counts.get(1)};
    }

    /** A fingerprint of a canvas's pixels, to tell whether the picture changed. */
    String pixels(String selector) {
        return (String) js("const c = document.querySelector(arguments[0]);"
                + "const d = c.getContext('2d').getImageData(0, 0, c.width, c.height).data;"
                + "let h = 0; for (let i = 0; i < d.length; i++) h = (h * 31 + d[i]) | 0;"
                + "return c.width + 'x' + c.height + ':' + h;", selector);
    }

    /**
     * What the screen shows of an element, as PNG (base64): for canvases the page cannot read back
     * (the diagram is painted by the worker) and to compare pictures as a reader sees them.
     */
    String screenshotOf(String selector) {
        // Scrolled into view: capturing beyond the viewport resizes it for a moment, and the page
        // lays itself out (and repaints) anew.
        js("document.querySelector(arguments[0]).scrollIntoView({block: 'nearest', inline: 'nearest'})", selector);
        Wait.pause(100);
        @SuppressWarnings("unchecked")
        List<Number> box = (List<Number>) js("const r = document.querySelector(arguments[0]).getBoundingClientRect();"
                + "return [r.x + scrollX, r.y + scrollY, r.width, r.height];", selector);
        Map<String, Object> clip = Map.of("x", box.get(0).doubleValue(), "y", box.get(1).doubleValue(),
                "width", box.get(2).doubleValue(), "height", box.get(3).doubleValue(), "scale", 1);
        return (String) devTools("Page.captureScreenshot", Map.of("format", "png", "clip", clip)).get("data");
    }

    /** Keeps every file the page offers for download (name and Blob) in {@code window.downloads} instead of saving it. */
    void catchDownloads() {
        js("window.downloads = []; const blobs = new Map();"
                + "const make = URL.createObjectURL.bind(URL);"
                + "URL.createObjectURL = b => { const u = make(b); blobs.set(u, b); return u; };"
                + "const click = HTMLAnchorElement.prototype.click;"
                + "HTMLAnchorElement.prototype.click = function () {"
                + "  if (!this.download) return click.call(this);"
                + "  const b = blobs.get(this.href); window.downloads.push({name: this.download, blob: b}); };");
    }

    /** The text of the file last downloaded under this name (waits for it). */
    String downloadText(String name) {
        waitForDownload(name);
        return (String) js("return window.downloads.filter(d => d.name === arguments[0]).at(-1).blob.text()", name);
    }

    /** The bytes of the file last downloaded under this name (waits for it). */
    byte[] downloadBytes(String name) {
        waitForDownload(name);
        String base64 = (String) js("return window.downloads.filter(d => d.name === arguments[0]).at(-1).blob"
                + ".arrayBuffer().then(buffer => { let text = ''; const bytes = new Uint8Array(buffer);"
                + " for (let i = 0; i < bytes.length; i++) text += String.fromCharCode(bytes[i]);"
                + " return btoa(text); })", name);
        return Base64.getDecoder().decode(base64);
    }

    private void waitForDownload(String name) {
        waitUntil("window.downloads.some(d => d.name === '" + name + "')", 10_000, name + " downloaded");
    }

    @SuppressWarnings("unchecked")
    Map<String, Object> devTools(String command, Map<String, Object> params) {
        return browser().devTools(command, params);
    }
}
