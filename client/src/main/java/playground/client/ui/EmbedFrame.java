package playground.client.ui;

import org.teavm.jso.JSBody;
import org.teavm.jso.dom.html.HTMLElement;

/**
 * What an embedded widget (the playground or a lesson) tells the page around it: its height, as
 * {@code {type: 'nn-playground:resize', height}} by postMessage, now, on load and whenever it
 * changes (up or down), so that web/js/embed.js on the host page can size the iframe to fit.
 */
public final class EmbedFrame {
    public static final String RESIZE_MESSAGE = "nn-playground:resize";

    private EmbedFrame() {}

    /** Reports the height of {@code measured} while it changes; nothing when the page is not in a frame. */
    public static void reportHeight(HTMLElement measured) {
        report(measured, RESIZE_MESSAGE);
    }

    @JSBody(params = {"measured", "type"}, script = "if (window.parent === window) return;"
            + "let lastHeight = -1;"
            + "const report = () => { const height = Math.ceil(measured.getBoundingClientRect().height);"
            + " if (height !== lastHeight) { lastHeight = height; window.parent.postMessage({type: type, height: height}, '*'); } };"
            + "new ResizeObserver(report).observe(measured); window.addEventListener('load', report); report();")
    private static native void report(HTMLElement measured, String type);
}
