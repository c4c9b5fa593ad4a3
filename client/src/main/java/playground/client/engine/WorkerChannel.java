package playground.client.engine;

import java.util.ArrayList;
import java.util.List;
import org.teavm.jso.JSBody;
import org.teavm.jso.JSFunctor;
import org.teavm.jso.JSObject;

/**
 * The page's end of the message channel to the training worker. The worker loads the page's
 * bundle of the page's runtime from the page's bundles' folder (both passed on, so that the file
 * comes from the browser's cache). It is started once the page is built ({@link #start}): until
 * then, and until it says {@code ready}, messages wait here, in order. (Started earlier, it
 * compiled the bundle and built its first frame while the page built itself, and on two cores
 * that held the page back more than it won: the page paints its first picture itself.)
 */
final class WorkerChannel {
    @JSFunctor
    interface Handler extends JSObject {
        void handle(JSObject data);
    }

    private final String runtime;
    private final Handler handler;
    private JSObject worker;
    /** Messages waiting for the worker, each with its transfer list (or null). */
    private final List<JSObject[]> queue = new ArrayList<>();
    private boolean ready;

    WorkerChannel(String runtime, Handler handler) {
        this.runtime = runtime;
        this.handler = handler;
    }

    /** Starts the worker (once). */
    void start() {
        if (worker != null) return;
        worker = create("js/worker.js?runtime=" + runtime + bundlesFolder());
        listen(worker, handler);
    }

    /** The worker said {@code ready}: everything waiting goes now. */
    void opened() {
        ready = true;
        for (JSObject[] m : queue) {
            if (m[1] == null) post(worker, m[0]); else post(worker, m[0], m[1]);
        }
        queue.clear();
    }

    void send(JSObject message) {
        if (ready) {
            post(worker, message);
        } else {
            queue.add(new JSObject[] {message, null});
        }
    }

    /** Sends a message and hands over (does not copy) the objects listed in {@code transfer}. */
    void send(JSObject message, JSObject transfer) {
        if (ready) {
            post(worker, message, transfer);
        } else {
            queue.add(new JSObject[] {message, transfer});
        }
    }

    /**
     * A module worker. A page with an opaque origin (an embed in an iframe sandboxed without
     * allow-same-origin) may not start a worker from a URL, since no URL is of its origin; there
     * the worker is a one-line script of its own (a blob) that imports the real one. (A module blob
     * does not start in Chromium there; a classic one with a dynamic import does.)
     */
    @JSBody(params = "url", script = "const workerUrl = new URL(url, document.baseURI);"
            + "if (self.origin === workerUrl.origin) return new Worker(workerUrl, {type: 'module'});"
            + "const source = 'import(' + JSON.stringify(workerUrl.href) + ').catch(importError =>"
            + " postMessage({type: \\'error\\', during: \\'start\\', message: String(importError)}));';"
            + "return new Worker(URL.createObjectURL(new Blob([source], {type: 'text/javascript'})));")
    private static native JSObject create(String url);

    /** {@code &app=} and the folder the page's bundle came from (web/js/loader.js), or nothing before it is known. */
    @JSBody(script = "const folder = globalThis.playground && globalThis.playground.app;"
            + "return folder ? '&app=' + encodeURIComponent(folder) : '';")
    private static native String bundlesFolder();

    @JSBody(params = {"worker", "handler"},
            script = "worker.addEventListener('message', messageEvent => handler(messageEvent.data));")
    private static native void listen(JSObject worker, Handler handler);

    @JSBody(params = {"worker", "message"}, script = "worker.postMessage(message);")
    private static native void post(JSObject worker, JSObject message);

    @JSBody(params = {"worker", "message", "transfer"}, script = "worker.postMessage(message, transfer);")
    private static native void post(JSObject worker, JSObject message, JSObject transfer);
}
