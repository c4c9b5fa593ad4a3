package playground.server.runs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static playground.server.runs.RunsClient.body;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import playground.config.Config;
import playground.config.Limits;
import playground.server.cli.ServeCommand;
import playground.server.cli.UsageException;
import playground.server.db.DatabaseOptions;
import playground.server.testing.Http;
import playground.server.testing.PostgresServer;
import playground.server.testing.ServerProcess;
import playground.train.Snapshot;
import playground.train.TrainingRun;

/**
 * A process may serve the web only ({@code --workers 0}) or train only ({@code --web off}).
 * A run submitted to the web process is executed by the workers-only process; the workers-only
 * process answers nothing but /health and /metrics.
 */
class WebAndWorkerRolesTest {
    private static final Duration WAIT = Duration.ofSeconds(60);

    @TempDir
    Path folder;

    @Test
    void aWebOnlyProcessTakesRunsAndAWorkersOnlyProcessTrainsThem() throws Exception {
        DatabaseOptions db = PostgresServer.shared().createDatabase();
        String[] shared = {"--database-url", db.jdbcUrl(), "--database-user", db.user(), "--runs-per-minute", "0"};
        ServerProcess web = ServerProcess.start(folder.resolve("web.log"), with(shared, "--workers", "0"));
        ServerProcess worker = null;
        try {
            worker = ServerProcess.start(folder.resolve("worker.log"), with(shared, "--workers", "1", "--web", "off"));
            Http workerHttp = new Http(worker.baseUrl());
            assertEquals(200, workerHttp.get("/health").status(), "a worker is watched like any process");
            assertTrue(workerHttp.get("/metrics").body().contains("hikaricp"), "and reports its metrics");
            assertEquals(404, workerHttp.get("/").status(), "but serves no pages");
            assertEquals(404, workerHttp.post("/api/runs", "{}").status(), "and takes no runs");
            assertEquals(404, workerHttp.get("/api/experiments/abc").status());

            RunsClient client = new RunsClient(web.baseUrl());
            Config config = Config.fromMap(body("dataset", "xor", "points", 200, "hiddenLayers", List.of(4), "seed", 3),
                    Limits.SERVER);
            String id = client.submit(body("config", config.toMap(), "epochs", 40, "seeds", 2));
            JsonNode run = client.waitUntilFinished(id, WAIT);
            assertEquals("done", run.get("status").asText(), run + "\n" + worker.logTail());

            assertEquals(Set.of(":" + worker.pid()), executors(db, id), "only the workers-only process trained");
            for (int seed = 0; seed < 2; seed++) {
                TrainingRun here = new TrainingRun(config.with("seed", (double) (3 + seed)));
                for (int e = 0; e < 40; e++) here.trainEpoch();
                assertEquals(Snapshot.toJson(here), client.snapshot(id, seed), "trial " + seed + ", bit for bit");
            }
        } finally {
            web.kill();
            if (worker != null) worker.kill();
        }
    }

    @Test
    void aProcessWithNeitherWebNorWorkersIsRefused() {
        UsageException e = assertThrows(
                UsageException.class,
                () -> ServeCommand.parse(new String[] {"--workers", "0", "--web", "off"},
                        Map.of()));
        assertEquals("--web off: a process that serves no web needs workers (--workers is 0)", e.getMessage());
        e = assertThrows(UsageException.class,
                () -> ServeCommand.parse(new String[0], Map.of("WEB", "no")));
        assertEquals("WEB: not 'on' or 'off': 'no'", e.getMessage());
    }

    private static String[] with(String[] shared, String... more) {
        String[] all = Arrays.copyOf(shared, shared.length + more.length);
        System.arraycopy(more, 0, all, shared.length, more.length);
        return all;
    }

    /** The process suffix (":pid") of every process that executed a trial of the run. */
    private static Set<String> executors(DatabaseOptions db, String id) throws Exception {
        Set<String> executors = new HashSet<>();
        try (Connection c = DriverManager.getConnection(db.jdbcUrl(), db.user(), db.password());
                PreparedStatement s = c.prepareStatement("SELECT executed_by FROM run_trial WHERE run_id = ?")) {
            s.setString(1, id);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    String by = rs.getString(1);
                    executors.add(by.substring(by.lastIndexOf(':')));
                }
            }
        }
        return executors;
    }
}
