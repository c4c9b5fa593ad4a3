package playground.client.exports;

import static playground.client.engine.Protocol.BIASES;
import static playground.client.engine.Protocol.CONFIG;
import static playground.client.engine.Protocol.DEAD_LINKS;
import static playground.client.engine.Protocol.WEIGHTS;

import org.teavm.jso.JSExport;
import org.teavm.jso.JSObject;
import playground.client.JsNumbers;
import playground.client.ui.Js;

/**
 * Entry point of the exports' own bundles (exports.wasm and exports.js), which the training
 * worker loads on demand (engine.worker.ExportBundle). Two functions of plain values.
 */
public final class ExportsMain {
    private ExportsMain() {}

    static {
        JsNumbers.install();
    }

    /** TeaVM needs a main method; the worker calls the exports. */
    public static void main(String[] args) {}

    /** {@link ExportTexts#maths}; {@code network}: {config (JSON), weights, biases (Float64Array), deadLinks (Int32Array)}. */
    @JSExport
    public static String maths(JSObject network) {
        return ExportTexts.maths(Js.string(network, CONFIG), Js.doubles(network, WEIGHTS), Js.doubles(network, BIASES),
                Js.ints(network, DEAD_LINKS));
    }

    /** {@link ExportTexts#script}: a PyTorch or Keras script, from the run's snapshot JSON. */
    @JSExport
    public static String script(String what, String snapshotJson) {
        return ExportTexts.script(what, snapshotJson);
    }
}
