package playground.client.probes;

import playground.config.Config;
import playground.core.Json;
import playground.config.Limits;
import playground.train.Fingerprint;
import playground.train.Snapshot;
import playground.train.TrainingRun;

/**
 * Training results as exact bits, for the cross-runtime test: it runs the same configuration
 * here (JavaScript, WebAssembly) and on the JVM and compares. Each answer is text; a bad
 * configuration gives "error: key: message".
 */
public final class Fingerprints {
    private Fingerprints() {}

    /** Trains some epochs and returns the exact bits of the losses and parameters ({@link Fingerprint}). */
    public static String train(String configJson, int epochs) {
        try {
            return Fingerprint.of(trained(new TrainingRun(Config.fromJson(configJson, Limits.SERVER)), epochs));
        } catch (RuntimeException e) {
            return "error: " + e.getMessage();
        }
    }

    /** Trains and returns {"epoch":E,"trainLoss":L1,"testLoss":L2}, the command line's line. */
    public static String summary(String configJson, int epochs) {
        try {
            TrainingRun run = trained(new TrainingRun(Config.fromJson(configJson, Limits.BROWSER)), epochs);
            return "{\"epoch\":" + run.epoch() + ",\"trainLoss\":" + Json.write(run.trainLoss())
                    + ",\"testLoss\":" + Json.write(run.testLoss()) + "}";
        } catch (RuntimeException e) {
            return "error: " + e.getMessage();
        }
    }

    /** Trains and returns the snapshot JSON, for restore-and-continue checks across runtimes. */
    public static String snapshot(String configJson, int epochs) {
        try {
            return Snapshot.toJson(trained(new TrainingRun(Config.fromJson(configJson, Limits.SERVER)), epochs));
        } catch (RuntimeException e) {
            return "error: " + e.getMessage();
        }
    }

    /** Restores a snapshot, trains on, and returns the fingerprint. */
    public static String resume(String snapshotJson, int epochs) {
        try {
            return Fingerprint.of(trained(Snapshot.fromJson(snapshotJson, Limits.SERVER), epochs));
        } catch (RuntimeException e) {
            return "error: " + e.getMessage();
        }
    }

    /**
     * Restores a snapshot, trains on, and returns the snapshot JSON again (0 epochs: the same
     * snapshot read and written here): the cross-runtime tests compare its text with the JVM's.
     */
    public static String resumeSnapshot(String snapshotJson, int epochs) {
        try {
            return Snapshot.toJson(trained(Snapshot.fromJson(snapshotJson, Limits.SERVER), epochs));
        } catch (RuntimeException e) {
            return "error: " + e.getMessage();
        }
    }

    /**
     * Trains and returns {@link Fingerprint#ofPictures} of every neuron's picture over the page's
     * grid: the cross-runtime test compares it with the JVM's.
     */
    public static String pictures(String configJson, int epochs) {
        String created = Benchmark.create(configJson);
        if (created.startsWith("error")) return created;
        return Benchmark.picturesFingerprint(epochs);
    }

    private static TrainingRun trained(TrainingRun run, int epochs) {
        for (int i = 0; i < epochs; i++) run.trainEpoch();
        return run;
    }
}
