package playground.client.exports;

import org.teavm.jso.JSExport;
import playground.client.JsNumbers;

/**
 * Entry point of the exports' own bundles (exports.wasm and exports.js), which the training
 * worker loads on demand (engine.worker.ExportBundle).
 */
public final class ExportsMain {
    private ExportsMain() {}

    static {
        JsNumbers.install();
    }

    /** TeaVM needs a main method; the worker calls the export. */
    public static void main(String[] args) {}

    /** {@link ExportTexts#write}: the script or formulas of a run, from its snapshot JSON. */
    @JSExport
    public static String write(String what, String snapshotJson) {
        return ExportTexts.write(what, snapshotJson);
    }
}
