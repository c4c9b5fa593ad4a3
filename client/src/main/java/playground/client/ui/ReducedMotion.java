package playground.client.ui;

import org.teavm.jso.JSBody;

/**
 * The reader's wish for less motion (the system's "reduce motion" setting, which browsers
 * expose as {@code prefers-reduced-motion: reduce}): an embed asked to start playing by itself
 * then waits for the reader's play instead.
 */
public final class ReducedMotion {
    private ReducedMotion() {}

    @JSBody(script = "return !!(window.matchMedia && matchMedia('(prefers-reduced-motion: reduce)').matches);")
    public static native boolean wanted();

    /** Whether a widget asked to autoplay may start moving on its own. */
    public static boolean mayAutoplay(boolean autoplay) {
        return autoplay && !wanted();
    }
}
