package playground.server.runs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static playground.server.runs.RunsClient.body;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import playground.server.testing.ServerProcess;
import playground.server.testing.Wait;
import playground.train.Snapshot;

/**
 * A server stopped on purpose (SIGTERM: a deploy, a scale-down) hands its running trials over: each
 * checkpoints at once and is due again for the next process, which resumes it, on the embedded H2
 * file as on PostgreSQL.
 */
class HandoverOnStopTest {
    /** Long enough (several seconds) that the trial is still running when the first server stops. */
    private static final int EPOCHS = 40_000;

    @TempDir
    Path folder;

    @Test
    void aStoppedServerCheckpointsItsTrialAndTheNextOneFinishesIt() throws Exception {
        String url = "jdbc:h2:file:" + folder.resolve("runs");
        String[] arguments = {"--database-url", url, "--workers", "1", "--writes-per-minute", "0"};
        Map<String, Object> config = body("dataset", "spiral", "points", 400, "hiddenLayers", List.of(8, 8));
        ServerProcess first = ServerProcess.start(folder.resolve("first.log"), arguments);
        String id;
        try {
            RunsClient client = new RunsClient(first.baseUrl());
            id = client.submit(body("config", config, "epochs", EPOCHS));
            Wait.until("the trial starts", Duration.ofSeconds(30),
                    () -> client.read(id).get("progress").get("epochsDone").asInt() > 0);
        } finally {
            first.stop();
        }
        int[] stoppedAt = row(url, id);
        assertTrue(stoppedAt[0] > 0 && stoppedAt[0] < EPOCHS, "checkpointed on the way out, at " + stoppedAt[0]);

        ServerProcess second = ServerProcess.start(folder.resolve("second.log"), arguments);
        try {
            RunsClient client = new RunsClient(second.baseUrl());
            JsonNode run = client.waitUntilFinished(id, Duration.ofSeconds(60));
            assertEquals("done", run.get("status").asText(), run + "\n" + second.logTail());
            assertEquals(Snapshot.toJson(RunsClient.trainedHere(RunsClient.config(config), EPOCHS)),
                    client.snapshot(id, 0), "the same bits as a run that never stopped");
        } finally {
            second.stop();
        }
        int[] finished = row(url, id);
        assertEquals(stoppedAt[0], finished[1], "resumed from that checkpoint, not from scratch");
    }

    /** {snapshot_epoch, resumed_from} of the run's trial, read from the H2 file while no server has it open. */
    private static int[] row(String url, String id) throws Exception {
        try (Connection c = DriverManager.getConnection(url);
                PreparedStatement s = c.prepareStatement(
                        "SELECT snapshot_epoch, resumed_from FROM run_trial WHERE run_id = ? AND trial_index = 0")) {
            s.setString(1, id);
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return new int[] {rs.getInt(1), rs.getInt(2)};
            }
        }
    }
}
