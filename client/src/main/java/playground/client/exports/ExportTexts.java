package playground.client.exports;

import static playground.client.engine.Protocol.KERAS;
import static playground.client.engine.Protocol.MATH;
import static playground.client.engine.Protocol.PYTORCH;

import playground.config.Limits;
import playground.export.KerasScript;
import playground.export.MathMl;
import playground.export.PyTorchScript;
import playground.train.Snapshot;
import playground.train.TrainingRun;

/** The texts of the exports bundle, written from a run restored from its snapshot (plain Java, tested on the JVM). */
public final class ExportTexts {
    private ExportTexts() {}

    /**
     * The {@code what} export ({@code "pytorch"}, {@code "keras"} or {@code "math"}) of the run
     * whose snapshot is {@code snapshotJson}; null when there is nothing to show (the maths of a
     * network too large for formulas).
     */
    public static String write(String what, String snapshotJson) {
        TrainingRun run = Snapshot.fromJson(snapshotJson, Limits.BROWSER);
        switch (what) {
            case PYTORCH: return PyTorchScript.of(run);
            case KERAS: return KerasScript.of(run);
            case MATH: return math(run);
            default: throw new IllegalArgumentException("the exports bundle writes no " + what);
        }
    }

    /** The loss and the network, as formulas with the current numbers. */
    private static String math(TrainingRun run) {
        String network = MathMl.of(run);
        if (network == null) return null;
        String loss = MathMl.lossFormula(run.config);
        return loss == null ? network : loss + network;
    }
}
