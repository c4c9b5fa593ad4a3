package playground.client.engine.worker;

import static playground.client.engine.Protocol.BIASES;
import static playground.client.engine.Protocol.CONFIG;
import static playground.client.engine.Protocol.DEAD_LINKS;
import static playground.client.engine.Protocol.WEIGHTS;

import org.teavm.jso.JSObject;
import playground.client.ui.Bundles;
import playground.client.ui.Js;
import playground.nn.Network;
import playground.train.Snapshot;
import playground.train.TrainingRun;

/**
 * The worker's door to the exports bundle (playground.client.exports), loaded the first time the
 * page asks for a script or the maths: plain values in, the text out. The maths panel asks twice
 * a second while it is open, so it gets the configuration and the parameters only; a script gets
 * the run's snapshot (it also names the epoch and the losses).
 */
final class ExportBundle {
    private ExportBundle() {}

    /** The exports bundle's functions (exports.ExportsMain). */
    interface Exports extends JSObject {
        String maths(JSObject network);

        String script(String what, String snapshotJson);
    }

    interface Written {
        void written(String text);
    }

    interface Failed {
        void failed(String message);
    }

    private interface Call {
        String call(Exports exports);
    }

    /** The formulas of the run's network as it is now; null text: too large for formulas. */
    static void maths(TrainingRun run, Written written, Failed failed) {
        Network net = run.network;
        JSObject network = Js.object();
        Js.set(network, CONFIG, run.config.toJson());
        Js.set(network, WEIGHTS, Js.doubles(net.weights));
        Js.set(network, BIASES, Js.doubles(net.biases));
        int[] dead = new int[net.dead.length];
        for (int i = 0; i < dead.length; i++) dead[i] = net.dead[i] ? 1 : 0;
        Js.set(network, DEAD_LINKS, Js.ints(dead));
        call(exports -> exports.maths(network), written, failed);
    }

    /** The {@code what} script (pytorch, keras) of the run as it is now. */
    static void script(String what, TrainingRun run, Written written, Failed failed) {
        String snapshot = Snapshot.toJson(run);
        call(exports -> exports.script(what, snapshot), written, failed);
    }

    private static void call(Call call, Written written, Failed failed) {
        Bundles.load("exports", exports -> {
            String text;
            try {
                text = call.call(exports.cast());
            } catch (RuntimeException e) {
                failed.failed(String.valueOf(e.getMessage()));
                return;
            }
            written.written(text);
        }, failed::failed);
    }
}
