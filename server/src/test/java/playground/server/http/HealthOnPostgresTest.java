package playground.server.http;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import playground.server.testing.Http;
import playground.server.testing.Http.Answer;
import playground.server.testing.PostgresServer;
import playground.server.testing.TestServer;
import playground.server.testing.Wait;

/** /health follows the database: 503 while PostgreSQL is down, 200 again once it is back. */
class HealthOnPostgresTest {
    @Test
    void healthIs503WhileTheDatabaseIsDownAndRecovers() {
        PostgresServer postgres = PostgresServer.shared();
        try (TestServer server = TestServer.start(postgres.createDatabase())) {
            Http http = new Http(server.baseUrl());
            assertEquals(200, http.get("/health").status());

            postgres.stop();
            Answer down = http.get("/health");
            assertEquals(503, down.status(), down.toString());
            assertEquals("{\"status\":\"unavailable\",\"database\":\"unreachable\"}", down.body());
            Answer saving = http.post("/api/experiments", "{\"config\":{}}");
            assertEquals(503, saving.status(), "no database is not the client's fault: " + saving);
            assertEquals("application/json", saving.header("Content-Type"));

            postgres.restart();
            assertEquals(200, healthWithin(http, Duration.ofSeconds(15)), "the pool reconnects by itself");
            assertEquals(201, http.post("/api/experiments", "{\"config\":{}}").status());
            assertEquals(200, http.get("/health").status());
        } finally {
            postgres.restart(); // the shared server serves the other test classes
        }
    }

    /**
     * The first status other than 503 within the time (or 503). The pool may still be backing off
     * from the failed connects when the database comes back; it must recover without a restart.
     */
    private static int healthWithin(Http http, Duration time) {
        int[] status = {503};
        try {
            Wait.until("/health answers other than 503", time, () -> (status[0] = http.get("/health").status()) != 503);
        } catch (AssertionError stillUnavailable) {
            // the caller asserts on the status, and says what it expected
        }
        return status[0];
    }
}
