package playground.client.ui;

import org.teavm.jso.JSBody;
import org.teavm.jso.JSFunctor;
import org.teavm.jso.JSObject;

/**
 * The bundles a page loads only when the reader asks for what they hold (web/js/loader.js,
 * {@code window.playground.load}): compiled from their own entry point, in the runtime of the
 * page's bundle, fetched at most once per page. Bundles share no Java objects: they meet through
 * JavaScript values (strings, plain objects, functions).
 */
public final class Bundles {
    private Bundles() {}

    @JSFunctor
    public interface Ready extends JSObject {
        /** {@code exports}: the bundle's exported functions (its entry point's @JSExport methods). */
        void ready(JSObject exports);
    }

    @JSFunctor
    public interface Failed extends JSObject {
        void failed(String message);
    }

    /** Loads bundle {@code name} (e.g. "serverruns" for serverruns.wasm or serverruns.js), then calls {@code ready}. */
    @JSBody(params = {"name", "ready", "failed"}, script = "globalThis.playground.load(name).then("
            + "e => ready(e), e => failed(String(e && e.message || e)));")
    public static native void load(String name, Ready ready, Failed failed);
}
