package playground.server.runs;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import playground.core.Json;
import playground.server.db.Database;

/**
 * Runs, their trials and loss curves in the database (tables {@code run}, {@code run_trial},
 * {@code run_trial_state}, {@code run_points}; see {@code V3__runs.sql} and {@code V4__…}). A trial's
 * progress row is written a few times a second; its large values (configuration, checkpoint, final
 * state) live in {@code run_trial_state}, written only at creation, checkpoints and the end. Every change is one transaction. Changes that
 * decide a run's status lock its row first ({@code SELECT … FOR UPDATE}), so that two processes
 * finishing its last two trials at once cannot both miss that the run is complete; a trial's
 * {@code attempt} fences out an execution that another process has taken over.
 */
public final class RunStore {
    private final Database database;

    public RunStore(Database database) {
        this.database = database;
    }

    /** A run as stored. */
    public record RunRow(String id, RunStatus status, String config, String grid, int seeds, int epochs, int trials,
            double cost, Instant createdAt, Instant finishedAt) {}

    /** A trial as stored, without its snapshot. Losses are null where not known yet. */
    public record TrialRow(int index, RunStatus status, String settings, int seed, int epoch, Double trainLoss,
            Double testLoss, Double bestTestLoss, Integer bestEpoch, boolean diverged, boolean hasSnapshot,
            String error) {}

    /**
     * What an execution needs to take a trial on: its fencing attempt, what to train, where to
     * resume (a {@link Checkpoint}, or null) and the curve points up to that checkpoint.
     */
    public record Claim(int attempt, String config, int epochs, String snapshot, List<LossChunk> history) {}

    // ---------------------------------------------------------------- submitting and reading

    /**
     * Stores a new run and its trials, all queued.
     *
     * @param client the address that submitted it
     * @param storage the most bytes it may store, reserved against the total quota
     */
    public void create(String id, RunRequest request, double cost, String client, long storage) throws SQLException {
        OffsetDateTime now = now();
        database.inTransaction(c -> {
            try (PreparedStatement run = c.prepareStatement("INSERT INTO run (id, status, config, grid, seeds, epochs,"
                    + " trials, cost, created_at, client, storage) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
                run.setString(1, id);
                run.setString(2, RunStatus.QUEUED.json);
                run.setString(3, request.config.toJson());
                run.setString(4, request.gridMap.isEmpty() ? null : Json.write(request.gridMap));
                run.setInt(5, request.seeds);
                run.setInt(6, request.epochs);
                run.setInt(7, request.trials().size());
                run.setDouble(8, cost);
                run.setObject(9, now);
                run.setString(10, client);
                run.setLong(11, storage);
                run.executeUpdate();
            }
            try (PreparedStatement trial = c.prepareStatement("INSERT INTO run_trial (run_id, trial_index, status,"
                    + " settings, config, seed, epoch, diverged, attempt) VALUES (?, ?, ?, ?, '', ?, 0, FALSE, 0)")) {
                for (Trial t : request.trials()) {
                    trial.setString(1, id);
                    trial.setInt(2, t.index);
                    trial.setString(3, RunStatus.QUEUED.json);
                    trial.setString(4, Json.write(t.cell));
                    trial.setInt(5, t.config.seed);
                    trial.addBatch();
                }
                trial.executeBatch();
            }
            try (PreparedStatement state = c.prepareStatement(
                    "INSERT INTO run_trial_state (run_id, trial_index, config) VALUES (?, ?, ?)")) {
                for (Trial t : request.trials()) {
                    state.setString(1, id);
                    state.setInt(2, t.index);
                    state.setString(3, t.config.toJson());
                    state.addBatch();
                }
                state.executeBatch();
            }
            return null;
        });
    }

    /**
     * What is taken when a client submits: unfinished trials over all runs (how full the queue is)
     * and of this client, the compute of this client's unfinished runs, and the storage reserved by
     * all stored runs.
     */
    public record Usage(int activeTrials, int clientTrials, double clientCompute, long storage) {}

    public Usage usage(String client) throws SQLException {
        try (Connection c = database.dataSource().getConnection()) {
            int active;
            try (PreparedStatement s = c.prepareStatement(
                    "SELECT COUNT(*) FROM run_trial WHERE status IN ('queued', 'running')");
                    ResultSet rs = s.executeQuery()) {
                rs.next();
                active = rs.getInt(1);
            }
            int clientTrials;
            double clientCompute;
            try (PreparedStatement s = c.prepareStatement("SELECT COALESCE(SUM(cost), 0) FROM run"
                    + " WHERE client = ? AND status IN ('queued', 'running')")) {
                s.setString(1, client);
                try (ResultSet rs = s.executeQuery()) {
                    rs.next();
                    clientCompute = rs.getDouble(1);
                }
            }
            try (PreparedStatement s = c.prepareStatement("SELECT COUNT(*) FROM run_trial t JOIN run r ON r.id = t.run_id"
                    + " WHERE r.client = ? AND r.status IN ('queued', 'running') AND t.status IN ('queued', 'running')")) {
                s.setString(1, client);
                try (ResultSet rs = s.executeQuery()) {
                    rs.next();
                    clientTrials = rs.getInt(1);
                }
            }
            long storage;
            try (PreparedStatement s = c.prepareStatement("SELECT COALESCE(SUM(storage), 0) FROM run");
                    ResultSet rs = s.executeQuery()) {
                rs.next();
                storage = rs.getLong(1);
            }
            return new Usage(active, clientTrials, clientCompute, storage);
        }
    }

    public Optional<RunRow> run(String id) throws SQLException {
        try (Connection c = database.dataSource().getConnection()) {
            return run(c, id, false);
        }
    }

    private static Optional<RunRow> run(Connection c, String id, boolean lock) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT id, status, config, grid, seeds, epochs, trials, cost,"
                + " created_at, finished_at FROM run WHERE id = ?" + (lock ? " FOR UPDATE" : ""))) {
            s.setString(1, id);
            try (ResultSet rs = s.executeQuery()) {
                if (!rs.next()) return Optional.empty();
                OffsetDateTime finished = rs.getObject("finished_at", OffsetDateTime.class);
                return Optional.of(new RunRow(rs.getString("id"), RunStatus.of(rs.getString("status")),
                        rs.getString("config"), rs.getString("grid"), rs.getInt("seeds"), rs.getInt("epochs"),
                        rs.getInt("trials"), rs.getDouble("cost"),
                        rs.getObject("created_at", OffsetDateTime.class).toInstant(),
                        finished == null ? null : finished.toInstant()));
            }
        }
    }

    /**
     * What a run's answer is kept under ({@link ViewCache}): its status and how many of its trials
     * finished, which change whenever the answer gains something a reader waits for (a trial's
     * result, the run's end); empty if there is no such run. One indexed read.
     */
    public Optional<String> stamp(String id) throws SQLException {
        try (Connection c = database.dataSource().getConnection();
                PreparedStatement s = c.prepareStatement("SELECT r.status, (SELECT COUNT(*) FROM run_trial t"
                        + " WHERE t.run_id = r.id AND t.status NOT IN ('queued', 'running')) FROM run r WHERE r.id = ?")) {
            s.setString(1, id);
            try (ResultSet rs = s.executeQuery()) {
                return rs.next() ? Optional.of(rs.getString(1) + "/" + rs.getLong(2)) : Optional.empty();
            }
        }
    }

    /** The run's trials in order. */
    public List<TrialRow> trials(String id) throws SQLException {
        List<TrialRow> trials = new ArrayList<>();
        try (Connection c = database.dataSource().getConnection();
                PreparedStatement s = c.prepareStatement("SELECT trial_index, status, settings, seed, epoch, train_loss,"
                        + " test_loss, best_test_loss, best_epoch, diverged, snapshot_epoch, error FROM run_trial"
                        + " WHERE run_id = ? ORDER BY trial_index")) {
            s.setString(1, id);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    trials.add(new TrialRow(rs.getInt("trial_index"), RunStatus.of(rs.getString("status")),
                            rs.getString("settings"), rs.getInt("seed"), rs.getInt("epoch"),
                            nullableDouble(rs, "train_loss"), nullableDouble(rs, "test_loss"),
                            nullableDouble(rs, "best_test_loss"), nullableInt(rs, "best_epoch"),
                            rs.getBoolean("diverged"), nullableInt(rs, "snapshot_epoch") != null,
                            rs.getString("error")));
                }
            }
        }
        return trials;
    }

    /** A finished trial's final state ({@code Snapshot.toJson}), or empty while it is not done. */
    public Optional<String> finalSnapshot(String id, int index) throws SQLException {
        try (Connection c = database.dataSource().getConnection();
                PreparedStatement s = c.prepareStatement(
                        "SELECT s.snapshot FROM run_trial t JOIN run_trial_state s ON s.run_id = t.run_id"
                        + " AND s.trial_index = t.trial_index"
                        + " WHERE t.run_id = ? AND t.trial_index = ? AND t.status = 'done'")) {
            s.setString(1, id);
            s.setInt(2, index);
            try (ResultSet rs = s.executeQuery()) {
                return rs.next() ? Optional.ofNullable(rs.getString(1)) : Optional.empty();
            }
        }
    }

    /** Every stored stretch of the run's loss curves, by trial and epoch. */
    public List<LossChunk> points(String id) throws SQLException {
        try (Connection c = database.dataSource().getConnection();
                PreparedStatement s = c.prepareStatement("SELECT trial_index, first_epoch, train_loss, test_loss"
                        + " FROM run_points WHERE run_id = ? ORDER BY trial_index, first_epoch")) {
            s.setString(1, id);
            return chunks(s);
        }
    }

    /** The stretches of one trial's curves that reach beyond {@code afterEpoch}. */
    public List<LossChunk> points(String id, int trial, int afterEpoch) throws SQLException {
        return points(id, trial, afterEpoch, 0);
    }

    /** The first {@code limit} (0: all) stretches of one trial's curves that reach beyond {@code afterEpoch}. */
    public List<LossChunk> points(String id, int trial, int afterEpoch, int limit) throws SQLException {
        try (Connection c = database.dataSource().getConnection();
                PreparedStatement s = c.prepareStatement("SELECT trial_index, first_epoch, train_loss, test_loss"
                        + " FROM run_points WHERE run_id = ? AND trial_index = ? AND last_epoch > ?"
                        + " ORDER BY first_epoch")) {
            s.setString(1, id);
            s.setInt(2, trial);
            s.setInt(3, afterEpoch);
            s.setMaxRows(limit);
            return chunks(s);
        }
    }

    private static List<LossChunk> chunks(PreparedStatement s) throws SQLException {
        List<LossChunk> chunks = new ArrayList<>();
        try (ResultSet rs = s.executeQuery()) {
            while (rs.next()) {
                chunks.add(new LossChunk(rs.getInt(1), rs.getInt(2), LossChunk.decode(rs.getString(3)),
                        LossChunk.decode(rs.getString(4))));
            }
        }
        return chunks;
    }

    /**
     * Cancels a queued or running run: it and its unfinished trials become cancelled (finished
     * trials keep their results). Running trials notice at their next progress write.
     *
     * @return the indices of the trials that were still queued (their scheduled executions can go),
     *     or empty when there is no such run
     */
    public Optional<List<Integer>> cancel(String id) throws SQLException {
        OffsetDateTime now = now();
        return database.inTransaction(c -> {
            Optional<RunRow> run = run(c, id, true);
            if (run.isEmpty()) return Optional.empty();
            List<Integer> queued = new ArrayList<>();
            if (!run.get().status().isActive()) return Optional.of(queued);
            try (PreparedStatement s = c.prepareStatement(
                    "SELECT trial_index FROM run_trial WHERE run_id = ? AND status = 'queued' ORDER BY trial_index")) {
                s.setString(1, id);
                try (ResultSet rs = s.executeQuery()) {
                    while (rs.next()) queued.add(rs.getInt(1));
                }
            }
            try (PreparedStatement s = c.prepareStatement("UPDATE run_trial SET status = 'cancelled', finished_at = ?"
                    + " WHERE run_id = ? AND status IN ('queued', 'running')")) {
                s.setObject(1, now);
                s.setString(2, id);
                s.executeUpdate();
            }
            setRunFinished(c, id, RunStatus.CANCELLED, now);
            return Optional.of(queued);
        });
    }

    /** Deletes runs that finished before {@code cutoff}, with their trials and curves; returns how many. */
    public int deleteFinishedBefore(Instant cutoff) throws SQLException {
        return database.inTransaction(c -> {
            try (PreparedStatement s = c.prepareStatement("DELETE FROM run WHERE finished_at < ?")) {
                s.setObject(1, OffsetDateTime.ofInstant(cutoff, ZoneOffset.UTC));
                return s.executeUpdate();
            }
        });
    }

    // ---------------------------------------------------------------- executing

    /**
     * Takes a trial on for one execution: marks it running under a new attempt number (the older
     * attempt, if still alive somewhere, can no longer write), and drops curve points after the last
     * checkpoint, which the execution will compute again (to the same bits).
     *
     * @return null when there is nothing to do: the run or trial is finished or cancelled, or gone
     */
    public Claim claim(String id, int index, String worker) throws SQLException {
        OffsetDateTime now = now();
        return database.inTransaction(c -> {
            Optional<RunRow> run = run(c, id, true);
            if (run.isEmpty() || !run.get().status().isActive()) return null;
            int attempt;
            String config;
            String snapshot;
            int snapshotEpoch;
            try (PreparedStatement s = c.prepareStatement("SELECT t.status, s.config, s.snapshot, t.snapshot_epoch,"
                    + " t.attempt FROM run_trial t JOIN run_trial_state s ON s.run_id = t.run_id"
                    + " AND s.trial_index = t.trial_index WHERE t.run_id = ? AND t.trial_index = ? FOR UPDATE")) {
                s.setString(1, id);
                s.setInt(2, index);
                try (ResultSet rs = s.executeQuery()) {
                    if (!rs.next() || !RunStatus.of(rs.getString("status")).isActive()) return null;
                    config = rs.getString("config");
                    snapshot = rs.getString("snapshot");
                    Integer at = nullableInt(rs, "snapshot_epoch");
                    snapshotEpoch = at == null ? -1 : at;
                    attempt = rs.getInt("attempt") + 1;
                }
            }
            try (PreparedStatement s = c.prepareStatement("UPDATE run_trial SET status = 'running', attempt = ?,"
                    + " executed_by = ?, resumed_from = ?, epoch = GREATEST(epoch, ?), started_at = COALESCE(started_at, ?)"
                    + " WHERE run_id = ? AND trial_index = ?")) {
                s.setInt(1, attempt);
                s.setString(2, worker);
                s.setInt(3, Math.max(0, snapshotEpoch));
                s.setInt(4, Math.max(0, snapshotEpoch));
                s.setObject(5, now);
                s.setString(6, id);
                s.setInt(7, index);
                s.executeUpdate();
            }
            try (PreparedStatement s = c.prepareStatement(
                    "DELETE FROM run_points WHERE run_id = ? AND trial_index = ? AND first_epoch > ?")) {
                s.setString(1, id);
                s.setInt(2, index);
                s.setInt(3, snapshotEpoch);
                s.executeUpdate();
            }
            if (run.get().status() == RunStatus.QUEUED) {
                try (PreparedStatement s = c.prepareStatement("UPDATE run SET status = 'running' WHERE id = ?")) {
                    s.setString(1, id);
                    s.executeUpdate();
                }
            }
            List<LossChunk> history = List.of();
            if (snapshot != null) {
                try (PreparedStatement s = c.prepareStatement("SELECT trial_index, first_epoch, train_loss, test_loss"
                        + " FROM run_points WHERE run_id = ? AND trial_index = ? ORDER BY first_epoch")) {
                    s.setString(1, id);
                    s.setInt(2, index);
                    history = chunks(s);
                }
            }
            return new Claim(attempt, config, run.get().epochs(), snapshot, history);
        });
    }

    /**
     * Records progress: new curve points and the latest losses, and with a snapshot a checkpoint.
     *
     * @param snapshot the whole state at {@code epoch} (a checkpoint), or null
     * @return false when this attempt may no longer write: the trial was cancelled or taken over
     */
    public boolean progress(String id, int index, int attempt, LossChunk points, int epoch, double trainLoss,
            double testLoss, String snapshot) throws SQLException {
        return database.inTransaction(c -> {
            // epoch is the furthest reached: epochs done again after a resume do not count twice, nor go back.
            try (PreparedStatement s = c.prepareStatement("UPDATE run_trial SET epoch = GREATEST(epoch, ?),"
                    + " train_loss = ?, test_loss = ?"
                    + (snapshot != null ? ", snapshot_epoch = ?" : "")
                    + " WHERE run_id = ? AND trial_index = ? AND attempt = ? AND status = 'running'")) {
                int i = 1;
                s.setInt(i++, epoch);
                setLoss(s, i++, trainLoss);
                setLoss(s, i++, testLoss);
                if (snapshot != null) s.setInt(i++, epoch);
                s.setString(i++, id);
                s.setInt(i++, index);
                s.setInt(i, attempt);
                if (s.executeUpdate() == 0) return false;
            }
            if (snapshot != null) setState(c, id, index, snapshot);
            insertPoints(c, id, points);
            return true;
        });
    }

    /**
     * Records a finished trial: its last curve points, results and final state; the run is done
     * once none of its trials is queued or running.
     *
     * @return false when this attempt may no longer write (cancelled or taken over)
     */
    public boolean finish(String id, int index, int attempt, LossChunk points, Trial.Result result, String snapshot)
            throws SQLException {
        OffsetDateTime now = now();
        return database.inTransaction(c -> {
            if (run(c, id, true).isEmpty()) return false;
            try (PreparedStatement s = c.prepareStatement("UPDATE run_trial SET status = 'done', epoch = ?,"
                    + " train_loss = ?, test_loss = ?, best_test_loss = ?, best_epoch = ?, diverged = ?,"
                    + " snapshot_epoch = ?, finished_at = ?"
                    + " WHERE run_id = ? AND trial_index = ? AND attempt = ? AND status = 'running'")) {
                s.setInt(1, result.run.epoch());
                setLoss(s, 2, result.run.trainLoss());
                setLoss(s, 3, result.run.testLoss());
                setLoss(s, 4, result.bestTestLoss);
                s.setInt(5, result.bestEpoch);
                s.setBoolean(6, result.diverged);
                s.setInt(7, result.run.epoch());
                s.setObject(8, now);
                s.setString(9, id);
                s.setInt(10, index);
                s.setInt(11, attempt);
                if (s.executeUpdate() == 0) return false;
            }
            setState(c, id, index, snapshot);
            insertPoints(c, id, points);
            finishRunIfComplete(c, id, now);
            return true;
        });
    }

    /** Marks an unfinished trial failed, with what went wrong. */
    public void fail(String id, int index, String error) throws SQLException {
        OffsetDateTime now = now();
        database.inTransaction(c -> {
            if (run(c, id, true).isEmpty()) return null;
            try (PreparedStatement s = c.prepareStatement("UPDATE run_trial SET status = 'failed', error = ?,"
                    + " finished_at = ? WHERE run_id = ? AND trial_index = ? AND status IN ('queued', 'running')")) {
                s.setString(1, error.length() > 1000 ? error.substring(0, 1000) + "…" : error);
                s.setObject(2, now);
                s.setString(3, id);
                s.setInt(4, index);
                if (s.executeUpdate() == 0) return null;
            }
            finishRunIfComplete(c, id, now);
            return null;
        });
    }

    /** Marks a run that could not be handed to the scheduler as failed, with all its trials. */
    public void abandon(String id, String error) throws SQLException {
        OffsetDateTime now = now();
        database.inTransaction(c -> {
            if (run(c, id, true).isEmpty()) return null;
            try (PreparedStatement s = c.prepareStatement("UPDATE run_trial SET status = 'failed', error = ?,"
                    + " finished_at = ? WHERE run_id = ? AND status IN ('queued', 'running')")) {
                s.setString(1, error);
                s.setObject(2, now);
                s.setString(3, id);
                s.executeUpdate();
            }
            setRunFinished(c, id, RunStatus.FAILED, now);
            return null;
        });
    }

    /** With the run's row locked: done (or failed, if a trial failed) once no trial is queued or running. */
    private static void finishRunIfComplete(Connection c, String id, OffsetDateTime now) throws SQLException {
        int active = 0, failed = 0;
        try (PreparedStatement s = c.prepareStatement("SELECT status, COUNT(*) FROM run_trial WHERE run_id = ?"
                + " GROUP BY status")) {
            s.setString(1, id);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    RunStatus status = RunStatus.of(rs.getString(1));
                    if (status.isActive()) active += rs.getInt(2);
                    if (status == RunStatus.FAILED) failed += rs.getInt(2);
                }
            }
        }
        if (active == 0) setRunFinished(c, id, failed > 0 ? RunStatus.FAILED : RunStatus.DONE, now);
    }

    private static void setRunFinished(Connection c, String id, RunStatus status, OffsetDateTime now)
            throws SQLException {
        try (PreparedStatement s = c.prepareStatement("UPDATE run SET status = ?, finished_at = ?"
                + " WHERE id = ? AND status IN ('queued', 'running')")) {
            s.setString(1, status.json);
            s.setObject(2, now);
            s.setString(3, id);
            s.executeUpdate();
        }
    }

    /** Replaces the trial's stored state (a checkpoint, or the final state) in place. */
    private static void setState(Connection c, String id, int index, String snapshot) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(
                "UPDATE run_trial_state SET snapshot = ? WHERE run_id = ? AND trial_index = ?")) {
            s.setString(1, snapshot);
            s.setString(2, id);
            s.setInt(3, index);
            s.executeUpdate();
        }
    }

    private static void insertPoints(Connection c, String id, LossChunk points) throws SQLException {
        if (points == null || points.isEmpty()) return;
        try (PreparedStatement s = c.prepareStatement("INSERT INTO run_points (run_id, trial_index, first_epoch,"
                + " last_epoch, train_loss, test_loss) VALUES (?, ?, ?, ?, ?, ?)")) {
            s.setString(1, id);
            s.setInt(2, points.trial());
            s.setInt(3, points.firstEpoch());
            s.setInt(4, points.lastEpoch());
            s.setString(5, LossChunk.encode(points.train()));
            s.setString(6, LossChunk.encode(points.test()));
            s.executeUpdate();
        }
    }

    // ---------------------------------------------------------------- helpers

    /**
     * A loss, NaN and the infinities included: both supported databases (H2, PostgreSQL) keep them
     * in DOUBLE PRECISION, so the API answers the value the trial computed.
     */
    private static void setLoss(PreparedStatement s, int i, double loss) throws SQLException {
        s.setDouble(i, loss);
    }

    private static Double nullableDouble(ResultSet rs, String column) throws SQLException {
        double d = rs.getDouble(column);
        return rs.wasNull() ? null : d;
    }

    private static Integer nullableInt(ResultSet rs, String column) throws SQLException {
        int i = rs.getInt(column);
        return rs.wasNull() ? null : i;
    }

    private static OffsetDateTime now() {
        return OffsetDateTime.now(ZoneOffset.UTC);
    }
}
