package playground.client.probes;

import playground.client.engine.Protocol;
import playground.config.Config;
import playground.config.Limits;
import playground.nn.Heatmap;
import playground.train.Fingerprint;
import playground.train.TrainingRun;

/**
 * The work web/bench.html times, in the browser's runtimes: training epochs, the neurons'
 * pictures over the page's grid, and both together as the playground page does per frame. One
 * run at a time, its arrays allocated once so that allocation is not measured.
 */
public final class Benchmark {
    private Benchmark() {}

    private static TrainingRun run;
    private static Heatmap heatmap;
    private static float[][] pictures;

    /** Sets up the run (a configuration, JSON). Returns the number of neurons, or "error: key: message". */
    public static String create(String configJson) {
        try {
            run = new TrainingRun(Config.fromJson(configJson, Limits.BROWSER));
            heatmap = new Heatmap(run.features, Protocol.DENSITY, -Protocol.DOMAIN, Protocol.DOMAIN);
            pictures = new float[run.network.nodeCount()][heatmap.cells()];
            return String.valueOf(run.network.nodeCount());
        } catch (RuntimeException e) {
            return "error: " + e.getMessage();
        }
    }

    /** Trains n epochs (each also computes the train and test loss); returns the last test loss. */
    public static double epochs(int n) {
        for (int i = 0; i < n; i++) run.trainEpoch();
        return run.testLoss();
    }

    /** Evaluates every neuron over the grid n times; returns one value so the work is observable. */
    public static double grid(int n) {
        for (int i = 0; i < n; i++) heatmap.evaluate(run.network, pictures);
        return pictures[pictures.length - 1][0];
    }

    /** n frames of the playground page: one epoch, then every neuron's picture. */
    public static double frames(int n) {
        for (int i = 0; i < n; i++) {
            run.trainEpoch();
            heatmap.evaluate(run.network, pictures);
        }
        return pictures[pictures.length - 1][0];
    }

    /** Trains the run set up by {@link #create} and fingerprints every neuron's picture. */
    static String picturesFingerprint(int epochs) {
        epochs(epochs);
        heatmap.evaluate(run.network, pictures);
        return Fingerprint.ofPictures(pictures);
    }
}
