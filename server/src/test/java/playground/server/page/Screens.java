package playground.server.page;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Screens of a given size for layout tests: a phone (with touch, so that the style sheet's
 * {@code pointer: coarse} rules apply), a tablet, a desktop; and what the layout tests measure on
 * them. Each call replaces the previous screen; {@link #plain} goes back to the browser's own,
 * which a test class that registers it as an extension gets after each test.
 */
final class Screens implements AfterEachCallback {
    static final Path SHOTS = Path.of("target", "screenshots");

    private final PlaygroundPage page;

    Screens(PlaygroundPage page) {
        this.page = page;
    }

    /** A screen of {@code width}×{@code height} CSS pixels; {@code touch}: a phone or tablet's touch screen. */
    void use(int width, int height, boolean touch) {
        Map<String, Object> metrics = new LinkedHashMap<>();
        metrics.put("width", width);
        metrics.put("height", height);
        metrics.put("deviceScaleFactor", 1);
        metrics.put("mobile", touch);
        page.devTools("Emulation.setDeviceMetricsOverride", metrics);
        page.devTools("Emulation.setTouchEmulationEnabled", Map.of("enabled", touch, "maxTouchPoints", touch ? 5 : 1));
    }

    @Override
    public void afterEach(ExtensionContext context) {
        plain();
    }

    void plain() {
        page.devTools("Emulation.clearDeviceMetricsOverride", Map.of());
        page.devTools("Emulation.setTouchEmulationEnabled", Map.of("enabled", false));
    }

    /** How far the page reaches to the right, in CSS pixels. */
    long pageWidth() {
        return (Long) page.js("return document.documentElement.scrollWidth");
    }

    /** Elements that reach past the right edge of a screen {@code width} wide (for a failure message). */
    @SuppressWarnings("unchecked")
    List<String> widerThan(int width) {
        return (List<String>) page.js("const out = [];"
                + "for (const e of document.body.querySelectorAll('*')) {"
                + "  const r = e.getBoundingClientRect(); if (r.width === 0 || r.right <= arguments[0] + 0.5) continue;"
                + "  let clipped = false; for (let a = e.parentElement; a && a !== document.body; a = a.parentElement) {"
                + "    if (getComputedStyle(a).overflowX !== 'visible') { clipped = true; break; } }"
                + "  if (!clipped) out.push(e.tagName.toLowerCase() + (e.id ? '#' + e.id : '') + '.' + e.className"
                + "      + ' right=' + Math.round(r.right)); }"
                + "return out.slice(0, 20);", width);
    }

    /** Top and bottom of the first element {@code selector} finds, relative to the top of the page. */
    @SuppressWarnings("unchecked")
    List<Number> topAndBottom(String selector) {
        return (List<Number>) page.js("const e = document.querySelector(arguments[0]);"
                + "if (!e) throw new Error('nothing matches ' + arguments[0]);"
                + "const r = e.getBoundingClientRect(); return [r.top + scrollY, r.bottom + scrollY];", selector);
    }

    /** The whole window as it looks now, as target/screenshots/{@code name}. */
    void shoot(String name) {
        Map<String, Object> shot = page.devTools("Page.captureScreenshot", Map.of("format", "png"));
        try {
            Files.createDirectories(SHOTS);
            Files.write(SHOTS.resolve(name), Base64.getDecoder().decode((String) shot.get("data")));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
