package playground.server.runs;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.file.Path;
import java.sql.Clob;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import playground.config.Config;
import playground.config.Limits;
import playground.server.db.Database;
import playground.server.db.DatabaseOptions;
import playground.train.Snapshot;
import playground.train.TrainingRun;

/**
 * A trial stopped midway goes on from its checkpoint and ends in the same bits as one that never
 * stopped; what a stopped execution wrote after its checkpoint is replaced, and it can write no
 * more. (The executions here are called directly; the multi-process test lets db-scheduler do it.)
 */
class TrialResumeTest {
    private static final String RUN = "ResumeTest01";
    private static final Config CONFIG =
            Config.fromJson("{\"dataset\":\"spiral\",\"points\":200,\"hiddenLayers\":[6,4],\"seed\":11}", Limits.SERVER);
    private static final int EPOCHS = 120;

    @TempDir
    Path folder;
    private Database database;
    private RunStore store;

    @BeforeEach
    void open() throws SQLException {
        database = Database.open(DatabaseOptions.of("jdbc:h2:file:" + folder.resolve("db"), null, null), null);
        store = new RunStore(database);
        RunRequest request = RunRequest.of(CONFIG, EPOCHS, 1, null);
        store.create(RUN, request, request.cost(), Runs.LOCAL_CLIENT, 0);
    }

    @AfterEach
    void close() {
        database.close();
    }

    @Test
    void aTrialHandedOverMidwayEndsAsIfItNeverStopped() throws SQLException {
        // The first execution's process stops after 50 epochs: it checkpoints and hands over.
        AtomicInteger epochs = new AtomicInteger();
        TrialExecution first = new TrialExecution(store, RunOptions.DEFAULT_CHECKPOINT, "first:1");
        assertEquals(TrialExecution.Outcome.HANDED_OVER, first.execute(RUN, 0, () -> epochs.incrementAndGet() >= 50));
        assertEquals(50, (int) column("snapshot_epoch"));
        assertEquals("running", column("status"));

        // A dead process may have written curve points past its last checkpoint: they are done again.
        String checkpoint = (String) column("run_trial_state.snapshot");
        assertFalse(checkpoint.contains("\"history\""), "a checkpoint leaves the curves to run_points");
        TrainingRun ahead = Checkpoint.restore(checkpoint, store.points(RUN, 0, -1), Limits.SERVER);
        for (int i = 0; i < 5; i++) ahead.trainEpoch();
        double[] train = new double[5], test = new double[5];
        for (int i = 0; i < 5; i++) {
            train[i] = ahead.history().train(51 + i);
            test[i] = ahead.history().test(51 + i);
        }
        assertEquals(true, store.progress(RUN, 0, 1, new LossChunk(0, 51, train, test), 55, train[4], test[4], null));

        TrialExecution second = new TrialExecution(store, RunOptions.DEFAULT_CHECKPOINT, "second:2");
        assertEquals(TrialExecution.Outcome.FINISHED, second.execute(RUN, 0, () -> false));
        assertEquals("second:2", column("executed_by"));
        assertEquals(50, (int) column("resumed_from"));
        assertEquals(2, (int) column("attempt"));

        TrainingRun uninterrupted = RunsClient.trainedHere(CONFIG, EPOCHS);
        assertEquals(Snapshot.toJson(uninterrupted), store.finalSnapshot(RUN, 0).orElseThrow(), "the same bits");
        List<LossChunk> points = store.points(RUN);
        double[] streamedTrain = new double[EPOCHS + 1];
        int next = 0;
        for (LossChunk c : points) {
            assertEquals(next, c.firstEpoch(), "chunks follow each other without gaps or overlaps");
            System.arraycopy(c.train(), 0, streamedTrain, c.firstEpoch(), c.train().length);
            next = c.lastEpoch() + 1;
        }
        assertEquals(EPOCHS + 1, next);
        assertArrayEquals(uninterrupted.history().trainLosses(), streamedTrain);

        // The first attempt is fenced out: it can no longer write anything.
        assertFalse(store.progress(RUN, 0, 1, new LossChunk(0, 121, new double[0], new double[0]), 121, 0, 0, null));
        assertEquals(TrialExecution.Outcome.NOTHING_TO_DO, first.execute(RUN, 0, () -> false), "a finished trial");
    }

    @Test
    void aCancelledTrialIsNotStarted() throws SQLException {
        store.cancel(RUN);
        TrialExecution execution = new TrialExecution(store, RunOptions.DEFAULT_CHECKPOINT, "w:1");
        assertEquals(TrialExecution.Outcome.NOTHING_TO_DO, execution.execute(RUN, 0, () -> false));
        assertEquals("cancelled", column("status"));
        assertNull(column("started_at"));
    }

    private Object column(String name) throws SQLException {
        try (Connection c = database.dataSource().getConnection();
                PreparedStatement s = c.prepareStatement(
                        "SELECT " + name + " FROM run_trial JOIN run_trial_state ON run_trial_state.run_id = run_trial.run_id"
                        + " AND run_trial_state.trial_index = run_trial.trial_index"
                        + " WHERE run_trial.run_id = ? AND run_trial.trial_index = 0")) {
            s.setString(1, RUN);
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                Object value = rs.getObject(1);
                return value instanceof Clob ? rs.getString(1) : value;
            }
        }
    }
}
