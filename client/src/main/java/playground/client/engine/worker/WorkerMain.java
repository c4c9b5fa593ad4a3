package playground.client.engine.worker;

import org.teavm.jso.JSExport;
import playground.client.JsNumbers;

/**
 * Entry point of the worker's own bundles (engine.js and engine.wasm): only the training engine
 * and its painters, none of the page's UI, so the worker downloads and compiles far less than
 * the page bundle. web/js/worker.js calls {@link #startWorker}.
 */
public final class WorkerMain {
    private WorkerMain() {}

    static {
        JsNumbers.install();
    }

    /** TeaVM needs a main method; the worker script calls the export. */
    public static void main(String[] args) {}

    /** Starts answering the page's messages. */
    @JSExport
    public static void startWorker() {
        EngineWorker.start();
    }
}
