package playground.server.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static playground.server.testing.Http.object;

import java.util.Map;
import org.junit.jupiter.api.Test;
import playground.server.testing.Http;
import playground.server.testing.Http.Answer;
import playground.server.testing.TestServer;

/** The per-client write limit on the real server: writes over the rate get 429, reads never. */
class WriteLimitTest {
    @Test
    void writesOverTheRateAre429WithRetryAfterAndReadsGoOn() {
        try (TestServer server = TestServer.start(o -> o.withWritesPerMinute(3))) {
            Http http = new Http(server.baseUrl());
            Answer first = http.post("/api/experiments", object("config", Map.of()));
            assertEquals(201, first.status());
            String item = "/api/experiments/" + first.json().path("id").asText();
            String token = first.json().path("editToken").asText();
            assertEquals(400, http.post("/api/experiments", "{").status(), "refused writes count too");
            assertEquals(200, http.put(item, object("config", Map.of()), Http.bearer(token)).status());

            Answer limited = http.delete(item, Http.bearer(token));
            assertEquals(429, limited.status(), limited.toString());
            assertTrue(limited.json().path("error").asText().startsWith("too many changes"), limited.toString());
            long retryAfter = Long.parseLong(limited.header("Retry-After"));
            assertTrue(retryAfter >= 1 && retryAfter <= 20, "3 a minute: a token every 20 s, got " + retryAfter);
            assertEquals(429, http.post("/api/experiments", object("config", Map.of())).status());

            for (int i = 0; i < 10; i++) assertEquals(200, http.get(item).status(), "reading is never limited");
        }
    }
}
