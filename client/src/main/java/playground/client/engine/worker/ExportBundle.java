package playground.client.engine.worker;

import org.teavm.jso.JSObject;
import playground.client.ui.Bundles;

/**
 * The worker's door to the exports bundle (playground.client.exports): the scripts and formulas
 * are written there, loaded the first time the page asks for one. The bridge is plain values:
 * what to write and the run's snapshot JSON in, the text out.
 */
final class ExportBundle {
    private ExportBundle() {}

    /** The exports bundle's functions (exports.ExportsMain). */
    interface Exports extends JSObject {
        String write(String what, String snapshotJson);
    }

    interface Written {
        void written(String text);
    }

    interface Failed {
        void failed(String message);
    }

    /** Writes {@code what} for the run of {@code snapshotJson}, once the bundle is loaded; null text: nothing to show. */
    static void write(String what, String snapshotJson, Written written, Failed failed) {
        Bundles.load("exports", exports -> {
            String text;
            try {
                text = exports.<Exports>cast().write(what, snapshotJson);
            } catch (RuntimeException e) {
                failed.failed(String.valueOf(e.getMessage()));
                return;
            }
            written.written(text);
        }, failed::failed);
    }
}
