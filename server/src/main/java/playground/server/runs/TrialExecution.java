package playground.server.runs;

import java.sql.SQLException;
import java.time.Duration;
import java.util.Map;
import java.util.function.BooleanSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import playground.config.Config;
import playground.config.Limits;
import playground.train.LossHistory;
import playground.train.Snapshot;
import playground.train.TrainingRun;

/**
 * One execution of one trial, wherever the scheduler hands it: take the trial on, resume from its
 * last checkpoint (or start afresh), train to the end, writing the loss curves a few times a second
 * and the state without the curves ({@link Checkpoint}) every {@link RunOptions#checkpoint()}, then
 * store the result. Because
 * restoring a {@link Snapshot} and training on gives the same bits as never stopping, a trial that
 * a killed process left half done ends exactly as if nothing had happened.
 */
public final class TrialExecution {
    private static final Logger LOG = LoggerFactory.getLogger(TrialExecution.class);
    /** How often the curves and progress are written: the live chart's pace. */
    public static final Duration PROGRESS_INTERVAL = Duration.ofMillis(300);

    /** How an execution ended. */
    public enum Outcome {
        /** Trained to the end and stored. */
        FINISHED,
        /** The trial was not to be run (finished, cancelled, or its run deleted). */
        NOTHING_TO_DO,
        /** Stopped midway: cancelled, or taken over by another execution. */
        STOPPED,
        /** This process is shutting down: the state is checkpointed for another process to go on. */
        HANDED_OVER,
        /** The trial cannot be trained (recorded as failed). */
        FAILED
    }

    private final RunStore store;
    private final Duration checkpointInterval;
    private final String worker;

    /** @param worker who executes, as recorded with the trial (host:pid) */
    public TrialExecution(RunStore store, Duration checkpointInterval, String worker) {
        this.store = store;
        this.checkpointInterval = checkpointInterval;
        this.worker = worker;
    }

    /**
     * Executes trial {@code index} of run {@code runId}.
     *
     * @param shuttingDown asked after every epoch; true makes the execution checkpoint and hand over
     * @throws SQLException when the database fails: the scheduler retries the execution later
     */
    public Outcome execute(String runId, int index, BooleanSupplier shuttingDown) throws SQLException {
        RunStore.Claim claim = store.claim(runId, index, worker);
        if (claim == null) return Outcome.NOTHING_TO_DO;
        TrainingRun run;
        try {
            run = claim.snapshot() != null
                    ? Checkpoint.restore(claim.snapshot(), claim.history(), Limits.SERVER)
                    : new TrainingRun(Config.fromJson(claim.config(), Limits.SERVER));
        } catch (RuntimeException e) {
            return failed(runId, index, "cannot start: " + e, e);
        }
        Trial trial = new Trial(index, Map.of(), run.config, claim.epochs());
        Writer writer = new Writer(runId, index, claim.attempt(), claim.snapshot() != null ? run.epoch() : -1,
                shuttingDown);
        Trial.Result result;
        try {
            result = trial.continueRun(run, writer::afterEpoch);
        } catch (Stop stop) {
            return stop.outcome;
        } catch (StoreFailure e) {
            throw e.getCause();
        } catch (RuntimeException e) {
            return failed(runId, index, "training failed: " + e, e);
        }
        boolean stored = store.finish(runId, index, claim.attempt(), writer.unwritten(run), result,
                Snapshot.toJson(run));
        return stored ? Outcome.FINISHED : Outcome.STOPPED;
    }

    private Outcome failed(String runId, int index, String error, Throwable e) throws SQLException {
        LOG.error("run {} trial {}: {}", runId, index, error, e);
        store.fail(runId, index, error);
        return Outcome.FAILED;
    }

    /** Writes progress and checkpoints of one execution as its run trains. */
    private final class Writer {
        private final String runId;
        private final int index;
        private final int attempt;
        private final BooleanSupplier shuttingDown;
        /** The last history entry in the database. */
        private int written;
        private long lastWrite = System.nanoTime();
        private long lastCheckpoint = System.nanoTime();

        Writer(String runId, int index, int attempt, int written, BooleanSupplier shuttingDown) {
            this.runId = runId;
            this.index = index;
            this.attempt = attempt;
            this.written = written;
            this.shuttingDown = shuttingDown;
        }

        void afterEpoch(TrainingRun run) {
            if (shuttingDown.getAsBoolean()) {
                write(run, true);
                throw new Stop(Outcome.HANDED_OVER);
            }
            long now = System.nanoTime();
            if (now - lastWrite >= PROGRESS_INTERVAL.toNanos()) {
                boolean checkpoint = now - lastCheckpoint >= checkpointInterval.toNanos();
                if (!write(run, checkpoint)) throw new Stop(Outcome.STOPPED);
                lastWrite = now;
                if (checkpoint) lastCheckpoint = now;
            }
        }

        /** Writes the new curve points and losses (and, for a checkpoint, the whole state). */
        private boolean write(TrainingRun run, boolean checkpoint) {
            LossChunk points = unwritten(run);
            boolean ok;
            try {
                ok = store.progress(runId, index, attempt, points, run.epoch(), run.trainLoss(), run.testLoss(),
                        checkpoint ? Checkpoint.toJson(run) : null);
            } catch (SQLException e) {
                throw new StoreFailure(e);
            }
            if (ok) written = run.epoch();
            return ok;
        }

        /** History entries after the last written one. */
        LossChunk unwritten(TrainingRun run) {
            LossHistory h = run.history();
            int from = written + 1;
            int n = Math.max(0, h.size() - from);
            double[] train = new double[n];
            double[] test = new double[n];
            for (int i = 0; i < n; i++) {
                train[i] = h.train(from + i);
                test[i] = h.test(from + i);
            }
            return new LossChunk(index, from, train, test);
        }
    }

    /** Ends the training loop early with an outcome. */
    private static final class Stop extends RuntimeException {
        final Outcome outcome;

        Stop(Outcome outcome) {
            super(outcome.name(), null, false, false);
            this.outcome = outcome;
        }
    }

    /** A database failure inside the training loop, carried out of it. */
    private static final class StoreFailure extends RuntimeException {
        StoreFailure(SQLException cause) {
            super(cause);
        }

        @Override
        public synchronized SQLException getCause() {
            return (SQLException) super.getCause();
        }
    }
}
