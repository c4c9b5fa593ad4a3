package playground.server.runs;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Random;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import playground.server.WebServer;
import playground.server.db.DatabaseOptions;
import playground.server.testing.Http;
import playground.server.testing.TestServer;

/** The runs API on the embedded default: an H2 database file, one server process. */
class RunsApiOnH2Test extends RunsApiContract {
    private static final AtomicInteger DATABASES = new AtomicInteger();

    @TempDir
    static Path folder;

    @Override
    DatabaseOptions database() {
        return DatabaseOptions.of("jdbc:h2:file:" + folder.resolve("runs" + DATABASES.incrementAndGet()), null, null);
    }

    @Test
    void fuzzedBodiesGetA4xxOrAreAcceptedNeverA5xx() {
        // Validation does not depend on the database: H2 only. No workers: accepted runs stay queued.
        RunLimits unlimited = RunLimits.defaults().withTrialsPerAddress(1_000_000).withComputePerAddress(1e18)
                .withStorage(RunLimits.DEFAULT_RUN_STORAGE_BYTES, Long.MAX_VALUE);
        try (WebServer idle = WebServer.start(TestServer.options(database()).withWorkers(0).withRuns(
                RunOptions.defaults().withRunsPerMinute(0).withMaxQueuedTrials(1_000_000).withLimits(unlimited)))) {
            Http http = new Http("http://localhost:" + idle.port());
            Random random = new Random(20_261_128L);
            int accepted = 0;
            for (int i = 0; i < 200; i++) {
                byte[] body = RunBodyFuzzer.next(random);
                Http.Answer answer = http.post("/api/runs", body);
                assertTrue(answer.status() == 202 || answer.status() == 400 || answer.status() == 413,
                        new String(body, StandardCharsets.UTF_8) + " → " + answer);
                if (answer.status() == 202) {
                    accepted++;
                } else {
                    assertFalse(answer.json().get("error").asText().isBlank(), answer.toString());
                }
            }
            assertTrue(accepted > 10 && accepted < 170, "a mix of good and bad bodies: " + accepted + " accepted");
        }
    }
}
