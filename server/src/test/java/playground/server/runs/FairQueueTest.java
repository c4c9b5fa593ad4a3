package playground.server.runs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import playground.server.WebServer;
import playground.server.db.DatabaseOptions;
import playground.server.testing.FromAddress;
import playground.server.testing.TestServer;

/**
 * Two addresses share one worker fairly: one address's long queue does not keep another's run
 * waiting behind all of it (trials go round-robin between addresses), and an address that has its
 * share of the queue is refused while another is still accepted.
 */
class FairQueueTest {
    private static final Duration WAIT = Duration.ofSeconds(90);
    private static final Pattern ID = Pattern.compile("\"id\":\"([^\"]+)\"");

    @TempDir
    static Path folder;

    /** About a second a trial here. */
    private static String run(int seeds) {
        return "{\"config\":{\"dataset\":\"xor\",\"points\":100,\"hiddenLayers\":[8],\"seed\":1},\"epochs\":5000,"
                + "\"seeds\":" + seeds + "}";
    }

    @Test
    void twoAddressesTakeTurnsAndEachHasItsOwnShareOfTheQueue() throws Exception {
        RunLimits limits = RunLimits.defaults().withTrialsPerAddress(6);
        DatabaseOptions h2 = DatabaseOptions.of("jdbc:h2:file:" + folder.resolve("fair"), null, null);
        try (WebServer server = WebServer.start(TestServer.options(h2).withWorkers(1)
                .withRuns(RunOptions.defaults().withRunsPerMinute(0).withLimits(limits)))) {
            FromAddress alice = new FromAddress("127.0.0.2", server.port());
            FromAddress bob = new FromAddress("127.0.0.3", server.port());

            String first = submitted(alice.post("/api/runs", run(6)));
            FromAddress.Answer more = alice.post("/api/runs", run(2));
            assertEquals(429, more.status(), more.toString());
            assertTrue(more.body().contains("this address has 6 trials queued or running"), more.body());
            String second = submitted(bob.post("/api/runs", run(2)));

            RunsClient runs = new RunsClient("http://localhost:" + server.port());
            runs.waitUntilFinished(first, WAIT);
            runs.waitUntilFinished(second, WAIT);
            List<String> order = startOrder(server);
            assertEquals(8, order.size(), order.toString());
            // Alice's first trial was already running; then turns: bob 0, alice 1, bob 1, alice 2, …
            int lastOfBob = Math.max(order.indexOf(second + ":1"), order.indexOf(second + ":0"));
            assertTrue(lastOfBob <= 4, "bob's two trials start among the first five, not after alice's six: " + order);
        }
    }

    private static String submitted(FromAddress.Answer answer) {
        assertEquals(202, answer.status(), answer.toString());
        Matcher m = ID.matcher(answer.body());
        assertTrue(m.find(), answer.body());
        return m.group(1);
    }

    /** Trials as {@code run:index}, in the order they started. */
    private static List<String> startOrder(WebServer server) throws Exception {
        List<String> order = new ArrayList<>();
        try (Connection c = server.database().dataSource().getConnection();
                PreparedStatement s = c.prepareStatement(
                        "SELECT run_id, trial_index FROM run_trial ORDER BY started_at, run_id, trial_index");
                ResultSet rs = s.executeQuery()) {
            while (rs.next()) order.add(rs.getString(1) + ":" + rs.getInt(2));
        }
        return order;
    }
}
