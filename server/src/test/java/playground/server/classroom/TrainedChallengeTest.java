package playground.server.classroom;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static playground.server.testing.Http.bearer;
import static playground.server.testing.Http.object;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import playground.config.Config;
import playground.config.Limits;
import playground.server.testing.Http;
import playground.server.testing.ServerAndBrowser;
import playground.server.testing.Wait;
import playground.train.Snapshot;
import playground.train.TrainingRun;

/**
 * A teacher may save a challenge already trained past its goal (to show what "done" looks like).
 * A student who opens its class link has trained nothing: no attempt is recorded for them until
 * they train or hand in.
 */
class TrainedChallengeTest {
    @RegisterExtension
    static final ServerAndBrowser SITE = new ServerAndBrowser();

    private static final Map<String, Object> CONFIG = Map.of("dataset", "xor", "hiddenLayers", List.of(3),
            "learningRate", 0.1);

    @Test
    void openingAChallengeSavedPastItsGoalRecordsNothingUntilTheStudentActs() {
        Http http = new Http(SITE.baseUrl());
        TrainingRun run = new TrainingRun(Config.fromMap(CONFIG, Limits.BROWSER));
        for (int i = 0; i < 20; i++) run.trainEpoch();
        Http.Answer saved = http.post("/api/experiments", object("title", "Done already", "config", CONFIG,
                "state", Snapshot.of(run), "goal", Map.of("testLossBelow", 10)));
        assertEquals(201, saved.status(), saved.toString());
        Http.Answer created = http.post("/api/classes", object("experimentId", saved.json().path("id").asText()),
                bearer(saved.json().path("editToken").asText()));
        assertEquals(201, created.status(), created.toString());
        JsonNode c = created.json();
        String attempts = "/api/classes/" + c.path("id").asText() + "/attempts";

        ClassroomPage student = new ClassroomPage(SITE.browser());
        student.openPlayground(c.path("classUrl").asText());
        student.waitUntil("document.querySelector('#goal-status').dataset.reached === 'true'",
                "the card shows the saved network meets the goal");
        Wait.pause(1500); // an attempt, if one were sent, would have been recorded by now
        assertEquals(0, list(http, attempts, c).size(), "nothing recorded for a network the student did not train");

        student.click("#class-handin");
        Wait.until("the hand-in is recorded", ClassroomPage.TIMEOUT, () -> list(http, attempts, c).size() == 1);
        assertEquals("handin", list(http, attempts, c).get(0).path("kind").asText());
    }

    private static JsonNode list(Http http, String attempts, JsonNode c) {
        Http.Answer answer = http.get(attempts, bearer(c.path("teacherToken").asText()));
        assertEquals(200, answer.status(), answer.toString());
        return answer.json().path("attempts");
    }
}
