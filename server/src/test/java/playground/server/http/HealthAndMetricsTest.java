package playground.server.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static playground.server.testing.Http.object;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import playground.server.testing.Http;
import playground.server.testing.Http.Answer;
import playground.server.testing.TestServer;

/** /health and /metrics (docs/operations.md): the JVM's metrics, requests by route and status, experiments saved. */
class HealthAndMetricsTest {
    @Test
    void metricsCountRequestsByRouteAndStatusAndSavedExperiments() {
        try (TestServer server = TestServer.start()) {
            Http http = new Http(server.baseUrl());
            for (int i = 0; i < 3; i++) assertEquals(201, http.post("/api/experiments", object("config", Map.of())).status());
            assertEquals(400, http.post("/api/experiments", "{").status());
            String id = http.post("/api/experiments", object("config", Map.of())).json().path("id").asText();
            http.get("/api/experiments/" + id);
            http.get("/api/experiments/AAAAAAAAAAA");
            http.get("/css/base.css");
            http.get("/nothing");

            Answer metrics = http.get("/metrics");
            assertEquals(200, metrics.status());
            assertTrue(metrics.header("Content-Type").startsWith("text/plain"), metrics.header("Content-Type"));
            String text = metrics.body();
            assertEquals(4.0, value(text, "playground_experiments_saved_total"));
            assertEquals(4.0, value(text, "http_server_requests_seconds_count{method=\"POST\",route=\"/api/experiments\",status=\"201\"}"));
            assertEquals(1.0, value(text, "http_server_requests_seconds_count{method=\"POST\",route=\"/api/experiments\",status=\"400\"}"));
            assertEquals(1.0, value(text, "http_server_requests_seconds_count{method=\"GET\",route=\"/api/experiments/{id}\",status=\"200\"}"));
            assertEquals(1.0, value(text, "http_server_requests_seconds_count{method=\"GET\",route=\"/api/experiments/{id}\",status=\"404\"}"));
            assertEquals(1.0, value(text, "http_server_requests_seconds_count{method=\"GET\",route=\"static\",status=\"200\"}"));
            assertEquals(1.0, value(text, "http_server_requests_seconds_count{method=\"GET\",route=\"unmatched\",status=\"404\"}"));
            assertTrue(text.contains("jvm_memory_used_bytes{"), "JVM metrics");
            assertTrue(text.contains("jvm_threads_live_threads "), "JVM metrics");
            assertTrue(text.contains("hikaricp_connections_active{"), "connection pool metrics");
            assertTrue(value(text, "process_uptime_seconds") > 0);
        }
    }

    /** The value of the sample with exactly this name and these labels. */
    private static double value(String text, String sample) {
        Matcher line = Pattern.compile("(?m)^" + Pattern.quote(sample) + " (\\S+)$").matcher(text);
        assertTrue(line.find(), "no sample " + sample + " in\n" + text);
        return Double.parseDouble(line.group(1));
    }
}
