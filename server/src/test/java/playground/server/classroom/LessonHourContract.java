package playground.server.classroom;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static playground.server.testing.Http.bearer;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.RegisterExtension;
import playground.config.Config;
import playground.config.Goal;
import playground.config.Limits;
import playground.server.classes.ClassLimits;
import playground.server.db.DatabaseOptions;
import playground.server.testing.Http;
import playground.server.testing.ServerAndBrowser;
import playground.server.testing.TestServer;
import playground.train.Snapshot;
import playground.train.TrainingRun;

/**
 * A lesson hour with a class (docs/classroom.md), on every supported database (the subclasses):
 * a teacher saves a challenge in the playground and makes a class of it; thirty students — three
 * in real browsers, the rest through the API with networks really trained — open the class link,
 * some reach the goal, some hand in without it; the teacher's page, open all along, shows each
 * attempt as it comes, in order, with the numbers each student sent; an attempt opens in the
 * playground bit for bit as its student had it; the CSV holds the same rows; and without the
 * teacher's key nothing of the class's attempts can be read.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class LessonHourContract {
    /** A network that reaches the goal within a few seconds of training in a browser. */
    static final String CHALLENGE = "dataset=xor&features=x1x2&hiddenLayers=&learningRate=0.03";
    static final String GOAL = "&goalTestLoss=0.05&goalEpochs=500";
    static final int STUDENTS = 30;

    /** The teacher's browser and three students'; every student of a lesson comes from this one address. */
    @RegisterExtension
    final ServerAndBrowser site = new ServerAndBrowser(4, () -> TestServer.start(TestServer.options(database())
            .withClasses(ClassLimits.defaults().withAttemptsPerAddress(1000))));

    /** A fresh, empty database for this class. */
    abstract DatabaseOptions database();

    /** One attempt as its student sent it, and the server's id for it. */
    record Sent(String id, String experimentId, String nickname, String kind, int epoch, double trainLoss,
            double testLoss, List<String> parts) {
        boolean goalMet() {
            return !parts.isEmpty() && parts.stream().allMatch(p -> p.endsWith("=true"));
        }
    }

    @Test
    void aLessonHour() {
        Http http = new Http(site.baseUrl());
        ClassroomPage teacher = new ClassroomPage(site.browser(0));
        ClassroomPage ada = new ClassroomPage(site.browser(1));
        ClassroomPage bo = new ClassroomPage(site.browser(2));
        ClassroomPage cy = new ClassroomPage(site.browser(3));

        // The teacher saves the challenge through the page and makes a class of it.
        teacher.openPlayground(site.baseUrl() + "/#" + CHALLENGE + GOAL);
        teacher.click("#save-open");
        teacher.waitUntil("document.querySelector('#save-dialog')?.open", "the save dialog is open");
        teacher.type("#save-title", "XOR in one neuron");
        assertTrue((Boolean) teacher.js("return document.querySelector('#save-goal').checked"), "the goal goes along");
        teacher.click("#save-create");
        teacher.waitUntil("!document.querySelector('#save-result').hidden", "saved");
        assertTrue(teacher.shown("#class-create"), "a saved challenge offers a class");
        teacher.click("#class-create");
        teacher.waitUntil("document.querySelector('#class-teacher-link').value", "the class's links");
        assertEquals("", teacher.text("#class-create-error"));
        assertTrue(teacher.shown("#class-teacher-link-warning"), "the teacher's link says: keep it private");
        String classLink = teacher.value("#class-link");
        String teacherLink = teacher.value("#class-teacher-link");
        String classId = classLink.substring(classLink.lastIndexOf('/') + 1);
        assertEquals(site.baseUrl() + "/c/" + classId, classLink);
        assertTrue(teacherLink.startsWith(site.baseUrl() + "/c/" + classId + "/teacher#token="), teacherLink);
        String token = teacherLink.substring(teacherLink.indexOf("#token=") + "#token=".length());
        teacher.viewport(1280, 800, false);
        teacher.screenshotForDocs("classroom-class-links.png");

        // The teacher's page, open all through the lesson.
        teacher.openTeacher(teacherLink);
        teacher.waitUntil("document.querySelector('#class-live').dataset.live === 'live'", "the live stream");
        List<String> bundles = teacher.bundlesFetched();
        assertTrue(bundles.contains("teacher.wasm") || bundles.contains("teacher.js"), "its own bundle: " + bundles);
        assertFalse(bundles.contains("playground.wasm") || bundles.contains("playground.js"),
                "not the playground page's: " + bundles);
        assertEquals("Class: XOR in one neuron", teacher.text("#teacher-heading"));
        assertEquals("Goal: test loss below 0.05, within 500 epochs.", teacher.text("#class-goal"));
        assertTrue(teacher.shown("#attempts-empty"));

        List<Sent> sent = new ArrayList<>();
        // Ada trains until the card says the goal is met: that records itself; then she hands in.
        ada.openPlayground(classLink);
        assertEquals("Class: XOR in one neuron", ada.text("#class-title"));
        ada.type("#class-nickname", "Ada");
        ada.play();
        sent.add(fromPage(ada.sentAttempt(1)));
        ada.pause();
        assertEquals("true", ada.js("return document.querySelector('#goal-status').dataset.reached"));
        assertEquals("goal", sent.get(0).kind());
        assertTrue(sent.get(0).goalMet(), sent.get(0).toString());
        ada.waitUntil("document.querySelector('#class-status').textContent.includes('✓')", "Ada's bar says recorded");
        seenLive(teacher, sent);
        ada.click("#class-handin");
        sent.add(fromPage(ada.sentAttempt(2)));
        String adaFingerprint = ada.fingerprint();
        assertEquals("Attempt recorded ✓", ada.text("#class-status"));
        assertEquals(1, count(ada, "goal"), "one goal attempt per run, not one per frame");
        seenLive(teacher, sent);

        // Bo reaches the goal too; Cy hands in an untrained network.
        bo.openPlayground(classLink);
        bo.type("#class-nickname", "Bo");
        bo.play();
        sent.add(fromPage(bo.sentAttempt(1)));
        bo.pause();
        seenLive(teacher, sent);
        cy.openPlayground(classLink);
        cy.type("#class-nickname", "Cy");
        cy.click("#class-handin");
        sent.add(fromPage(cy.sentAttempt(1)));
        assertFalse(sent.get(sent.size() - 1).goalMet());
        seenLive(teacher, sent);
        cy.viewport(1280, 800, false);
        cy.screenshotForDocs("classroom-student-bar.png");
        cy.viewport(360, 740, true);
        cy.js("document.querySelector('#class-bar').scrollIntoView()");
        assertTrue(cy.pageWidth() <= 360, "the class bar fits a phone: " + cy.pageWidth());
        cy.screenshotForDocs("classroom-student-bar-phone.png");
        cy.viewport(1024, 768, false);

        // The rest of the class, through the API, with networks trained on the JVM.
        JsonNode challenge = http.get("/api/experiments/" + http.get("/api/classes/" + classId).json()
                .path("experimentId").asText()).json();
        Config config = Config.fromMap(toMap(challenge.path("config")), Limits.BROWSER);
        Goal goal = Goal.fromMap(toMap(challenge.path("goal")));
        TrainingRun run = new TrainingRun(config);
        for (int student = 4; student <= STUDENTS; student++) {
            boolean reaches = student % 3 == 0;
            if (!reaches) run = new TrainingRun(config);  // a network trained for an epoch or two
            do {
                run.trainEpoch();
            } while (reaches != goal.isMetBy(run.trainLoss(), run.testLoss(), 0, 0, run.epoch()) && run.epoch() < 400);
            Map<String, Object> body = attempt(String.format("Student %02d", student), reaches ? "goal" : "handin",
                    config, run, goal);
            Http.Answer answer = http.post("/api/classes/" + classId + "/attempts", Http.json(body));
            assertEquals(201, answer.status(), answer.toString());
            sent.add(fromApi(body, answer.json()));
            assertEquals(reaches, sent.get(sent.size() - 1).goalMet(), "student " + student);
            seenLive(teacher, sent);
        }

        // Every attempt, newest first, with the numbers its student sent.
        List<Map<String, Object>> rows = teacher.rows();
        assertEquals(sent.size(), rows.size());
        for (int i = 0; i < sent.size(); i++) assertRow(sent.get(sent.size() - 1 - i), rows.get(i), token);
        long met = sent.stream().filter(Sent::goalMet).map(Sent::nickname).distinct().count();
        assertEquals(String.valueOf(sent.size()), teacher.text("#count-attempts"));
        assertEquals(String.valueOf(STUDENTS), teacher.text("#count-students"));
        assertEquals(String.valueOf(met), teacher.text("#count-met"));
        teacher.select("#attempt-sort", "testLoss");
        List<Double> losses = teacher.rows().stream().map(r -> Double.parseDouble((String) r.get("testLoss"))).toList();
        assertEquals(losses.stream().sorted().toList(), losses, "sorted by test loss, lowest first");
        teacher.select("#attempt-sort", "time");
        teacher.viewport(1280, 800, false);
        teacher.screenshotForDocs("classroom-teacher.png");
        teacher.viewport(360, 740, true);
        assertTrue(teacher.pageWidth() <= 360, "the teacher's page fits a phone: " + teacher.pageWidth());
        teacher.screenshotForDocs("classroom-teacher-phone.png");
        teacher.viewport(1024, 768, false);
        teacher.select("select.language", "zh");
        assertEquals("班级：XOR in one neuron", teacher.text("#teacher-heading"));
        assertEquals("目标：测试损失低于 0.05，在 500 轮以内。", teacher.text("#class-goal"));
        assertEquals("时间", teacher.text("#attempts th.at-time"));
        teacher.select("select.theme", "dark");
        teacher.screenshotForDocs("classroom-teacher-zh-dark.png");
        teacher.select("select.theme", "auto");
        teacher.select("select.language", "en");

        // Ada's hand-in opens in the playground exactly as she had it.
        Map<String, Object> adaHandIn = rows.get(rows.size() - 2);
        assertEquals(sent.get(1).id(), adaHandIn.get("id"));
        bo.openPlayground((String) adaHandIn.get("open"));
        bo.waitUntil("document.querySelector('#epoch').textContent.replace(/[^0-9]/g, '') === '" + sent.get(1).epoch() + "'",
                "the attempt's epoch");
        assertEquals(adaFingerprint, bo.fingerprint(), "the same weights, optimizer state and history");

        // The CSV holds the same rows, oldest first.
        Http.Answer csv = http.get("/api/classes/" + classId + "/attempts.csv", bearer(token));
        assertEquals(200, csv.status(), csv.toString());
        List<String> lines = csv.body().lines().toList();
        assertEquals(sent.size() + 1, lines.size());
        for (int i = 0; i < sent.size(); i++) {
            Sent s = sent.get(i);
            String[] cells = lines.get(i + 1).split(",");
            assertEquals(s.nickname(), cells[1]);
            assertEquals(s.kind(), cells[2]);
            assertEquals(s.epoch(), Integer.parseInt(cells[3]));
            assertEquals(s.trainLoss(), Double.parseDouble(cells[4]));
            assertEquals(s.testLoss(), Double.parseDouble(cells[5]));
            assertEquals(s.goalMet() ? "yes" : "no", cells[6]);
            assertTrue(cells[cells.length - 1].endsWith("/e/" + s.experimentId()), lines.get(i + 1));
        }

        // Closing the class: a late hand-in is refused in words.
        teacher.click("#class-close");
        teacher.waitUntil("document.querySelector('#class-state').classList.contains('closed')", "closed");
        cy.click("#class-handin");
        cy.waitUntil("document.querySelector('#class-status').textContent.includes('closed')", "the bar says closed");
        assertEquals("This class is closed: attempts are no longer recorded.", cy.text("#class-status"));
        assertTrue((Boolean) cy.js("return document.querySelector('#class-handin').disabled"));
    }

    @Test
    void withoutTheTeachersKeyNothingOfTheAttemptsIsReadable() {
        Http http = new Http(site.baseUrl());
        JsonNode saved = http.post("/api/experiments", Http.object("title", "Secret class",
                "config", Map.of("dataset", "xor"), "goal", Map.of("testLossBelow", 0.1))).json();
        Http.Answer created = http.post("/api/classes", Http.object("experimentId", saved.path("id").asText()),
                bearer(saved.path("editToken").asText()));
        assertEquals(201, created.status(), created.toString());
        String classId = created.json().path("id").asText();
        String token = created.json().path("teacherToken").asText();
        TrainingRun run = new TrainingRun(Config.fromMap(Map.of("dataset", "xor"), Limits.BROWSER));
        run.trainEpoch();
        Http.Answer attempt = http.post("/api/classes/" + classId + "/attempts",
                Http.json(attempt("Eve's friend", "handin", run.config, run, null)));
        assertEquals(201, attempt.status(), attempt.toString());

        String wrong = token.substring(0, 42) + (token.endsWith("A") ? "B" : "A");
        for (String path : new String[] {"/attempts", "/attempts.csv", "/events"}) {
            String address = "/api/classes/" + classId + path;
            assertEquals(401, http.get(address, "Accept", "text/event-stream").status(), address + " without a key");
            Http.Answer refused = http.get(address, "Accept", "text/event-stream", "Authorization", "Bearer " + wrong);
            assertEquals(403, refused.status(), address + " with another key");
            assertFalse(refused.body().contains("Eve"), refused.body());
        }
        assertEquals(403, http.get("/api/classes/" + classId + "/attempts?token=" + wrong).status());
        String open = http.get("/api/classes/" + classId).body();
        assertFalse(open.contains("Eve") || open.contains(attempt.json().path("id").asText()),
                "the class as anyone reads it has no attempts: " + open);

        ClassroomPage page = new ClassroomPage(site.browser(3));
        page.openTeacher(site.baseUrl() + "/c/" + classId + "/teacher");
        page.waitUntil("document.querySelector('#teacher-message').textContent", "a message");
        assertTrue(page.text("#teacher-message").startsWith("This teacher link has no key."), page.text("#teacher-message"));
        assertFalse(page.shown("#attempts"));
        page.openTeacher(site.baseUrl() + "/c/" + classId + "/teacher?again#token=" + wrong);  // a new document
        page.waitUntil("document.querySelector('#teacher-message').textContent", "a message");
        assertTrue(page.text("#teacher-message").startsWith("This teacher link's key is wrong"), page.text("#teacher-message"));
        assertEquals(0L, page.js("return document.querySelectorAll('#attempts tbody tr').length"));
        assertFalse((Boolean) page.js("return document.body.textContent.includes(\"Eve's friend\")"));
    }

    /** Waits until the teacher's page shows the newest attempt (live, without a reload) and no other new one. */
    private static void seenLive(ClassroomPage teacher, List<Sent> sent) {
        teacher.waitUntil("document.querySelectorAll('#attempts tbody tr').length === arguments[1]"
                + " && document.querySelector('#attempts tbody tr').dataset.attempt === arguments[0]",
                "attempt " + sent.size() + " on the teacher's page", sent.get(sent.size() - 1).id(), sent.size());
    }

    private static void assertRow(Sent s, Map<String, Object> row, String token) {
        String what = "row of " + s;
        assertEquals(s.id(), row.get("id"), what);
        assertEquals(s.nickname(), row.get("nickname"), what);
        assertEquals(s.kind().equals("goal") ? "goal reached" : "handed in", row.get("kind"), what);
        assertEquals(String.valueOf(s.epoch()), row.get("epoch"), what);
        assertEquals(s.trainLoss(), Double.parseDouble((String) row.get("trainLoss")), what);
        assertEquals(s.testLoss(), Double.parseDouble((String) row.get("testLoss")), what);
        assertEquals(s.parts(), row.get("parts"), what);
        String picture = (String) row.get("picture");
        assertTrue(picture.contains("/attempts/" + s.id() + "/preview.png?token=" + token), picture);
        assertTrue(((String) row.get("open")).endsWith("/e/" + s.experimentId()), what);
    }

    private static long count(ClassroomPage page, String kind) {
        return (Long) page.js("return window.sentAttempts.filter(a => a.body.kind === arguments[0]).length", kind);
    }

    /** An attempt as a student's page sends it: this run's configuration, state and numbers. */
    static Map<String, Object> attempt(String nickname, String kind, Config config, TrainingRun run, Goal goal) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("nickname", nickname);
        body.put("kind", kind);
        body.put("config", toMap(config.toJson()));
        body.put("state", toMap(Snapshot.toJson(run)));
        body.put("epoch", run.epoch());
        body.put("trainLoss", run.trainLoss());
        body.put("testLoss", run.testLoss());
        List<Map<String, Object>> parts = new ArrayList<>();
        if (goal != null) {
            goal.partsMet(run.trainLoss(), run.testLoss(), config.hiddenLayers.length, 0, run.epoch())
                    .forEach((part, met) -> parts.add(Map.of("part", part, "met", met)));
        }
        body.put("goalParts", parts);
        return body;
    }

    @SuppressWarnings("unchecked")
    private static Sent fromPage(Map<String, Object> recorded) {
        Map<String, Object> body = (Map<String, Object>) recorded.get("body");
        Map<String, Object> answer = (Map<String, Object>) recorded.get("answer");
        assertTrue(answer.get("id") instanceof String, "the server recorded it: " + answer);
        return sent(body, (String) answer.get("id"), (String) answer.get("experimentId"));
    }

    private static Sent fromApi(Map<String, Object> body, JsonNode answer) {
        return sent(body, answer.path("id").asText(), answer.path("experimentId").asText());
    }

    @SuppressWarnings("unchecked")
    private static Sent sent(Map<String, Object> body, String id, String experimentId) {
        List<String> parts = new ArrayList<>();
        for (Object p : (List<Object>) body.get("goalParts")) {
            Map<String, Object> part = (Map<String, Object>) p;
            parts.add(part.get("part") + "=" + part.get("met"));
        }
        return new Sent(id, experimentId, (String) body.get("nickname"), (String) body.get("kind"),
                ((Number) body.get("epoch")).intValue(), ((Number) body.get("trainLoss")).doubleValue(),
                ((Number) body.get("testLoss")).doubleValue(), parts);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> toMap(Object json) {
        try {
            return json instanceof JsonNode node ? Http.JSON.convertValue(node, Map.class)
                    : Http.JSON.readValue((String) json, Map.class);
        } catch (IOException e) {
            throw new IllegalArgumentException(e);
        }
    }
}
