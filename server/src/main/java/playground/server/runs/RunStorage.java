package playground.server.runs;

import playground.config.Config;

/**
 * The most bytes a run can store, counted before it runs so that the storage quotas can refuse it
 * up front. Per trial: its curves (train and test loss after every epoch) in {@code run_points} and
 * again in its final state; its checkpoint, replaced in place by the final state (weights, biases
 * and four optimizer moments per parameter); its configuration twice. A number is at most 25 bytes
 * of JSON.
 */
final class RunStorage {
    private static final long BYTES_PER_NUMBER = 25;
    /** Row and index overhead of a trial and its curve stretches, generously. */
    private static final long BYTES_PER_TRIAL = 4096;

    private RunStorage() {}

    static long bytes(RunRequest request) {
        long bytes = 0;
        for (Trial trial : request.trials()) bytes += bytes(trial.config, trial.epochs);
        return bytes;
    }

    static long bytes(Config config, int epochs) {
        long numbers = 4L * (epochs + 1) + 5 * ComputeBudget.parameters(config);
        return numbers * BYTES_PER_NUMBER + 2L * config.toJson().length() + BYTES_PER_TRIAL;
    }

    /** Bytes as people read them: 12.3 MB. */
    static String format(long bytes) {
        if (bytes < 1_000_000) return (bytes + 999) / 1000 + " kB";
        if (bytes < 1_000_000_000) return String.format("%.1f MB", bytes / 1e6);
        return String.format("%.2f GB", bytes / 1e9);
    }
}
