package playground.server.runs;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static playground.server.runs.RunsClient.body;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import playground.config.Config;
import playground.config.Limits;
import playground.server.db.DatabaseOptions;
import playground.server.testing.PostgresServer;
import playground.server.testing.ServerProcess;
import playground.train.Snapshot;
import playground.train.TrainingRun;
import playground.server.testing.Wait;

/**
 * Three server processes (child JVMs) share one PostgreSQL and one sweep through
 * db-scheduler; one is killed (SIGKILL) while it trains a trial it has checkpointed; the others
 * take the trial over once its heartbeats stop, resume it from the checkpoint, and the sweep
 * completes with every trial equal, bit for bit, to the same configuration trained alone. A client
 * streams the progress from a process that executes only part of the work.
 */
class MultiProcessRunsTest {
    private static final int EPOCHS = 1500;
    private static final Duration WAIT = Duration.ofSeconds(90);

    @TempDir
    Path folder;

    @Test
    void processesShareASweepAndOneKilledMidTrialLosesNothing() throws Exception {
        DatabaseOptions db = PostgresServer.shared().createDatabase();
        String[] arguments = {"--database-url", db.jdbcUrl(), "--database-user", db.user(), "--workers", "1",
            "--heartbeat-seconds", "1", "--checkpoint-seconds", "0.3", "--writes-per-minute", "0", "--runs-per-minute", "0"};
        List<ServerProcess> servers = startAll(3, arguments);
        ServerProcess victim = servers.get(0);
        ServerProcess survivor = servers.get(1);
        ServerProcess watched = servers.get(2);
        try {
            // 12 trials of a second or two each (less on an idle machine), checkpointed at every progress write.
            Map<String, Object> base = body("dataset", "spiral", "points", 400, "hiddenLayers", List.of(8, 8), "seed", 4);
            Map<String, Object> grid = new LinkedHashMap<>();
            grid.put("learningRate", List.of(0.01, 0.03, 0.1));
            grid.put("activation", List.of("tanh", "relu"));
            RunsClient client = new RunsClient(watched.baseUrl());
            String id = client.submit(body("config", base, "epochs", EPOCHS, "seeds", 2, "grid", grid));
            CompletableFuture<List<EventStream.Event>> stream = CompletableFuture.supplyAsync(
                    () -> EventStream.readAll(watched.baseUrl() + "/api/runs/" + id + "/events", WAIT));
            // The same trials trained here, meanwhile (the test mostly waits): the expected bits.
            Sweep sweep = new Sweep(Config.fromMap(base, Limits.SERVER), Grid.parse(
                    "learningRate=0.01,0.03,0.1;activation=tanh,relu"), 2, EPOCHS);
            CompletableFuture<List<Trial.Result>> expected = CompletableFuture.supplyAsync(() -> {
                try {
                    return sweep.run(1, r -> {});
                } catch (InterruptedException e) {
                    throw new IllegalStateException(e);
                }
            });

            // Kill the victim once it trains a trial it has checkpointed.
            TrialRow killed = waitForCheckpointedTrial(db, id, victim.pid());
            assertEquals(137, victim.kill(), "SIGKILL");

            JsonNode run = client.waitUntilFinished(id, WAIT);
            assertEquals("done", run.get("status").asText(), run.toString() + "\n" + survivor.logTail());
            assertEquals(12, run.get("progress").get("trialsDone").asInt());

            List<TrialRow> trials = trials(db, id);
            Set<String> executors = new HashSet<>();
            for (TrialRow t : trials) executors.add(t.executedBy);
            assertTrue(executors.size() >= 2, "the processes shared the work: " + executors);
            TrialRow resumed = trials.get(killed.index);
            assertNotEquals(killed.executedBy, resumed.executedBy, "another process finished the killed trial");
            assertTrue(resumed.resumedFrom >= killed.snapshotEpoch && resumed.resumedFrom > 0,
                    "resumed from its checkpoint: " + resumed.resumedFrom + " ≥ " + killed.snapshotEpoch);

            // Every trial equals the same configuration trained alone, here: the final state and the streamed curve.
            List<EventStream.Event> events = stream.get(WAIT.toSeconds(), TimeUnit.SECONDS);
            assertEquals("done", events.get(events.size() - 1).name());
            Map<Integer, double[]> streamed = streamedTestLosses(events);
            List<Trial.Result> here = expected.get(WAIT.toSeconds(), TimeUnit.SECONDS);
            RunsClient other = new RunsClient(survivor.baseUrl());
            for (Trial.Result r : here) {
                int i = r.trial.index;
                assertEquals(Snapshot.toJson(r.run), other.snapshot(id, i), "trial " + i);
                RunsApiContract.assertResultIs(r.run, run.get("results").get(i));
                assertArrayEquals(r.run.history().testLosses(), streamed.get(i), "the streamed curve of trial " + i);
            }
            int progressEvents = events.size() - 1;
            assertTrue(progressEvents >= 5, "progress streamed as it grew: " + progressEvents + " events");
        } finally {
            for (ServerProcess server : servers) server.kill();
        }
    }

    /** Starts the processes at once (they migrate the same database concurrently; Flyway's lock orders them). */
    private List<ServerProcess> startAll(int n, String[] arguments) throws Exception {
        ExecutorService starter = Executors.newFixedThreadPool(n);
        try {
            List<Future<ServerProcess>> starting = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                Path log = folder.resolve("server" + i + ".log");
                starting.add(starter.submit(() -> ServerProcess.start(log, arguments)));
            }
            List<ServerProcess> servers = new ArrayList<>();
            for (Future<ServerProcess> s : starting) servers.add(s.get());
            return servers;
        } finally {
            starter.shutdown();
        }
    }

    /** A trial as the test reads it from the database. */
    private record TrialRow(int index, String status, String executedBy, int epoch, int snapshotEpoch, int resumedFrom) {}

    private static TrialRow waitForCheckpointedTrial(DatabaseOptions db, String id, long pid) throws Exception {
        List<TrialRow> found = Wait.until("process " + pid + " checkpoints a trial", WAIT, () -> {
            try {
                return trials(db, id).stream().filter(t -> t.status.equals("running")
                        && t.executedBy.endsWith(":" + pid) && t.snapshotEpoch > 0 && t.snapshotEpoch < EPOCHS).toList();
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        }, rows -> !rows.isEmpty());
        return found.get(0);
    }

    private static List<TrialRow> trials(DatabaseOptions db, String id) throws SQLException {
        List<TrialRow> trials = new ArrayList<>();
        try (Connection c = DriverManager.getConnection(db.jdbcUrl(), db.user(), db.password());
                PreparedStatement s = c.prepareStatement("SELECT trial_index, status, executed_by, epoch, snapshot_epoch,"
                        + " resumed_from FROM run_trial WHERE run_id = ? ORDER BY trial_index")) {
            s.setString(1, id);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    trials.add(new TrialRow(rs.getInt(1), rs.getString(2), String.valueOf(rs.getString(3)), rs.getInt(4),
                            rs.getInt(5), rs.getInt(6)));
                }
            }
        }
        return trials;
    }

    /** Each trial's test-loss curve as the events brought it, in order. */
    private static Map<Integer, double[]> streamedTestLosses(List<EventStream.Event> events) {
        Map<Integer, double[]> curves = new LinkedHashMap<>();
        Map<Integer, Integer> next = new LinkedHashMap<>();
        for (EventStream.Event event : events) {
            for (JsonNode p : event.data().path("points")) {
                int trial = p.get("trial").asInt();
                double[] curve = curves.computeIfAbsent(trial, t -> new double[EPOCHS + 1]);
                int e = next.getOrDefault(trial, 0);
                assertEquals(e, p.get("epoch").asInt(), "trial " + trial + " continues where it stopped");
                for (JsonNode loss : p.get("testLoss")) curve[e++] = loss.asDouble();
                next.put(trial, e);
            }
        }
        return curves;
    }
}
