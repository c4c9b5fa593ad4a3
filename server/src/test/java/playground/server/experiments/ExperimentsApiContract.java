package playground.server.experiments;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static playground.server.testing.Http.bearer;
import static playground.server.testing.Http.object;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import playground.config.Config;
import playground.core.Json;
import playground.config.Limits;
import playground.server.db.DatabaseOptions;
import playground.server.testing.Http;
import playground.server.testing.Http.Answer;
import playground.server.testing.TestServer;
import playground.train.Fingerprint;
import playground.train.Snapshot;
import playground.train.TrainingRun;

/**
 * The experiments API (docs/api.md) as a specification that every supported database
 * must meet: the subclasses run it on H2 and on PostgreSQL, through a real server on a port.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class ExperimentsApiContract {
    static final String API = "/api/experiments";

    private TestServer server;
    Http http;

    /** A fresh, empty database for this class. */
    abstract DatabaseOptions database();

    @BeforeAll
    void start() {
        server = TestServer.start(database());
        http = new Http(server.baseUrl());
    }

    @AfterAll
    void stop() {
        if (server != null) server.close();
    }

    // ------------------------------------------------------------------ helpers

    /** Saves and returns the 201 answer's JSON ({id, url, editToken}). */
    JsonNode save(String body) {
        Answer answer = http.post(API, body);
        assertEquals(201, answer.status(), answer.toString());
        return answer.json();
    }

    JsonNode read(String id) {
        Answer answer = http.get(API + "/" + id);
        assertEquals(200, answer.status(), answer.toString());
        return answer.json();
    }

    static Map<String, Object> config(Object... keysAndValues) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) map.put((String) keysAndValues[i], keysAndValues[i + 1]);
        return map;
    }

    /** The configuration in canonical form, as the server stores it. */
    static JsonNode canonical(Map<String, Object> config) {
        try {
            return Http.JSON.readTree(Config.fromMap(config, Limits.BROWSER).toJson());
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    /** Asserts a JSON error {error, field?} with this status and field. */
    static void assertError(Answer answer, int status, String field) {
        assertEquals(status, answer.status(), answer.toString());
        assertTrue(answer.header("Content-Type").startsWith("application/json"), answer.toString());
        JsonNode json = answer.json();
        assertTrue(json.path("error").isTextual() && !json.path("error").asText().isBlank(), answer.toString());
        if (field != null) assertEquals(field, json.path("field").asText(null), answer.toString());
    }

    // ------------------------------------------------------------------ create and read

    @Test
    void createAnswers201WithAShortIdItsPageAndAnEditToken() {
        Answer answer = http.post(API, object("config", config("learningRate", 0.1)));
        assertEquals(201, answer.status(), answer.toString());
        JsonNode created = answer.json();
        String id = created.path("id").asText();
        assertTrue(id.matches("[0-9A-Za-z]{11}"), id);
        assertEquals("/e/" + id, created.path("url").asText());
        assertTrue(created.path("editToken").asText().matches("[A-Za-z0-9_-]{43}"), created.toString());
        assertEquals(API + "/" + id, answer.header("Location"));
    }

    @Test
    void readReturnsWhatWasSavedWithTheCompleteConfigurationAndNoToken() {
        Map<String, Object> config = config("dataset", "xor", "hiddenLayers", List.of(3), "learningRate", 0.3);
        JsonNode created = save(object("title", "XOR in one layer", "notes", "Try *three* neurons.", "config", config));
        String id = created.path("id").asText();

        Answer answer = http.get(API + "/" + id);
        assertEquals(200, answer.status());
        JsonNode e = answer.json();
        assertEquals(id, e.path("id").asText());
        assertEquals("/e/" + id, e.path("url").asText());
        assertEquals("XOR in one layer", e.path("title").asText());
        assertEquals("Try *three* neurons.", e.path("notes").asText());
        assertEquals("<p>Try <em>three</em> neurons.</p>\n", e.path("renderedNotes").asText());
        // Stored complete: the defaults of the time of saving are written out.
        assertEquals(canonical(config), e.path("config"));
        assertEquals(500, e.path("config").path("points").asInt());
        assertTrue(e.path("state").isNull());
        assertTrue(e.path("goal").isNull());
        assertTrue(e.path("parent").isNull());
        assertEquals(e.path("createdAt").asText(), e.path("updatedAt").asText());
        assertTrue(e.path("createdAt").asText().matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d(\\.\\d+)?Z"),
                e.toString());
        assertFalse(answer.body().contains(created.path("editToken").asText()));
        assertFalse(e.has("editToken"));
    }

    @Test
    void onlyConfigIsRequired() {
        JsonNode e = read(save(object("config", Map.of())).path("id").asText());
        assertTrue(e.path("title").isNull());
        assertTrue(e.path("notes").isNull());
        assertTrue(e.path("renderedNotes").isNull());
        assertEquals(canonical(Map.of()), e.path("config"));
    }

    @Test
    void aTrainedStateComesBackExactToTheBit() throws Exception {
        Map<String, Object> config = config("dataset", "spiral", "hiddenLayers", List.of(5, 3), "optimizer", "adam",
                "learningRate", 0.01);
        TrainingRun run = new TrainingRun(Config.fromMap(config, Limits.BROWSER));
        for (int i = 0; i < 4; i++) run.trainEpoch();
        String body = object("title", "trained", "config", config, "state", Snapshot.of(run));

        JsonNode e = read(save(body).path("id").asText());
        Map<String, Object> state = Http.JSON.convertValue(e.path("state"), new TypeReference<Map<String, Object>>() {});
        TrainingRun restored = Snapshot.restore(state, Limits.BROWSER);
        assertEquals(Fingerprint.of(run), Fingerprint.of(restored));
        assertEquals(4, e.path("state").path("epoch").asInt());
    }

    /**
     * A diverged state (NaN weights, infinite losses) and every special double (-0, subnormals,
     * the largest and smallest) are saved and read back as the same text, in the words "NaN",
     * "Infinity" and "-Infinity" where JSON has no number; restored, the run continues as if never
     * stopped. The state is sent as the page sends it, the core's own JSON.
     */
    @Test
    void aDivergedStateAndEverySpecialDoubleComeBackAsTheSameText() {
        String config = Config.fromMap(config("problem", "regression", "dataset", "plane", "activation", "linear",
                "learningRate", 10, "batchSize", 1, "features", List.of("x1sq", "x2sq", "x1x2"),
                "hiddenLayers", List.of(4)), Limits.BROWSER).toJson();
        TrainingRun diverged = new TrainingRun(Config.fromJson(config, Limits.BROWSER));
        diverged.trainEpoch();
        assertTrue(diverged.diverged() && Double.isNaN(diverged.network.weights[0]), "NaN weights");

        TrainingRun special = new TrainingRun(Config.fromJson(config, Limits.BROWSER));
        double[] values = {Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, -0.0, Double.MIN_VALUE,
            -Double.MIN_VALUE, Double.MIN_NORMAL, Math.nextDown(Double.MIN_NORMAL), Double.MAX_VALUE, -Double.MAX_VALUE,
            7342627313054519e3, 1e21};
        System.arraycopy(values, 0, special.network.weights, 0, values.length);
        special.network.biases[0] = -0.0;

        for (TrainingRun run : List.of(diverged, special)) {
            String state = Snapshot.toJson(run);
            assertTrue(state.contains("\"NaN\""), state);
            String body = "{\"config\":" + config + ",\"state\":" + state + "}";
            String id = save(body).path("id").asText();
            Answer answer = http.get(API + "/" + id);
            assertEquals(200, answer.status(), answer.toString());
            assertTrue(answer.body().contains("\"state\":" + state + ","), "the state, byte for byte: " + answer.body());
            @SuppressWarnings("unchecked")
            Map<String, Object> read = (Map<String, Object>) ((Map<String, Object>) Json.parse(answer.body())).get("state");
            TrainingRun restored = Snapshot.restore(read, Limits.BROWSER);
            assertEquals(state, Snapshot.toJson(restored));
            for (int i = 0; i < 2; i++) {
                restored.trainEpoch();
                run.trainEpoch();
            }
            assertEquals(Snapshot.toJson(run), Snapshot.toJson(restored), "restored and continued equals unbroken");
        }
    }

    @Test
    void aStateMustBelongToTheExperimentsConfiguration() {
        TrainingRun run = new TrainingRun(Config.fromMap(config("learningRate", 0.1), Limits.BROWSER));
        run.trainEpoch();
        assertError(http.post(API, object("config", config("learningRate", 0.3), "state", Snapshot.of(run))),
                400, "state.config");
    }

    @Test
    void aStateWithTheWrongShapeIsRefusedNamingThePart() {
        TrainingRun run = new TrainingRun(Config.defaults());
        Map<String, Object> state = new LinkedHashMap<>(Snapshot.of(run));
        state.put("weights", List.of(1.0, 2.0));
        assertError(http.post(API, object("config", Map.of(), "state", state)), 400, "state.weights");

        state = new LinkedHashMap<>(Snapshot.of(run));
        state.put("config", config("learningRate", -1));
        assertError(http.post(API, object("config", Map.of(), "state", state)), 400, "state.config.learningRate");

        assertError(http.post(API, object("config", Map.of(), "state", List.of())), 400, "state");
        assertError(http.post(API, object("config", Map.of(), "state", Map.of("version", 1))), 400, "state.config");
    }

    @Test
    void aGoalIsStoredInCanonicalFormAndCheckedByTheCore() {
        JsonNode e = read(save(object("config", Map.of(), "goal", Map.of("testLossBelow", 0.05, "maxLayers", 2)))
                .path("id").asText());
        assertEquals(0.05, e.path("goal").path("testLossBelow").asDouble());
        assertEquals(2, e.path("goal").path("maxLayers").asInt());

        assertError(http.post(API, object("config", Map.of(), "goal", Map.of("maxLayers", -1))), 400, "goal.maxLayers");
        assertError(http.post(API, object("config", Map.of(), "goal", Map.of("prize", 1))), 400, "goal.prize");
        assertError(http.post(API, object("config", Map.of(), "goal", Map.of())), 400, "goal");
        assertError(http.post(API, object("config", Map.of(), "goal", "win")), 400, "goal");
    }

    @Test
    void aGoalOfSuccessiveTasksAndAConfigurationWithInitSeedAreKept() {
        JsonNode e = read(save(object("config", Map.of("seed", 3, "initSeed", 4), "goal", Map.of("tasks",
                List.of(Map.of("testLossBelow", 0.35), Map.of("testLossBelow", 0.2, "withinEpochs", 500)))))
                .path("id").asText());
        assertEquals(3, e.path("config").path("seed").asInt());
        assertEquals(4, e.path("config").path("initSeed").asInt());
        assertEquals(2, e.path("goal").path("tasks").size());
        assertEquals(0.2, e.path("goal").path("tasks").path(1).path("testLossBelow").asDouble());
        assertEquals(500, e.path("goal").path("tasks").path(1).path("withinEpochs").asInt());
        // A list of one task is stored as today's plain object.
        JsonNode one = read(save(object("config", Map.of(), "goal", Map.of("tasks", List.of(Map.of("maxLayers", 1)))))
                .path("id").asText());
        assertEquals(1, one.path("goal").path("maxLayers").asInt());
        assertFalse(one.path("goal").has("tasks"));
        assertError(http.post(API, object("config", Map.of(), "goal", Map.of("tasks",
                List.of(Map.of("testLossBelow", 0.3), Map.of("testLossBelow", -1))))), 400, "goal.tasks[1].testLossBelow");
        assertError(http.post(API, object("config", Map.of("initSeed", 0.5))), 400, "config.initSeed");
    }

    @Test
    void notesAreMarkdownWithRawHtmlShownAsText() {
        String notes = "**Bold** and <script>alert(1)</script> <img src=x onerror=alert(2)>\n\n"
                + "[a link](javascript:alert(3)) and [a real one](https://example.org/)";
        String rendered = read(save(object("config", Map.of(), "notes", notes)).path("id").asText())
                .path("renderedNotes").asText();
        assertTrue(rendered.contains("<strong>Bold</strong>"), rendered);
        assertTrue(rendered.contains("&lt;script&gt;alert(1)&lt;/script&gt;"), rendered);
        assertTrue(rendered.contains("&lt;img src=x onerror=alert(2)&gt;"), rendered);
        assertFalse(rendered.contains("<script"), rendered);
        assertFalse(rendered.contains("<img"), rendered);
        assertFalse(rendered.contains("href=\"javascript"), rendered);
        assertTrue(rendered.contains("<a rel=\"nofollow noopener noreferrer\" href=\"https://example.org/\">a real one</a>"),
                rendered);
    }

    @Test
    void titlesAndNotesKeepEveryCharacterTheyWereGiven() {
        String title = "Réseau 神经网络 🧠 \"quoted\" <tag> & \\ / \u2028";
        String notes = "tab\there\r\nline two 🧠";
        JsonNode e = read(save(object("title", title, "notes", notes, "config", Map.of())).path("id").asText());
        assertEquals(title, e.path("title").asText());
        assertEquals(notes, e.path("notes").asText());
    }

    // ------------------------------------------------------------------ replace and delete

    @Test
    void putWithTheTokenReplacesEverythingButIdAndCreationTime() throws Exception {
        JsonNode created = save(object("title", "first", "notes", "old notes", "config", config("learningRate", 0.1),
                "goal", Map.of("maxLayers", 1)));
        String id = created.path("id").asText();
        JsonNode before = read(id);
        Thread.sleep(5); // so the update time can differ from the creation time

        Map<String, Object> config = config("dataset", "gauss", "learningRate", 0.03);
        Answer answer = http.put(API + "/" + id, object("title", "second", "config", config),
                bearer(created.path("editToken").asText()));
        assertEquals(200, answer.status(), answer.toString());
        assertEquals("second", answer.json().path("title").asText());

        JsonNode after = read(id);
        assertEquals("second", after.path("title").asText());
        assertEquals(canonical(config), after.path("config"));
        assertTrue(after.path("notes").isNull(), "PUT replaces: notes not sent are gone");
        assertTrue(after.path("goal").isNull(), "PUT replaces: goal not sent is gone");
        assertEquals(before.path("createdAt"), after.path("createdAt"));
        assertTrue(after.path("updatedAt").asText().compareTo(before.path("updatedAt").asText()) > 0, after.toString());
    }

    @Test
    void changingNeedsTheTokenInABearerHeader() {
        JsonNode created = save(object("title", "mine", "config", Map.of()));
        String item = API + "/" + created.path("id").asText();
        String body = object("title", "stolen", "config", Map.of());

        assertError(http.put(item, body), 401, null);
        assertEquals("Bearer", http.put(item, body).header("WWW-Authenticate"));
        assertError(http.put(item, body, "Authorization", "Basic dXNlcjpwYXNz"), 401, null);
        assertError(http.put(item, body, "Authorization", "Bearer"), 401, null);
        assertError(http.put(item, body, "Authorization", "Bearer short"), 401, null);
        assertError(http.delete(item), 401, null);
        assertError(http.delete(item, "Authorization", "Bearer " + "x".repeat(44)), 401, null);

        assertEquals("mine", read(created.path("id").asText()).path("title").asText());
    }

    @Test
    void anotherExperimentsTokenIsForbidden() {
        JsonNode mine = save(object("title", "mine", "config", Map.of()));
        JsonNode theirs = save(object("title", "theirs", "config", Map.of()));
        String item = API + "/" + mine.path("id").asText();
        String wrong = theirs.path("editToken").asText();

        assertError(http.put(item, object("title", "stolen", "config", Map.of()), bearer(wrong)), 403, null);
        assertError(http.delete(item, bearer(wrong)), 403, null);
        assertEquals("mine", read(mine.path("id").asText()).path("title").asText());
    }

    @Test
    void deleteWithTheTokenRemovesForGood() {
        JsonNode created = save(object("config", Map.of()));
        String item = API + "/" + created.path("id").asText();
        String token = created.path("editToken").asText();

        Answer deleted = http.delete(item, bearer(token));
        assertEquals(204, deleted.status(), deleted.toString());
        assertError(http.get(item), 404, null);
        assertError(http.delete(item, bearer(token)), 404, null);
        assertError(http.put(item, object("config", Map.of()), bearer(token)), 404, null);
    }

    // ------------------------------------------------------------------ forks

    @Test
    void aForkRecordsItsParentAndKeepsItWhenTheParentIsDeleted() {
        JsonNode parent = save(object("title", "original", "config", Map.of()));
        String parentId = parent.path("id").asText();
        JsonNode fork = save(object("title", "my fork", "config", config("learningRate", 0.1), "parent", parentId));
        String forkId = fork.path("id").asText();

        assertEquals(parentId, read(forkId).path("parent").asText());
        assertFalse(fork.path("editToken").asText().equals(parent.path("editToken").asText()));

        assertEquals(204, http.delete(API + "/" + parentId, bearer(parent.path("editToken").asText())).status());
        assertEquals(parentId, read(forkId).path("parent").asText());
    }

    @Test
    void aForkOfNothingIsRefusedNamingParent() {
        assertError(http.post(API, object("config", Map.of(), "parent", "AAAAAAAAAAA")), 400, "parent");
        assertError(http.post(API, object("config", Map.of(), "parent", "not an id")), 400, "parent");
        assertError(http.post(API, object("config", Map.of(), "parent", 12)), 400, "parent");

        JsonNode created = save(object("config", Map.of()));
        String id = created.path("id").asText();
        assertError(http.put(API + "/" + id, object("config", Map.of(), "parent", id),
                bearer(created.path("editToken").asText())), 400, "parent");
    }

    @Test
    void aPutThatWouldMakeALoopOfForksIsRefusedNamingParent() {
        JsonNode a = save(object("title", "a", "config", Map.of()));
        String aId = a.path("id").asText();
        JsonNode b = save(object("title", "b", "config", Map.of(), "parent", aId));
        String bId = b.path("id").asText();
        JsonNode c = save(object("title", "c", "config", Map.of(), "parent", bId));
        String cId = c.path("id").asText();

        // a's grandchild c cannot become a's parent, nor its child b.
        Http.Answer loop = http.put(API + "/" + aId, object("config", Map.of(), "parent", cId),
                bearer(a.path("editToken").asText()));
        assertError(loop, 400, "parent");
        assertTrue(loop.json().path("error").asText().contains(cId + " is a fork of this one"), loop.toString());
        assertError(http.put(API + "/" + aId, object("config", Map.of(), "parent", bId),
                bearer(a.path("editToken").asText())), 400, "parent");
        assertTrue(read(aId).path("parent").isNull(), "a stays a root");
        // Moving c up under a is fine.
        assertEquals(200, http.put(API + "/" + cId, object("config", Map.of(), "parent", aId),
                bearer(c.path("editToken").asText())).status());
    }

    // ------------------------------------------------------------------ not found

    @Test
    void unknownAndMalformedIdsAreNotFound() {
        String someToken = save(object("config", Map.of())).path("editToken").asText();
        for (String id : List.of("AAAAAAAAAAA", "short", "AAAAAAAAAAAA", "AAAAAAAAAA-", "AAAAAAAAAA%20",
                "%C3%84%C3%84%C3%84%C3%84%C3%84%C3%84%C3%84%C3%84%C3%84%C3%84%C3%84", "..%2F..%2Fetc", "%2e%2e")) {
            assertError(http.get(API + "/" + id), 404, null);
            assertError(http.delete(API + "/" + id, bearer(someToken)), 404, null);
            assertError(http.put(API + "/" + id, object("config", Map.of()), bearer(someToken)), 404, null);
        }
    }

    @Test
    void pathsJettyRefusesAsMalformedAreJsonErrorsToo() {
        // An encoded NUL is not an id but a malformed address: Jetty refuses it before routing.
        assertError(http.get(API + "/%00%00%00%00%00%00%00%00%00%00%00"), 400, null);
    }

    // ------------------------------------------------------------------ bad input

    @Test
    void malformedJsonIsABadBody() {
        for (String body : List.of("", "{", "{\"config\":}", "{'config':{}}", "{\"config\":{}} trailing",
                "{\"config\":{},}", "nul", "{\"config\":{}}{}", "\u00ff\u00fe")) {
            assertError(http.post(API, body), 400, "body");
        }
        assertError(http.post(API, new byte[] {'{', '"', 't', '"', ':', '"', (byte) 0xC3, '"', '}'}), 400, "body");
    }

    @Test
    void theBodyMustBeAnObject() {
        for (String body : List.of("[]", "\"text\"", "42", "null", "true")) {
            assertError(http.post(API, body), 400, "body");
        }
    }

    @Test
    void duplicateKeysAreRefused() {
        assertError(http.post(API, "{\"config\":{},\"config\":{\"seed\":2}}"), 400, "body");
    }

    @Test
    void unknownTopLevelKeysAreRefusedByName() {
        assertError(http.post(API, object("config", Map.of(), "tilte", "typo")), 400, "tilte");
        assertError(http.post(API, object("config", Map.of(), "editToken", "x")), 400, "editToken");
        assertError(http.post(API, object("config", Map.of(), "id", "AAAAAAAAAAA")), 400, "id");
    }

    @Test
    void wrongTypesAreRefusedByName() {
        assertError(http.post(API, object("title", 5, "config", Map.of())), 400, "title");
        assertError(http.post(API, object("title", List.of("a"), "config", Map.of())), 400, "title");
        assertError(http.post(API, object("notes", Map.of(), "config", Map.of())), 400, "notes");
        assertError(http.post(API, object("config", "circle")), 400, "config");
        assertError(http.post(API, object("config", List.of())), 400, "config");
        assertError(http.post(API, object("title", "no config")), 400, "config");
        assertError(http.post(API, "{\"config\":null}"), 400, "config");
    }

    @Test
    void badConfigurationValuesAreRefusedNamingTheKey() {
        assertError(http.post(API, object("config", config("learningRate", 0))), 400, "config.learningRate");
        assertError(http.post(API, object("config", config("learningRate", "fast"))), 400, "config.learningRate");
        assertError(http.post(API, object("config", config("activation", "swish"))), 400, "config.activation");
        assertError(http.post(API, object("config", config("colour", "red"))), 400, "config.colour");
        assertError(http.post(API, object("config", config("points", 1e300))), 400, "config.points");
        assertError(http.post(API, "{\"config\":{\"seed\":123456789012345678901234567890}}"), 400, "config.seed");
        assertError(http.post(API, "{\"config\":{\"noise\":1e999}}"), 400, "config.noise");
        assertError(http.post(API, "{\"config\":{\"batchSize\":null}}"), 400, "config.batchSize");
        // The browser's limits: a saved experiment must open in the page.
        assertError(http.post(API, object("config", config("hiddenLayers", List.of(4, 4, 4, 4, 4, 4, 4)))),
                400, "config.hiddenLayers");
        Answer answer = http.post(API, object("config", config("learningRate", 0)));
        assertTrue(answer.json().path("error").asText().startsWith("config.learningRate: "), answer.toString());
    }

    @Test
    void errorMessagesDoNotEchoHugeValuesWhole() {
        Answer answer = http.post(API, object("config", config("activation", "x".repeat(100_000))));
        assertError(answer, 400, "config.activation");
        assertTrue(answer.body().length() < 2_000, answer.body().length() + " characters");
    }

    @Test
    void textMustBeCleanUnicode() {
        assertError(http.post(API, "{\"title\":\"a\\u0000b\",\"config\":{}}"), 400, "title");
        assertError(http.post(API, "{\"title\":\"bell\\u0007\",\"config\":{}}"), 400, "title");
        assertError(http.post(API, "{\"notes\":\"half \\ud83e a brain\",\"config\":{}}"), 400, "notes");
        assertError(http.post(API, "{\"notes\":\"\\udc00\",\"config\":{}}"), 400, "notes");
    }

    @Test
    void fieldsOverTheirLimitAre413NamingTheField() {
        assertEquals(201, http.post(API, object("title", "🧠".repeat(200), "config", Map.of())).status(),
                "200 characters, even of two UTF-16 units each, are allowed");
        assertError(http.post(API, object("title", "x".repeat(201), "config", Map.of())), 413, "title");
        assertEquals(201, http.post(API, object("notes", "n".repeat(20_000), "config", Map.of())).status());
        assertError(http.post(API, object("notes", "n".repeat(20_001), "config", Map.of())), 413, "notes");
    }

    /** A trained state whose loss history claims {@code epochs} epochs (the history is what grows). */
    static Map<String, Object> stateWithHistory(int epochs) {
        Map<String, Object> state = new LinkedHashMap<>(Snapshot.of(new TrainingRun(Config.defaults())));
        List<Double> losses = new ArrayList<>();
        for (int i = 0; i <= epochs; i++) losses.add(0.5 / (1 + i * 0.000123456789));
        state.put("epoch", epochs);
        state.put("history", Map.of("trainLoss", losses, "testLoss", losses));
        return state;
    }

    @Test
    void aLongTrainingHistoryFitsUpToTheStateLimit() {
        String body = object("config", Map.of(), "state", stateWithHistory(40_000));
        assertTrue(body.length() > 1_000_000, "larger than the usual 1 MB request limit: " + body.length());
        JsonNode e = read(save(body).path("id").asText());
        assertEquals(40_001, e.path("state").path("history").path("testLoss").size());

        assertError(http.post(API, object("config", Map.of(), "state", stateWithHistory(70_000))), 413, "state");
    }

    @Test
    void aHugeBodyIs413() {
        String huge = object("notes", "x".repeat(ExperimentLimits.MAX_BODY_BYTES), "config", Map.of());
        assertError(http.post(API, huge), 413, "body");
        byte[] bytes = huge.getBytes(StandardCharsets.UTF_8);
        assertError(http.post(API, bytes, "Content-Type", "application/json"), 413, "body");
    }

    @Test
    void deeplyNestedJsonIsABadBody() {
        String deep = "[".repeat(5000) + "]".repeat(5000);
        assertError(http.post(API, "{\"config\":" + deep + "}"), 400, "body");
    }

    @Test
    void theApiAnswersUnknownPathsInJson() {
        assertError(http.get("/api/nothing-here"), 404, null);
    }

    // ------------------------------------------------------------------ fuzz

    @Test
    void neverA5xxForRandomAndMutatedBodies() {
        BodyFuzzer fuzzer = new BodyFuzzer(20_260_101L);
        List<String> failures = new ArrayList<>();
        int created = 0;
        for (int i = 0; i < 300; i++) {
            byte[] body = fuzzer.next();
            Answer answer = http.post(API, body, "Content-Type", "application/json");
            if (answer.status() == 201) {
                created++;
                JsonNode json = answer.json();
                if (!json.path("id").isTextual() || !json.path("editToken").isTextual()) failures.add(answer + "");
                // What was acknowledged can be read back.
                Answer back = http.get(API + "/" + json.path("id").asText());
                if (back.status() != 200) failures.add("saved but unreadable: " + back);
                continue;
            }
            boolean jsonError = answer.header("Content-Type") != null
                    && answer.header("Content-Type").startsWith("application/json")
                    && answer.json().path("error").isTextual();
            if (answer.status() >= 500 || answer.status() < 400 || !jsonError) {
                failures.add(answer + " for " + new String(body, StandardCharsets.UTF_8));
            }
        }
        assertTrue(failures.isEmpty(), failures.size() + " bad answers, first: " + (failures.isEmpty() ? "" : failures.get(0)));
        assertTrue(created > 10 && created < 290, "the bodies should be a mix of good and bad, got " + created + " saved");
    }
}
