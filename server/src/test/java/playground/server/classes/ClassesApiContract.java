package playground.server.classes;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static playground.server.testing.Http.bearer;
import static playground.server.testing.Http.object;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import playground.config.Config;
import playground.config.Limits;
import playground.server.db.DatabaseOptions;
import playground.server.testing.FromAddress;
import playground.server.testing.Http;
import playground.server.testing.Http.Answer;
import playground.server.testing.TestServer;
import playground.train.Snapshot;
import playground.train.TrainingRun;

/**
 * Classes for a challenge (docs/api.md) as a specification every supported database must meet:
 * the subclasses run it on H2 and on PostgreSQL, through a real server on a port. The server keeps
 * small limits so that tests reach them: {@value #PER_CLASS} attempts a class, {@value #PER_ADDRESS}
 * per address and class, {@value #CLASSES_PER_ADDRESS} classes per address. Each test makes its own
 * class; other addresses are loopback addresses of their own (127.0.0.x).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class ClassesApiContract {
    static final int PER_CLASS = 6;
    static final int PER_ADDRESS = 3;
    static final int CLASSES_PER_ADDRESS = 40;
    static final Map<String, Object> CONFIG = Map.of("dataset", "xor", "hiddenLayers", List.of(3), "learningRate", 0.1);
    static final Map<String, Object> GOAL = Map.of("testLossBelow", 0.2, "maxLayers", 2);

    private TestServer server;
    private Http http;

    /** A fresh, empty database for this class. */
    abstract DatabaseOptions database();

    @BeforeAll
    void start() {
        server = TestServer.start(TestServer.options(database()).withClasses(ClassLimits.defaults()
                .withAttemptsPerClass(PER_CLASS).withAttemptsPerAddress(PER_ADDRESS)
                .withClassesPerAddress(CLASSES_PER_ADDRESS)));
        http = new Http(server.baseUrl());
    }

    @AfterAll
    void stop() {
        if (server != null) server.close();
    }

    // ------------------------------------------------------------------ helpers

    /** A saved challenge: {id, editToken}. */
    JsonNode challenge(String title) {
        Answer answer = http.post("/api/experiments", object("title", title, "config", CONFIG, "goal", GOAL));
        assertEquals(201, answer.status(), answer.toString());
        return answer.json();
    }

    /** A class for a new challenge: {id, classUrl, teacherUrl, teacherToken}, plus experimentId. */
    Map<String, String> newClass(String title) {
        JsonNode challenge = challenge("Challenge of " + title);
        Answer answer = http.post("/api/classes", object("experimentId", challenge.path("id").asText(), "title", title),
                bearer(challenge.path("editToken").asText()));
        assertEquals(201, answer.status(), answer.toString());
        JsonNode json = answer.json();
        Map<String, String> created = new LinkedHashMap<>();
        json.fields().forEachRemaining(f -> created.put(f.getKey(), f.getValue().asText()));
        created.put("experimentId", challenge.path("id").asText());
        return created;
    }

    static TrainingRun trained(int epochs) {
        TrainingRun run = new TrainingRun(Config.fromMap(CONFIG, Limits.BROWSER));
        for (int i = 0; i < epochs; i++) run.trainEpoch();
        return run;
    }

    /** An attempt's body as the page sends it, with these keys changed (a null value removes the key). */
    static String attempt(Object... changes) {
        TrainingRun run = trained(3);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("nickname", "Ada");
        body.put("kind", "goal");
        body.put("config", CONFIG);
        body.put("state", Snapshot.of(run));
        body.put("epoch", 3);
        body.put("trainLoss", run.trainLoss());
        body.put("testLoss", run.testLoss());
        body.put("goalParts", List.of(Map.of("part", "testLossBelow", "met", true), Map.of("part", "maxLayers", "met", true)));
        for (int i = 0; i < changes.length; i += 2) {
            if (changes[i + 1] == null) body.remove((String) changes[i]);
            else body.put((String) changes[i], changes[i + 1]);
        }
        return Http.json(body);
    }

    Answer postAttempt(String classId, String body) {
        return http.post("/api/classes/" + classId + "/attempts", body);
    }

    JsonNode recorded(String classId, String body) {
        Answer answer = postAttempt(classId, body);
        assertEquals(201, answer.status(), answer.toString());
        return answer.json();
    }

    JsonNode list(Map<String, String> c) {
        Answer answer = http.get("/api/classes/" + c.get("id") + "/attempts", bearer(c.get("teacherToken")));
        assertEquals(200, answer.status(), answer.toString());
        return answer.json();
    }

    static void assertError(Answer answer, int status, String field) {
        assertEquals(status, answer.status(), answer.toString());
        assertTrue(answer.header("Content-Type").startsWith("application/json"), answer.toString());
        JsonNode json = answer.json();
        assertFalse(json.path("error").asText().isBlank(), answer.toString());
        if (field != null) assertEquals(field, json.path("field").asText(null), answer.toString());
    }

    static void assertError(FromAddress.Answer answer, int status) {
        assertEquals(status, answer.status(), answer.body());
        assertFalse(answer.body().isBlank());
    }

    // ------------------------------------------------------------------ create

    @Test
    void theChallengesOwnerCreatesAClassAndStudentsReadIt() {
        JsonNode challenge = challenge("Two moons");
        String experimentId = challenge.path("id").asText();
        Answer answer = http.post("/api/classes", object("experimentId", experimentId, "title", "  Year 10, Tuesday  "),
                bearer(challenge.path("editToken").asText()));
        assertEquals(201, answer.status(), answer.toString());
        JsonNode created = answer.json();
        String id = created.path("id").asText();
        assertTrue(id.matches("[0-9A-Za-z]{11}"), id);
        String token = created.path("teacherToken").asText();
        assertTrue(token.matches("[A-Za-z0-9_-]{43}"), token);
        assertEquals(server.baseUrl() + "/c/" + id, created.path("classUrl").asText());
        assertEquals(server.baseUrl() + "/c/" + id + "/teacher#token=" + token, created.path("teacherUrl").asText());
        assertEquals("/api/classes/" + id, answer.header("Location"));

        Answer read = http.get("/api/classes/" + id);
        assertEquals(200, read.status(), read.toString());
        JsonNode c = read.json();
        assertEquals(id, c.path("id").asText());
        assertEquals("Year 10, Tuesday", c.path("title").asText());
        assertEquals(experimentId, c.path("experimentId").asText());
        assertEquals(0.2, c.path("goal").path("testLossBelow").asDouble());
        assertEquals(2, c.path("goal").path("maxLayers").asInt());
        assertTrue(c.path("open").asBoolean());
        assertTrue(c.path("createdAt").asText().matches("\\d{4}-\\d\\d-\\d\\dT.*Z"), c.toString());
        assertFalse(read.body().contains(token), "the public view never shows the teacher token");
    }

    @Test
    void withoutATitleTheClassTakesTheChallenges() {
        JsonNode challenge = challenge("Spiral in three layers");
        Answer answer = http.post("/api/classes", object("experimentId", challenge.path("id").asText()),
                bearer(challenge.path("editToken").asText()));
        assertEquals(201, answer.status(), answer.toString());
        JsonNode c = http.get("/api/classes/" + answer.json().path("id").asText()).json();
        assertEquals("Spiral in three layers", c.path("title").asText());
    }

    @Test
    void onlyTheChallengesOwnerMayCreateAClassAndOnlyForAChallenge() {
        JsonNode challenge = challenge("Mine");
        String id = challenge.path("id").asText();
        JsonNode other = challenge("Someone else's");
        assertError(http.post("/api/classes", object("experimentId", id)), 401, null);
        assertError(http.post("/api/classes", object("experimentId", id), "Authorization", "Bearer short"), 401, null);
        assertError(http.post("/api/classes", object("experimentId", id), bearer(other.path("editToken").asText())),
                403, null);

        Answer plain = http.post("/api/experiments", object("config", CONFIG));
        assertError(http.post("/api/classes", object("experimentId", plain.json().path("id").asText()),
                bearer(plain.json().path("editToken").asText())), 400, "experimentId");
        assertError(http.post("/api/classes", object("experimentId", "nothere0000"), bearer(challenge.path("editToken")
                .asText())), 404, "experimentId");
        String token = challenge.path("editToken").asText();
        assertError(http.post("/api/classes", object("experimentId", "../x"), bearer(token)), 400, "experimentId");
        assertError(http.post("/api/classes", object("title", "no id"), bearer(token)), 400, "experimentId");
        assertError(http.post("/api/classes", object("experimentId", id, "teacher", "me"), bearer(token)), 400, "teacher");
        assertError(http.post("/api/classes", object("experimentId", id, "title", "a\u0000b"), bearer(token)), 400, "title");
        assertError(http.post("/api/classes", object("experimentId", id, "title", "x".repeat(201)), bearer(token)), 413,
                "title");
        assertError(http.post("/api/classes", "not json", bearer(token)), 400, "body");
        assertError(http.post("/api/classes", object("experimentId", id, "title", "x".repeat(20_000)), bearer(token)),
                413, "body");
    }

    @Test
    void unknownClassesAreNotFound() {
        assertError(http.get("/api/classes/nothere0000"), 404, null);
        assertError(http.get("/api/classes/bad"), 404, null);
        assertError(postAttempt("nothere0000", attempt()), 404, null);
        assertEquals(404, http.get("/c/nothere0000").status());
        assertEquals(404, http.get("/c/nothere0000/teacher").status());
    }

    // ------------------------------------------------------------------ attempts

    @Test
    void anAttemptIsSavedAsAForkOfTheChallengeWithExactlyTheConfigAndStateSent() throws Exception {
        Map<String, String> c = newClass("Period 3");
        TrainingRun run = trained(5);
        String state = Snapshot.toJson(run);
        Answer answer = postAttempt(c.get("id"), attempt("nickname", "  Ada L.  ", "state", Snapshot.of(run),
                "epoch", 5));
        assertEquals(201, answer.status(), answer.toString());
        JsonNode created = answer.json();
        String experimentId = created.path("experimentId").asText();
        assertTrue(created.path("id").asText().matches("[0-9A-Za-z]{11}"), created.toString());
        assertEquals("/e/" + experimentId, created.path("url").asText());

        JsonNode saved = http.get("/api/experiments/" + experimentId).json();
        assertEquals(Http.JSON.readTree(Config.fromMap(CONFIG, Limits.BROWSER).toJson()), saved.path("config"));
        assertEquals(Http.JSON.readTree(state), saved.path("state"));
        assertEquals(c.get("experimentId"), saved.path("parent").asText());
        assertEquals("Period 3 — Ada L.", saved.path("title").asText());
        assertEquals(0.2, saved.path("goal").path("testLossBelow").asDouble(), "the fork keeps the challenge");
        assertEquals(200, http.get("/e/" + experimentId).status());
    }

    @Test
    void nicknamesAreTrimmedAndAnEmptyOneIsAnonymous() {
        Map<String, String> c = newClass("Nicknames");
        String experimentId = recorded(c.get("id"), attempt("nickname", "   ")).path("experimentId").asText();
        assertEquals("Nicknames — anonymous", http.get("/api/experiments/" + experimentId).json().path("title").asText());
        recorded(c.get("id"), attempt("nickname", null, "kind", "handin", "goalParts", List.of()));
        JsonNode attempts = list(c).path("attempts");
        assertTrue(attempts.get(0).path("nickname").isNull());
        assertTrue(attempts.get(1).path("nickname").isNull());
        assertEquals("handin", attempts.get(1).path("kind").asText());
    }

    @Test
    void badAttemptsAreRefusedNamingTheField() {
        Map<String, String> c = newClass("Bad input");
        String id = c.get("id");
        assertError(postAttempt(id, attempt("kind", null)), 400, "kind");
        assertError(postAttempt(id, attempt("kind", "cheat")), 400, "kind");
        assertError(postAttempt(id, attempt("config", null)), 400, "config");
        assertError(postAttempt(id, attempt("config", Map.of("dataset", "xor", "hiddenLayers", List.of(3),
                "learningRate", -1))), 400, "config.learningRate");
        assertError(postAttempt(id, attempt("state", null)), 400, "state");
        assertError(postAttempt(id, attempt("state", "trained")), 400, "state");
        assertError(postAttempt(id, attempt("config", Map.of("dataset", "circle"))), 400, "state.config");
        assertError(postAttempt(id, attempt("epoch", -1)), 400, "epoch");
        assertError(postAttempt(id, attempt("epoch", 1.5)), 400, "epoch");
        assertError(postAttempt(id, attempt("epoch", "3")), 400, "epoch");
        assertError(postAttempt(id, attempt("trainLoss", "low")), 400, "trainLoss");
        assertError(postAttempt(id, attempt("testLoss", null)), 400, "testLoss");
        assertError(postAttempt(id, attempt("nickname", "n".repeat(41))), 400, "nickname");
        assertError(postAttempt(id, attempt("nickname", "Ada\nBob")), 400, "nickname");
        assertError(postAttempt(id, attempt("nickname", "\u202Eevil")), 400, "nickname");
        assertError(postAttempt(id, attempt("nickname", 7)), 400, "nickname");
        assertError(postAttempt(id, attempt("goalParts", null)), 400, "goalParts");
        assertError(postAttempt(id, attempt("goalParts", Collections.nCopies(17, Map.of("part", "p", "met", true)))),
                400, "goalParts");
        assertError(postAttempt(id, attempt("goalParts", List.of(Map.of("part", "p".repeat(41), "met", true)))), 400,
                "goalParts[0].part");
        assertError(postAttempt(id, attempt("goalParts", List.of(Map.of("part", "p", "met", "yes")))), 400,
                "goalParts[0].met");
        assertError(postAttempt(id, attempt("goalParts", List.of(Map.of("part", "p", "met", true, "x", 1)))), 400,
                "goalParts[0].x");
        assertError(postAttempt(id, attempt("score", 100)), 400, "score");
        assertError(postAttempt(id, "[]"), 400, "body");
        assertError(http.post("/api/classes/" + id + "/attempts", new byte[5 * 1024 * 1024]), 413, "body");
        assertEquals(0, list(c).path("attempts").size(), "nothing was recorded");
    }

    @Test
    void lossesThatDivergedAreTheFormatsWords() {
        Map<String, String> c = newClass("Diverged");
        recorded(c.get("id"), attempt("trainLoss", "NaN", "testLoss", "Infinity", "kind", "handin"));
        JsonNode a = list(c).path("attempts").get(0);
        assertEquals("NaN", a.path("trainLoss").asText());
        assertEquals("Infinity", a.path("testLoss").asText());
        assertError(postAttempt(c.get("id"), attempt("trainLoss", "nan")), 400, "trainLoss");
    }

    // ------------------------------------------------------------------ the teacher's views

    @Test
    void theTeacherListsAttemptsOldestFirstWithTheToken() {
        Map<String, String> c = newClass("List");
        JsonNode first = recorded(c.get("id"), attempt("nickname", "Ada"));
        JsonNode second = recorded(c.get("id"), attempt("nickname", "Bob", "kind", "handin",
                "goalParts", List.of(Map.of("part", "testLossBelow", "met", false))));
        JsonNode all = list(c);
        assertEquals(c.get("id"), all.path("class").path("id").asText());
        assertEquals("List", all.path("class").path("title").asText());
        JsonNode attempts = all.path("attempts");
        assertEquals(2, attempts.size());
        JsonNode a = attempts.get(0);
        assertEquals(first.path("id").asText(), a.path("id").asText());
        assertEquals("Ada", a.path("nickname").asText());
        assertEquals("goal", a.path("kind").asText());
        assertEquals(first.path("experimentId").asText(), a.path("experimentId").asText());
        assertEquals("/e/" + first.path("experimentId").asText(), a.path("url").asText());
        assertEquals(3, a.path("epoch").asInt());
        assertTrue(a.path("trainLoss").isNumber() && a.path("testLoss").isNumber(), a.toString());
        assertEquals(2, a.path("goalParts").size());
        assertEquals("testLossBelow", a.path("goalParts").get(0).path("part").asText());
        assertTrue(a.path("goalParts").get(0).path("met").asBoolean());
        assertFalse(a.path("createdAt").asText().isEmpty());
        assertEquals("/api/classes/" + c.get("id") + "/attempts/" + first.path("id").asText() + "/preview.png",
                a.path("previewUrl").asText());
        assertFalse(a.has("client"), "the address is never shown");
        assertEquals(second.path("id").asText(), attempts.get(1).path("id").asText());

        Answer byQuery = http.get("/api/classes/" + c.get("id") + "/attempts?token=" + c.get("teacherToken"));
        assertEquals(200, byQuery.status(), byQuery.toString());
        assertEquals(all, byQuery.json());
    }

    @Test
    void withoutTheTeacherTokenNothingOfTheClassIsReadable() {
        Map<String, String> c = newClass("Secret");
        recorded(c.get("id"), attempt("nickname", "Carol"));
        Map<String, String> other = newClass("Another");
        String wrong = other.get("teacherToken");
        String base = "/api/classes/" + c.get("id");
        String attemptId = list(c).path("attempts").get(0).path("id").asText();
        for (String path : List.of(base + "/attempts", base + "/attempts.csv", base + "/events",
                base + "/attempts/" + attemptId + "/preview.png")) {
            for (Answer refused : List.of(http.get(path), http.get(path, "Accept", "text/event-stream"),
                    http.get(path + "?token=short"), http.get(path, "Authorization", "Basic abc"))) {
                assertError(refused, 401, null);
                assertFalse(refused.body().contains("Carol"), refused.toString());
            }
            for (Answer refused : List.of(http.get(path, bearer(wrong)), http.get(path + "?token=" + wrong),
                    http.get(path, "Accept", "text/event-stream", "Authorization", "Bearer " + wrong))) {
                assertError(refused, 403, null);
                assertFalse(refused.body().contains("Carol"), refused.toString());
            }
        }
        assertError(http.post(base + "/close", ""), 401, null);
        assertError(http.post(base + "/close", "", bearer(wrong)), 403, null);
        assertError(http.delete(base), 401, null);
        assertError(http.delete(base, bearer(wrong)), 403, null);
        assertTrue(http.get(base).json().path("open").asBoolean(), "still open");
    }

    @Test
    void theCsvHasAHeaderTheSameRowsAndNoFormulas() {
        Map<String, String> c = newClass("Spreadsheet");
        recorded(c.get("id"), attempt("nickname", "=HYPERLINK(\"x\")", "goalParts",
                List.of(Map.of("part", "testLossBelow", "met", true), Map.of("part", "maxLayers", "met", false))));
        recorded(c.get("id"), attempt("nickname", "Lee, Ann", "kind", "handin"));
        Answer csv = http.get("/api/classes/" + c.get("id") + "/attempts.csv", bearer(c.get("teacherToken")));
        assertEquals(200, csv.status(), csv.toString());
        assertTrue(csv.header("Content-Type").startsWith("text/csv"), csv.header("Content-Type"));
        assertTrue(csv.header("Content-Disposition").startsWith("attachment"), csv.header("Content-Disposition"));
        String[] lines = csv.body().split("\r\n");
        assertEquals(3, lines.length, csv.body());
        assertEquals("time,nickname,kind,epoch,trainLoss,testLoss,goalMet,parts,url", lines[0]);
        JsonNode attempts = list(c).path("attempts");
        String firstUrl = server.baseUrl() + "/e/" + attempts.get(0).path("experimentId").asText();
        assertTrue(lines[1].startsWith(attempts.get(0).path("createdAt").asText() + ",\"'=HYPERLINK(\"\"x\"\")\",goal,3,"),
                lines[1]);
        assertTrue(lines[1].endsWith(",no,testLossBelow: met; maxLayers: not met," + firstUrl), lines[1]);
        assertTrue(lines[2].contains(",\"Lee, Ann\",handin,3,"), lines[2]);
        assertTrue(lines[2].contains(",yes,testLossBelow: met; maxLayers: met,"), lines[2]);
        Answer byQuery = http.get("/api/classes/" + c.get("id") + "/attempts.csv?token=" + c.get("teacherToken"));
        assertEquals(csv.body(), byQuery.body());
    }

    @Test
    void thePreviewIsTheAttemptsNetworkAsAPicture() {
        Map<String, String> c = newClass("Pictures");
        recorded(c.get("id"), attempt());
        JsonNode a = list(c).path("attempts").get(0);
        Answer png = http.get(a.path("previewUrl").asText() + "?token=" + c.get("teacherToken"));
        assertEquals(200, png.status(), png.toString());
        assertEquals("image/png", png.header("Content-Type"));
        byte[] bytes = http.getBytes(a.path("previewUrl").asText(), bearer(c.get("teacherToken")));
        assertArrayEquals(new byte[] {(byte) 0x89, 'P', 'N', 'G'}, Arrays.copyOf(bytes, 4));
        assertError(http.get("/api/classes/" + c.get("id") + "/attempts/nothere0000/preview.png",
                bearer(c.get("teacherToken"))), 404, "attemptId");
    }

    // ------------------------------------------------------------------ live events

    @Test
    void eventsSendTheAttemptsSoFarThenEachNewOneLive() throws Exception {
        Map<String, String> c = newClass("Live");
        JsonNode first = recorded(c.get("id"), attempt("nickname", "Early"));
        String url = server.baseUrl() + "/api/classes/" + c.get("id") + "/events?token=" + c.get("teacherToken");
        try (LiveEvents events = LiveEvents.open(url)) {
            assertEquals(200, events.status);
            assertTrue(events.contentType.startsWith("text/event-stream"), events.contentType);
            LiveEvents.Event so = events.next(Duration.ofSeconds(10));
            assertEquals("attempt", so.name());
            assertEquals("1", so.id());
            assertEquals(first.path("id").asText(), so.data().path("id").asText());
            assertEquals(list(c).path("attempts").get(0), so.data(), "the same JSON as the list");

            JsonNode live = recorded(c.get("id"), attempt("nickname", "Late"));
            LiveEvents.Event next = events.next(Duration.ofSeconds(10));
            assertEquals("attempt", next.name());
            assertEquals("2", next.id());
            assertEquals(live.path("id").asText(), next.data().path("id").asText());
            assertEquals("Late", next.data().path("nickname").asText());
        }
        try (LiveEvents resumed = LiveEvents.open(url, "Last-Event-ID", "1")) {
            LiveEvents.Event next = resumed.next(Duration.ofSeconds(10));
            assertEquals("2", next.id(), "a reconnecting client gets what it missed, no more");
        }
    }

    @Test
    void deletingAClassEndsItsStreams() throws Exception {
        Map<String, String> c = newClass("Ending");
        String url = server.baseUrl() + "/api/classes/" + c.get("id") + "/events";
        try (LiveEvents events = LiveEvents.open(url, bearer(c.get("teacherToken")))) {
            assertEquals(200, events.status);
            assertEquals(204, http.delete("/api/classes/" + c.get("id"), bearer(c.get("teacherToken"))).status());
            assertEquals("deleted", events.next(Duration.ofSeconds(10)).name());
        }
    }

    @Test
    void eachAddressHoldsABoundedNumberOfStreamsAndOthersStillGetTheirs() throws Exception {
        Map<String, String> c = newClass("Many screens");
        String path = "/api/classes/" + c.get("id") + "/events";
        List<Socket> open = new ArrayList<>();
        try {
            for (int i = 0; i < ClassEvents.MAX_STREAMS_PER_ADDRESS; i++) {
                open.add(streamFrom("127.0.0.51", path, c.get("teacherToken")));
                assertTrue(statusLine(open.get(i)).contains(" 200 "));
            }
            Socket refused = streamFrom("127.0.0.51", path, c.get("teacherToken"));
            open.add(refused);
            assertTrue(statusLine(refused).contains(" 429 "), "one stream too many");
            Socket other = streamFrom("127.0.0.52", path, c.get("teacherToken"));
            open.add(other);
            assertTrue(statusLine(other).contains(" 200 "), "another address is not affected");
        } finally {
            for (Socket socket : open) socket.close();
        }
    }

    /** An event stream asked for over a plain socket from a chosen loopback address. */
    private Socket streamFrom(String address, String path, String token) throws IOException {
        Socket socket = new Socket();
        socket.bind(new InetSocketAddress(InetAddress.getByName(address), 0));
        socket.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), server.server().port()), 5_000);
        socket.setSoTimeout(10_000);
        socket.getOutputStream().write(("GET " + path + " HTTP/1.1\r\nHost: localhost\r\nAccept: text/event-stream\r\n"
                + "Authorization: Bearer " + token + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
        return socket;
    }

    private static String statusLine(Socket socket) throws IOException {
        StringBuilder line = new StringBuilder();
        InputStream in = socket.getInputStream();
        for (int b = in.read(); b >= 0 && b != '\n'; b = in.read()) line.append((char) b);
        return line.toString();
    }

    // ------------------------------------------------------------------ limits

    @Test
    void attemptsAreLimitedPerAddressAndPerClassAndOtherAddressesGoOn() {
        Map<String, String> c = newClass("Limits");
        String path = "/api/classes/" + c.get("id") + "/attempts";
        FromAddress alice = new FromAddress("127.0.0.21", server.server().port());
        FromAddress bob = new FromAddress("127.0.0.22", server.server().port());
        FromAddress carol = new FromAddress("127.0.0.23", server.server().port());
        for (int i = 0; i < PER_ADDRESS; i++) assertEquals(201, alice.post(path, attempt()).status());
        FromAddress.Answer refused = alice.post(path, attempt());
        assertError(refused, 429);
        assertTrue(refused.body().contains("this address"), refused.body());
        for (int i = 0; i < PER_ADDRESS; i++) assertEquals(201, bob.post(path, attempt()).status(), "fair to others");
        FromAddress.Answer full = carol.post(path, attempt());
        assertError(full, 429);
        assertTrue(full.body().contains("this class has " + PER_CLASS), full.body());
        assertEquals(PER_CLASS, list(c).path("attempts").size());
        Map<String, String> another = newClass("Another class");
        assertEquals(201, alice.post("/api/classes/" + another.get("id") + "/attempts", attempt()).status(),
                "the limit is per class");
    }

    @Test
    void aBurstOfAttemptsFromOneAddressGetsNoMoreThanItsShare() throws Exception {
        Map<String, String> c = newClass("Burst");
        String path = "/api/classes/" + c.get("id") + "/attempts";
        FromAddress frank = new FromAddress("127.0.0.41", server.server().port());
        String body = attempt();
        ExecutorService pool = Executors.newFixedThreadPool(6);
        try {
            List<Future<FromAddress.Answer>> answers = new ArrayList<>();
            for (int i = 0; i < 6; i++) answers.add(pool.submit(() -> frank.post(path, body)));
            int recorded = 0;
            for (Future<FromAddress.Answer> answer : answers) {
                int status = answer.get(60, TimeUnit.SECONDS).status();
                assertTrue(status == 201 || status == 429, "status " + status);
                if (status == 201) recorded++;
            }
            assertEquals(PER_ADDRESS, recorded);
        } finally {
            pool.shutdownNow();
        }
        assertEquals(PER_ADDRESS, list(c).path("attempts").size());
    }

    @Test
    void classesAreLimitedPerAddress() {
        JsonNode challenge = challenge("Many classes");
        String body = object("experimentId", challenge.path("id").asText());
        String[] auth = bearer(challenge.path("editToken").asText());
        FromAddress dan = new FromAddress("127.0.0.31", server.server().port());
        for (int i = 0; i < CLASSES_PER_ADDRESS; i++) assertEquals(201, dan.post("/api/classes", body, auth).status());
        FromAddress.Answer refused = dan.post("/api/classes", body, auth);
        assertError(refused, 429);
        FromAddress eve = new FromAddress("127.0.0.32", server.server().port());
        assertEquals(201, eve.post("/api/classes", body, auth).status(), "other addresses go on");
    }

    // ------------------------------------------------------------------ close, delete, retention

    @Test
    void aClosedClassRefusesAttemptsAndStaysReadable() {
        Map<String, String> c = newClass("Closing");
        recorded(c.get("id"), attempt());
        assertEquals(204, http.post("/api/classes/" + c.get("id") + "/close", "", bearer(c.get("teacherToken"))).status());
        assertError(postAttempt(c.get("id"), attempt()), 409, "class");
        assertFalse(http.get("/api/classes/" + c.get("id")).json().path("open").asBoolean());
        assertEquals(1, list(c).path("attempts").size());
        assertEquals(204, http.post("/api/classes/" + c.get("id") + "/close", "", bearer(c.get("teacherToken"))).status(),
                "closing twice is still closed");
    }

    @Test
    void aDeletedClassIsGoneButItsAttemptsExperimentsStay() {
        Map<String, String> c = newClass("Deleting");
        String experimentId = recorded(c.get("id"), attempt()).path("experimentId").asText();
        assertEquals(204, http.delete("/api/classes/" + c.get("id"), bearer(c.get("teacherToken"))).status());
        assertError(http.get("/api/classes/" + c.get("id")), 404, null);
        assertError(http.get("/api/classes/" + c.get("id") + "/attempts", bearer(c.get("teacherToken"))), 404, null);
        assertError(postAttempt(c.get("id"), attempt()), 404, null);
        assertEquals(404, http.get("/c/" + c.get("id")).status());
        assertEquals(200, http.get("/api/experiments/" + experimentId).status(), "the student's link still opens");
    }

    @Test
    void theCleanUpDeletesClassesAndAttemptsOlderThanTheRetention() throws Exception {
        Map<String, String> old = newClass("Last year");
        recorded(old.get("id"), attempt());
        Map<String, String> current = newClass("This year");
        recorded(current.get("id"), attempt("nickname", "old"));
        recorded(current.get("id"), attempt("nickname", "new"));
        OffsetDateTime longAgo = OffsetDateTime.now(ZoneOffset.UTC).minusDays(91);
        try (Connection connection = server.server().database().dataSource().getConnection()) {
            try (PreparedStatement update = connection.prepareStatement(
                    "UPDATE classroom SET created_at = ? WHERE id = ?")) {
                update.setObject(1, longAgo);
                update.setString(2, old.get("id"));
                assertEquals(1, update.executeUpdate());
            }
            try (PreparedStatement update = connection.prepareStatement(
                    "UPDATE class_attempt SET created_at = ? WHERE nickname = 'old'")) {
                update.setObject(1, longAgo);
                assertEquals(1, update.executeUpdate());
            }
        }
        // (the hourly clean-up may have run meanwhile: what counts is what is left)
        server.server().classCleanup().runNow();
        assertError(http.get("/api/classes/" + old.get("id")), 404, null);
        JsonNode left = list(current).path("attempts");
        assertEquals(1, left.size());
        assertEquals("new", left.get(0).path("nickname").asText());
    }

    // ------------------------------------------------------------------ pages

    @Test
    void theClassPageIsTheChallengesPageThatKnowsItsClass() {
        Map<String, String> c = newClass("Page");
        Answer page = http.get("/c/" + c.get("id"));
        assertEquals(200, page.status(), page.toString());
        String meta = "  <meta name=\"playground-class\" content=\"" + c.get("id") + "\">\n";
        assertTrue(page.body().contains(meta + "</head>"), page.body());
        assertEquals(http.get("/e/" + c.get("experimentId")).body(), page.body().replace(meta, ""));

        Answer teacher = http.get("/c/" + c.get("id") + "/teacher");
        assertEquals(200, teacher.status(), teacher.toString());
        assertTrue(teacher.header("Content-Type").startsWith("text/html"));
        assertTrue(teacher.body().contains(meta), teacher.body());
        assertEquals("no-referrer", teacher.header("Referrer-Policy"));
        assertFalse(teacher.body().contains(c.get("teacherToken")));
    }
}
