package playground.server.runs;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Consumer;
import playground.config.Config;
import playground.train.TrainingRun;

/**
 * One training run of a sweep or a set of seeds: a cell's configuration with one seed, trained
 * for a number of epochs, keeping its final and best test loss. The same trial gives the same
 * result wherever it runs.
 */
public final class Trial {
    public final int index;
    public final Map<String, Object> cell;
    public final Config config;
    public final int epochs;

    public Trial(int index, Map<String, Object> cell, Config config, int epochs) {
        this.index = index;
        this.cell = cell;
        this.config = config;
        this.epochs = epochs;
    }

    /** The outcome of a finished trial. */
    public static final class Result {
        public final Trial trial;
        public final TrainingRun run;
        public final double bestTestLoss;
        public final int bestEpoch;
        public final boolean diverged;

        Result(Trial trial, TrainingRun run, double bestTestLoss, int bestEpoch, boolean diverged) {
            this.trial = trial;
            this.run = run;
            this.bestTestLoss = bestTestLoss;
            this.bestEpoch = bestEpoch;
            this.diverged = diverged;
        }

        /** The trial's JSON line (without the snapshot, which callers add where they need it). */
        public Map<String, Object> toMap() {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("trial", trial.index);
            m.put("settings", trial.cell);
            m.put("seed", trial.config.seed);
            m.put("epoch", run.epoch());
            m.put("trainLoss", run.trainLoss());
            m.put("testLoss", run.testLoss());
            m.put("bestTestLoss", bestTestLoss);
            m.put("bestEpoch", bestEpoch);
            m.put("diverged", diverged);
            return m;
        }
    }

    /** Trains to the end, or stops early once the loss is no longer finite. */
    public Result run() {
        return continueRun(new TrainingRun(config), null);
    }

    /**
     * Trains an already started run on to {@link #epochs}; {@code afterEpoch} (may be null) is
     * called after each epoch, e.g. to report progress or checkpoint.
     */
    public Result continueRun(TrainingRun run, Consumer<TrainingRun> afterEpoch) {
        while (run.epoch() < epochs && !run.diverged()) {
            run.trainEpoch();
            if (afterEpoch != null) afterEpoch.accept(run);
        }
        double best = Double.POSITIVE_INFINITY;
        int bestEpoch = 0;
        for (int e = 0; e < run.history().size(); e++) {
            double t = run.history().test(e);
            if (t < best) {
                best = t;
                bestEpoch = e;
            }
        }
        return new Result(this, run, best, bestEpoch, run.diverged());
    }
}
