package playground.server.runs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import playground.config.Config;
import playground.config.Limits;
import org.junit.jupiter.api.io.TempDir;
import playground.server.WebServer;
import playground.server.db.DatabaseOptions;
import playground.server.testing.Http;
import playground.server.testing.TestServer;

/**
 * The storage quotas refuse a run up front, saying which limit and by how much: 413 for a run that
 * alone may store more than a run may, 429 once the runs kept would take more than all together
 * may; and 429 for an address with too much compute queued.
 */
class StorageQuotaTest {
    @TempDir
    static Path folder;

    /** 100,000 epochs of a small network: its curves alone are 10 MB or so. */
    private static final String LONG_CONFIG = "{\"dataset\":\"xor\",\"hiddenLayers\":[4]}";
    private static final String LONG_RUN = "{\"config\":" + LONG_CONFIG + ",\"epochs\":100000}";

    @Test
    void runsOverTheStorageQuotasAreRefusedWithTheLimitNamed() {
        RunLimits limits = RunLimits.defaults().withStorage(15_000_000, 25_000_000);
        DatabaseOptions h2 = DatabaseOptions.of("jdbc:h2:file:" + folder.resolve("quota"), null, null);
        try (WebServer server = WebServer.start(TestServer.options(h2).withWorkers(0)
                .withRuns(RunOptions.defaults().withRunsPerMinute(0).withLimits(limits)))) {
            Http http = new Http("http://localhost:" + server.port());
            assertEquals(202, http.post("/api/runs", LONG_RUN).status());
            Http.Answer twoSeeds = http.post("/api/runs",
                    "{\"config\":{\"dataset\":\"xor\",\"hiddenLayers\":[4]},\"epochs\":100000,\"seeds\":2}");
            assertEquals(413, twoSeeds.status(), twoSeeds.toString());
            assertTrue(twoSeeds.json().get("error").asText().matches(
                    "this run may store up to 20\\.\\d MB .* more than the limit of 15\\.0 MB per run; .*"), twoSeeds.toString());

            assertEquals(202, http.post("/api/runs", LONG_RUN).status(), "a second one fits in the total");
            Http.Answer full = http.post("/api/runs", LONG_RUN);
            assertEquals(429, full.status(), full.toString());
            assertTrue(full.json().get("error").asText().startsWith("the server's storage for runs is full: stored runs"
                    + " may take 20.0 MB, this one up to 10.0 MB and the limit is 25.0 MB"), full.toString());
            assertTrue(full.header("Retry-After") != null, "when to try again");
        }
    }

    @Test
    void anAddressWithTooMuchComputeQueuedIsAskedToWait() {
        double cost = ComputeBudget.cost(Config.fromJson(LONG_CONFIG, Limits.SERVER), 100_000);
        RunLimits limits = RunLimits.defaults().withComputePerAddress(1.5 * cost);
        DatabaseOptions h2 = DatabaseOptions.of("jdbc:h2:file:" + folder.resolve("compute"), null, null);
        try (WebServer server = WebServer.start(TestServer.options(h2).withWorkers(0)
                .withRuns(RunOptions.defaults().withRunsPerMinute(0).withLimits(limits)))) {
            Http http = new Http("http://localhost:" + server.port());
            assertEquals(202, http.post("/api/runs", LONG_RUN).status());
            Http.Answer more = http.post("/api/runs", LONG_RUN);
            assertEquals(429, more.status(), more.toString());
            assertTrue(more.json().get("error").asText().contains("units of compute queued or running"), more.toString());
            assertEquals(List.of("30"), more.response().headers().allValues("Retry-After"));
        }
    }
}
