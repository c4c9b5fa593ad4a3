package playground.server.classes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static playground.server.testing.Http.bearer;
import static playground.server.testing.Http.object;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import playground.server.ServerOptions;
import playground.server.testing.FromAddress;
import playground.server.testing.Http;
import playground.server.testing.TestServer;

/**
 * A class of thirty behind one school router is one address to the server. With the server's
 * default limits, the whole class handing in at once — twice each, within the same minute — is
 * recorded; the general write limit still holds for everything else that address writes.
 */
class ClassBehindOneRouterTest {
    private static final int STUDENTS = 30;

    @Test
    void aWholeClassOnOneAddressHandsInTwiceWithinAMinuteWithTheDefaultLimits() throws Exception {
        try (TestServer server = TestServer.start(
                o -> o.withWritesPerMinute(ServerOptions.DEFAULT_WRITES_PER_MINUTE).withClasses(ClassLimits.defaults()))) {
            FromAddress school = new FromAddress("127.0.0.61", server.server().port());
            FromAddress.Answer saved = school.post("/api/experiments", object("title", "Circle challenge",
                    "config", ClassesApiContract.CONFIG, "goal", ClassesApiContract.GOAL));
            assertEquals(201, saved.status(), saved.body());
            JsonNode challenge = Http.JSON.readTree(saved.body());
            FromAddress.Answer created = school.post("/api/classes",
                    object("experimentId", challenge.path("id").asText()), bearer(challenge.path("editToken").asText()));
            assertEquals(201, created.status(), created.body());
            String path = "/api/classes/" + Http.JSON.readTree(created.body()).path("id").asText() + "/attempts";

            String body = ClassesApiContract.attempt("kind", "handin");
            ExecutorService students = Executors.newFixedThreadPool(8);
            try {
                List<Future<FromAddress.Answer>> answers = new ArrayList<>();
                for (int i = 0; i < 2 * STUDENTS; i++) answers.add(students.submit(() -> school.post(path, body)));
                for (Future<FromAddress.Answer> answer : answers) {
                    FromAddress.Answer a = answer.get(60, TimeUnit.SECONDS);
                    assertEquals(201, a.status(), "every attempt of the class is recorded: " + a.body());
                }
            } finally {
                students.shutdownNow();
            }

            int refused = 0;
            for (int i = 0; i < ServerOptions.DEFAULT_WRITES_PER_MINUTE + 1; i++) {
                if (school.post("/api/experiments", object("config", ClassesApiContract.CONFIG)).status() == 429) refused++;
            }
            assertTrue(refused > 0, "saving experiments from that address is still rate-limited");
        }
    }
}
