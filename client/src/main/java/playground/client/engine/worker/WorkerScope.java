package playground.client.engine.worker;

import org.teavm.jso.JSBody;
import org.teavm.jso.JSFunctor;
import org.teavm.jso.JSObject;
import playground.client.ui.Js;

/** The worker's side of the message channel: {@code self.postMessage} and its listener. */
final class WorkerScope {
    private WorkerScope() {}

    @JSFunctor
    interface Handler extends JSObject {
        void handle(JSObject data);
    }

    @JSBody(params = "handler", script = "self.addEventListener('message', messageEvent => handler(messageEvent.data));")
    static native void listen(Handler handler);

    @JSBody(params = "message", script = "self.postMessage(message);")
    static native void post(JSObject message);

    /** Posts and hands over (does not copy) the buffers of the typed arrays listed ({@link Js#array}). */
    @JSBody(params = {"message", "arrays"}, script = "self.postMessage(message, arrays.map(typedArray => typedArray.buffer));")
    static native void post(JSObject message, JSObject arrays);
}
