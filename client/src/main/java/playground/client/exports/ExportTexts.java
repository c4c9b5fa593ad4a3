package playground.client.exports;

import static playground.client.engine.Protocol.KERAS;
import static playground.client.engine.Protocol.PYTORCH;

import playground.config.Config;
import playground.config.Limits;
import playground.export.KerasScript;
import playground.export.MathMl;
import playground.export.PyTorchScript;
import playground.nn.Network;
import playground.train.Snapshot;
import playground.train.TrainingRun;

/**
 * The texts of the exports bundle (plain Java, tested on the JVM). The maths panel asks twice a
 * second while it is open and the network trains, so its formulas are written from the
 * configuration and the current parameters alone, on a run built once per configuration; a script,
 * asked for once, also names the epoch and the losses, and is written from the run's snapshot.
 */
public final class ExportTexts {
    /** The run of the last configuration the maths were asked for (the worker trains one run at a time). */
    private static String mathsConfig;
    private static TrainingRun mathsRun;

    private ExportTexts() {}

    /**
     * The loss and the network as MathML with the current numbers, for the configuration
     * {@code configJson} with these parameters ({@code deadLinks}: 1 for each link L1 removed);
     * null when the network is too large for formulas.
     */
    public static String maths(String configJson, double[] weights, double[] biases, int[] deadLinks) {
        if (!configJson.equals(mathsConfig)) {
            mathsRun = new TrainingRun(Config.fromJson(configJson, Limits.BROWSER));
            mathsConfig = configJson;
        }
        Network net = mathsRun.network;
        copy(weights, net.weights, "weights");
        copy(biases, net.biases, "biases");
        if (deadLinks.length != net.dead.length) throw new IllegalArgumentException(
                "the network has " + net.dead.length + " links, got " + deadLinks.length + " dead-link flags");
        for (int i = 0; i < deadLinks.length; i++) net.dead[i] = deadLinks[i] != 0;
        String network = MathMl.of(mathsRun);
        if (network == null) return null;
        String loss = MathMl.lossFormula(mathsRun.config);
        return loss == null ? network : loss + network;
    }

    private static void copy(double[] from, double[] to, String what) {
        if (from.length != to.length) {
            throw new IllegalArgumentException("the network has " + to.length + " " + what + ", got " + from.length);
        }
        System.arraycopy(from, 0, to, 0, to.length);
    }

    /** The {@code what} script ({@code "pytorch"} or {@code "keras"}) of the run whose snapshot is {@code snapshotJson}. */
    public static String script(String what, String snapshotJson) {
        TrainingRun run = Snapshot.fromJson(snapshotJson, Limits.BROWSER);
        switch (what) {
            case PYTORCH: return PyTorchScript.of(run);
            case KERAS: return KerasScript.of(run);
            default: throw new IllegalArgumentException("the exports bundle writes no script " + what);
        }
    }
}
