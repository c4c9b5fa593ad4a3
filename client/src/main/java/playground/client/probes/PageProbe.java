package playground.client.probes;

import org.teavm.jso.JSBody;
import org.teavm.jso.JSFunctor;
import org.teavm.jso.JSObject;
import playground.client.engine.EngineClient;
import playground.client.engine.Protocol;

/**
 * What tests and tools may ask the running page, as {@code window.playgroundPage}:
 * {@code fingerprint()} → a Promise of the exact bits of the worker's run (epoch, loss history,
 * weights, biases; {@code playground.train.Fingerprint}), so that two pages can be shown to hold
 * the same network and to train on identically. Read-only: it changes nothing.
 */
public final class PageProbe {
    private PageProbe() {}

    @JSFunctor
    interface Ask extends JSObject {
        void ask(JSObject resolve);
    }

    public static void install(EngineClient engine) {
        define(resolve -> engine.export(Protocol.FINGERPRINT, text -> answer(resolve, text)));
    }

    @JSBody(params = "ask", script = "window.playgroundPage = Object.freeze({"
            + " fingerprint: () => new Promise(resolve => ask(resolve)) });")
    private static native void define(Ask ask);

    @JSBody(params = {"resolve", "text"}, script = "resolve(text);")
    private static native void answer(JSObject resolve, String text);
}
