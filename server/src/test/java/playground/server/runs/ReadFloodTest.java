package playground.server.runs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import playground.server.WebServer;
import playground.server.db.DatabaseOptions;
import playground.server.testing.FromAddress;
import playground.server.testing.Http;
import playground.server.testing.TestServer;
import playground.server.testing.Wait;

/**
 * Readers cannot starve the trials or fool /health: twenty addresses reading a large run over and
 * over while another run trains get their answers or a 429, the training run's trials never fail
 * or retry, and /health stays 200 throughout; a pool with every connection taken shows as busy,
 * not as a database that is down.
 */
class ReadFloodTest {
    private static final Duration WAIT = Duration.ofSeconds(90);
    private static final int READERS = 20;

    @TempDir
    static Path folder;

    private static Map<String, Object> config() {
        return RunsClient.body("dataset", "xor", "points", 100, "hiddenLayers", List.of(8), "seed", 5);
    }

    @Test
    void twentyReadersOfALargeRunDoNotStarveTrainingOrHealth() throws Exception {
        DatabaseOptions h2 = DatabaseOptions.of("jdbc:h2:file:" + folder.resolve("flood"), null, null);
        try (WebServer server = WebServer.start(TestServer.options(h2).withWorkers(2)
                .withRuns(RunOptions.defaults().withRunsPerMinute(0)))) {
            RunsClient runs = new RunsClient("http://localhost:" + server.port());
            String large = runs.submit(RunsClient.body("config", config(), "epochs", 6000, "seeds", 8));
            runs.waitUntilFinished(large, WAIT);
            String training = runs.submit(RunsClient.body("config", config(), "epochs", 15_000, "seeds", 4));

            AtomicBoolean stop = new AtomicBoolean();
            Map<Integer, AtomicInteger> statuses = new ConcurrentHashMap<>();
            List<Thread> readers = new ArrayList<>();
            for (int i = 0; i < READERS; i++) {
                FromAddress reader = new FromAddress("127.0.0." + (10 + i), server.port());
                Thread t = new Thread(() -> {
                    while (!stop.get()) {
                        int status = reader.get("/api/runs/" + large).status();
                        statuses.computeIfAbsent(status, s -> new AtomicInteger()).incrementAndGet();
                    }
                });
                t.start();
                readers.add(t);
            }
            Http http = new Http("http://localhost:" + server.port());
            int healthChecks = 0;
            try {
                int[] checks = {0};
                Wait.until("the training run finishes during the flood", WAIT, () -> {
                    Http.Answer health = http.get("/health");
                    assertEquals(200, health.status(), "health during the flood: " + health);
                    assertEquals("ok", health.json().get("database").asText(), health.toString());
                    checks[0]++;
                    return !runs.read(training).get("status").asText().matches("queued|running");
                });
                healthChecks = checks[0];
            } finally {
                stop.set(true);
                for (Thread t : readers) t.join();
            }
            JsonNode done = runs.read(training);
            assertEquals("done", done.get("status").asText(), done.toString());
            assertEquals(List.of(1, 1, 1, 1), attempts(server, training), "no trial failed and was tried again");
            assertTrue(healthChecks > 5, "health was asked while the run trained: " + healthChecks);
            assertTrue(statuses.keySet().stream().allMatch(s -> s == 200 || s == 429), "only answers or 429: " + statuses);
            assertTrue(statuses.get(200).get() >= READERS, "readers got the run: " + statuses);
        }
    }

    @Test
    void aPoolWithEveryConnectionTakenIsBusyNotDown() throws Exception {
        DatabaseOptions h2 = DatabaseOptions.of("jdbc:h2:file:" + folder.resolve("busy"), null, null);
        try (TestServer server = TestServer.start(h2)) {
            Http http = new Http(server.baseUrl());
            List<Connection> taken = new ArrayList<>();
            try {
                for (int i = 0; i < 10; i++) taken.add(server.server().database().dataSource().getConnection());
                Http.Answer busy = http.get("/health");
                assertEquals(200, busy.status(), busy.toString());
                assertEquals("{\"status\":\"ok\",\"database\":\"ok\",\"pool\":\"busy\",\"disk\":\"ok\"}", busy.body());
            } finally {
                for (Connection c : taken) c.close();
            }
            assertEquals("{\"status\":\"ok\",\"database\":\"ok\",\"pool\":\"ok\",\"disk\":\"ok\"}", http.get("/health").body());
        }
    }

    private static List<Integer> attempts(WebServer server, String run) throws Exception {
        List<Integer> attempts = new ArrayList<>();
        try (Connection c = server.database().dataSource().getConnection();
                PreparedStatement s = c.prepareStatement(
                        "SELECT attempt FROM run_trial WHERE run_id = ? ORDER BY trial_index")) {
            s.setString(1, run);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) attempts.add(rs.getInt(1));
            }
        }
        return attempts;
    }
}
