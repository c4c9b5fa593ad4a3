package playground.server.runs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static playground.server.runs.RunsClient.body;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import playground.server.WebServer;
import playground.server.db.DatabaseOptions;
import playground.server.testing.TestServer;
import playground.server.testing.Wait;

/**
 * The database stays proportional to the data it holds: a run of the most epochs, with the default
 * checkpoint interval, and an 8-trial sweep leave a database of at most 3 × its live data + 20 MB
 * (live data: the bytes of every stored value). Checkpoints leave the curves out, so they stay the
 * size of the network however long the run. The subclasses run it on H2 and on PostgreSQL.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class StorageContract {
    private static final Duration WAIT = Duration.ofSeconds(150);
    private static final long SLACK_BYTES = 20L << 20;
    /** A checkpoint of the small network below is a few kB; with its curves it would be megabytes. */
    private static final long MAX_CHECKPOINT_BYTES = 64 << 10;

    WebServer server;
    RunsClient runs;

    /** A fresh, empty database (a new one on every call). */
    abstract DatabaseOptions database();

    /** How large the database is on disk, in bytes. */
    abstract long databaseBytes() throws Exception;

    @BeforeAll
    void start() {
        server = WebServer.start(TestServer.options(database()).withWorkers(2)
                .withRuns(RunOptions.defaults().withRunsPerMinute(0)));
        runs = new RunsClient("http://localhost:" + server.port());
    }

    @AfterAll
    void stop() {
        if (server != null) server.close();
    }

    /**
     * Small enough that 100,000 epochs train in well under a minute, large enough that such a run
     * lasts several default checkpoint intervals (about 25 s here; a machine three times faster
     * still checkpoints it). A sweep's shorter trials may finish before their first checkpoint.
     */
    private static Map<String, Object> smallConfig() {
        return body("dataset", "xor", "points", 400, "hiddenLayers", List.of(8), "batchSize", 10, "seed", 3);
    }

    @Test
    void aRunOfTheMostEpochsStaysWithinThreeTimesItsLiveData() throws Exception {
        String id = runs.submit(body("config", smallConfig(), "epochs", RunLimits.MAX_EPOCHS));
        long largestCheckpoint = waitWatchingCheckpoints(id);
        assertTrue(largestCheckpoint > 0, "checkpoints were written while it ran");
        assertBounded("one run of " + RunLimits.MAX_EPOCHS + " epochs", largestCheckpoint);
    }

    @Test
    void anEightTrialSweepStaysWithinThreeTimesItsLiveData() throws Exception {
        Map<String, Object> grid = new LinkedHashMap<>();
        grid.put("learningRate", List.of(0.01, 0.03, 0.1, 0.3));
        String id = runs.submit(body("config", smallConfig(), "epochs", 40_000, "seeds", 2, "grid", grid));
        long largestCheckpoint = waitWatchingCheckpoints(id);
        assertBounded("a sweep of 8 trials", largestCheckpoint);
    }

    private void assertBounded(String what, long largestCheckpoint) throws Exception {
        long live = liveBytes();
        long size = databaseBytes();
        System.out.printf("%s: %s database of %.1f MB for %.1f MB of live data; largest checkpoint %d bytes%n",
                what, getClass().getSimpleName(), size / 1e6, live / 1e6, largestCheckpoint);
        assertTrue(largestCheckpoint < MAX_CHECKPOINT_BYTES, "a checkpoint holds no curves: " + largestCheckpoint);
        assertTrue(size <= 3 * live + SLACK_BYTES, what + ": " + size + " bytes on disk for " + live
                + " bytes of live data, more than 3 × live + 20 MB");
    }

    /** Waits for the run to finish, watching how large its running trials' checkpoints get. */
    private long waitWatchingCheckpoints(String id) throws Exception {
        long[] largest = {0};
        RunStatus status = Wait.until("run " + id + " finishes", WAIT, () -> {
            try {
                largest[0] = Math.max(largest[0], queryLong("SELECT COALESCE(MAX(LENGTH(s.snapshot)), 0)"
                        + " FROM run_trial t JOIN run_trial_state s ON s.run_id = t.run_id"
                        + " AND s.trial_index = t.trial_index WHERE t.run_id = '" + id + "' AND t.status = 'running'"));
                return server.runs().store().run(id).orElseThrow().status();
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        }, s -> !s.isActive());
        assertEquals(RunStatus.DONE, status);
        return largest[0];
    }

    /** The bytes of every value stored for runs: curves, checkpoints and final states, configurations. */
    long liveBytes() throws SQLException {
        return queryLong("SELECT COALESCE(SUM(LENGTH(train_loss) + LENGTH(test_loss) + 16), 0) FROM run_points")
                + queryLong("SELECT COALESCE(SUM(LENGTH(settings) + COALESCE(LENGTH(error), 0) + 100), 0) FROM run_trial")
                + queryLong("SELECT COALESCE(SUM(LENGTH(config) + COALESCE(LENGTH(snapshot), 0)), 0) FROM run_trial_state")
                + queryLong("SELECT COALESCE(SUM(LENGTH(config) + COALESCE(LENGTH(grid), 0) + 100), 0) FROM run");
    }

    long queryLong(String sql) throws SQLException {
        try (Connection c = server.database().dataSource().getConnection();
                PreparedStatement s = c.prepareStatement(sql);
                ResultSet rs = s.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
