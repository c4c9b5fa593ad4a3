package playground.client.serverruns;

import org.teavm.jso.JSBody;
import org.teavm.jso.JSFunctor;
import org.teavm.jso.JSObject;
import playground.client.ui.Http;
import playground.client.ui.PageMode;

/**
 * The server's runs API (docs/api.md): {@code POST /api/runs} {@code {config, epochs,
 * seeds?, grid?}} → 202 {@code {id}}; {@code GET /api/runs/{id}} (status, progress, results, the
 * sweep's table); {@code DELETE} cancels; a finished trial's snapshot; and the run's progress as
 * Server-Sent Events. Answers are {@link Http.Answer}s: the same {@code {error, field}}.
 */
final class ServerRunsApi {
    static final String COLLECTION = "api/runs";

    private ServerRunsApi() {}

    static void submit(String body, Http.Done done) {
        Http.send("POST", COLLECTION, null, body, done);
    }

    static void read(String id, Http.Done done) {
        Http.send("GET", COLLECTION + "/" + id, null, null, done);
    }

    static void cancel(String id, Http.Done done) {
        Http.send("DELETE", COLLECTION + "/" + id, null, null, done);
    }

    static void snapshot(String id, int trial, Http.Done done) {
        Http.send("GET", COLLECTION + "/" + id + "/trials/" + trial + "/snapshot", null, null, done);
    }

    /** What the event stream reports: an event's name ({@code progress}, {@code done}, {@code error}) and data. */
    @JSFunctor
    interface Listener extends JSObject {
        void event(String name, String data);
    }

    /**
     * Subscribes to {@code GET /api/runs/{id}/events}. The stream is closed on {@code done} (else
     * the browser would reconnect and replay); on a lost connection the browser reconnects by
     * itself and the server replays everything, so {@code error} only says so ("0" connecting
     * again, "2" given up).
     */
    static JSObject events(String id, Listener listener) {
        return open(PageMode.absolute(COLLECTION + "/" + id + "/events"), listener);
    }

    @JSBody(params = {"url", "listener"}, script = "const source = new EventSource(url);"
            + "source.addEventListener('progress', e => listener('progress', e.data));"
            + "source.addEventListener('done', e => { source.close(); listener('done', e.data); });"
            + "source.onerror = () => listener('error', String(source.readyState));"
            + "return source;")
    private static native JSObject open(String url, Listener listener);

    @JSBody(params = "source", script = "if (source) source.close();")
    static native void close(JSObject source);
}
