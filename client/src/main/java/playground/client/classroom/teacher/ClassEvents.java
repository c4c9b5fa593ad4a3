package playground.client.classroom.teacher;

import org.teavm.jso.JSBody;
import org.teavm.jso.JSFunctor;
import org.teavm.jso.JSObject;

/**
 * The class's live stream of attempts ({@code GET /api/classes/{id}/events}: every attempt so far,
 * then each new one, as {@code event: attempt}), through the browser's EventSource, which
 * reconnects by itself after a dropped connection.
 */
final class ClassEvents {
    private ClassEvents() {}

    @JSFunctor
    interface Listener extends JSObject {
        void event(String type, String data);
    }

    /** Opens the stream; {@code listener} hears "attempt" (with its JSON), "deleted", "open", "error" and "closed". */
    @JSBody(params = {"address", "listener"}, script = "const source = new EventSource(address);"
            + "source.addEventListener('attempt', message => listener('attempt', String(message.data)));"
            + "source.addEventListener('deleted', () => { source.close(); listener('deleted', ''); });"
            + "source.onopen = () => listener('open', '');"
            + "source.onerror = () => listener(source.readyState === 2 ? 'closed' : 'error', '');"
            + "return source;")
    static native JSObject open(String address, Listener listener);

    @JSBody(params = "source", script = "source.close();")
    static native void close(JSObject source);
}
