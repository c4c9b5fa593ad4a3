package playground.server.runs;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import playground.config.Config;
import playground.config.Limits;
import playground.server.testing.Http;
import playground.train.TrainingRun;
import playground.server.testing.Wait;

/** The runs API as tests use it: submit, wait, read; and the same trials trained here, for comparison. */
final class RunsClient {
    final Http http;
    final String baseUrl;

    RunsClient(String baseUrl) {
        this.http = new Http(baseUrl);
        this.baseUrl = baseUrl;
    }

    /** Submits and returns the new run's id; fails unless the answer is 202 {id}. */
    String submit(Map<String, Object> body) {
        Http.Answer answer = http.post("/api/runs", Http.json(body));
        assertEquals(202, answer.status(), answer.toString());
        assertEquals(1, answer.json().size(), "202 {id} and nothing else: " + answer);
        return answer.json().get("id").asText();
    }

    JsonNode read(String id) {
        Http.Answer answer = http.get("/api/runs/" + id);
        assertEquals(200, answer.status(), answer.toString());
        return answer.json();
    }

    /** Polls until the run is no longer queued or running; returns it. */
    JsonNode waitUntilFinished(String id, Duration timeout) {
        return Wait.until("run " + id + " is no longer queued or running", timeout, () -> read(id),
                run -> !run.get("status").asText().matches("queued|running"));
    }

    String snapshot(String id, int trial) {
        Http.Answer answer = http.get("/api/runs/" + id + "/trials/" + trial + "/snapshot");
        assertEquals(200, answer.status(), answer.toString());
        return answer.body();
    }

    static Map<String, Object> body(Object... keysAndValues) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) map.put((String) keysAndValues[i], keysAndValues[i + 1]);
        return map;
    }

    /** The configuration trained here by the core for {@code epochs} epochs (stopping early once diverged, as trials do). */
    static TrainingRun trainedHere(Config config, int epochs) {
        TrainingRun run = new TrainingRun(config);
        while (run.epoch() < epochs && !run.diverged()) run.trainEpoch();
        return run;
    }

    static Config config(Map<String, Object> map) {
        return Config.fromMap(map, Limits.SERVER);
    }
}
