package playground.client.ui;

import org.teavm.jso.JSBody;
import org.teavm.jso.dom.html.HTMLElement;

/**
 * What an embedded widget (the playground or a lesson) tells the page around it: its height, so
 * that the page can size the frame to fit. In two dialects, both always: our own
 * {@code {type: 'nn-playground:resize', height}} for web/js/embed.js, and WordPress's
 * {@code {message: 'height', value, secret}} with the secret WordPress put in the frame's address
 * ({@code #?secret=…}), which its resize script checks. Both are posted at start-up, on load,
 * whenever the height changes (up or down), and WordPress's again whenever its script says
 * {@code {message: 'ready', secret}} (it may start after the widget did). A frame hidden by the
 * host may never lay out again, so nothing waits for a change before the first message. The
 * whole document's height includes what pokes out of the body (a panel a few pixels taller than
 * its row), so that the frame needs no scroll bar.
 */
public final class EmbedFrame {
    public static final String RESIZE_MESSAGE = "nn-playground:resize";
    /** WordPress's secret for this frame, read before the page rewrites its hash; null outside WordPress. */
    private static String secret;

    private EmbedFrame() {}

    /** Reads WordPress's secret from the address; call before anything rewrites the hash. */
    public static void readHostSecret() {
        if (secret == null) secret = HostKeys.wordPressSecret(currentHash());
    }

    /** Reports the height of {@code measured} while it changes; nothing when the page is not in a frame. */
    public static void reportHeight(HTMLElement measured) {
        readHostSecret();
        report(measured, RESIZE_MESSAGE, secret);
    }

    @JSBody(script = "return location.hash;")
    private static native String currentHash();

    @JSBody(params = {"measured", "type", "secret"}, script = "if (window.parent === window) return;"
            + "let lastHeight = -1;"
            + "const post = height => { window.parent.postMessage({type: type, height: height}, '*');"
            + " if (secret) window.parent.postMessage({message: 'height', value: height, secret: secret}, '*'); };"
            + "const measure = () => Math.ceil(measured === document.documentElement && document.body"
            + " ? Math.max(measured.getBoundingClientRect().height, document.body.scrollHeight)"
            + " : measured.getBoundingClientRect().height);"
            + "const report = () => { const height = measure();"
            + " if (height !== lastHeight) { lastHeight = height; post(height); } };"
            + "if (secret) window.addEventListener('message', e => { const d = e.data;"
            + " if (e.source === window.parent && d && d.message === 'ready' && d.secret === secret) post(measure()); });"
            + "const observer = new ResizeObserver(report); observer.observe(measured);"
            + "if (measured === document.documentElement && document.body)"
            + " document.querySelectorAll('body > *, body > * > *').forEach(e => observer.observe(e));"
            + "window.addEventListener('load', report); report();")
    private static native void report(HTMLElement measured, String type, String secret);
}
