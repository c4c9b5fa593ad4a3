package playground.server.runs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static playground.server.runs.RunsClient.body;
import static playground.server.runs.RunsClient.config;
import static playground.server.runs.RunsClient.trainedHere;

import com.fasterxml.jackson.databind.JsonNode;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import playground.config.Config;
import playground.config.Limits;
import playground.core.Numbers;
import playground.server.WebServer;
import playground.server.db.DatabaseOptions;
import playground.server.testing.Http;
import playground.server.testing.TestServer;
import playground.server.testing.Wait;
import playground.train.Fingerprint;
import playground.train.Snapshot;
import playground.train.TrainingRun;

/**
 * The runs API (docs/api.md) as a specification every supported database must meet: the
 * subclasses run it on H2 and on PostgreSQL, through a real server on a port whose two worker
 * threads execute the trials through db-scheduler.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class RunsApiContract {
    static final Duration WAIT = Duration.ofSeconds(40);

    WebServer server;
    RunsClient runs;

    /** A fresh, empty database (a new one on every call). */
    abstract DatabaseOptions database();

    @BeforeAll
    void start() {
        server = WebServer.start(TestServer.options(database()).withWorkers(2)
                .withRuns(RunOptions.defaults().withRunsPerMinute(0).withCheckpoint(Duration.ofSeconds(1))));
        runs = new RunsClient("http://localhost:" + server.port());
    }

    @AfterAll
    void stop() {
        if (server != null) server.close();
    }

    // ------------------------------------------------------------------ results equal the core's

    @Test
    void aLongRunEndsInTheExactStateOfTheSameTrainingDoneByTheCore() throws Exception {
        Map<String, Object> config = body("dataset", "circle", "points", 300, "hiddenLayers", List.of(5, 3),
                "activation", "relu", "optimizer", "adam", "learningRate", 0.01, "seed", 7);
        String id = runs.submit(body("config", config, "epochs", 60));
        JsonNode run = runs.waitUntilFinished(id, WAIT);

        assertEquals("done", run.get("status").asText(), run.toString());
        assertEquals("single", run.get("kind").asText());
        assertEquals(Http.JSON.readTree(config(config).toJson()), run.get("config"), "the canonical configuration");
        assertEquals(1, run.get("progress").get("trialsDone").asInt());
        assertEquals(60, run.get("progress").get("epochsDone").asInt());

        TrainingRun here = trainedHere(config(config), 60);
        String snapshot = runs.snapshot(id, 0);
        assertEquals(Snapshot.toJson(here), snapshot, "the stored final state, byte for byte");
        assertEquals(Fingerprint.of(here), Fingerprint.of(Snapshot.fromJson(snapshot, Limits.SERVER)));
        assertResultIs(here, run.get("results").get(0));
        assertFalse(run.has("curves"), "one seed: no spread to show");
        assertFalse(run.has("sweep"));
    }

    @Test
    void seedsGiveTheSingleRunsAndTheMeanAndSpreadOfTheirCurves() throws Exception {
        Map<String, Object> config = body("dataset", "xor", "points", 200, "hiddenLayers", List.of(4), "seed", 20);
        int seeds = 3, epochs = 25;
        String id = runs.submit(body("config", config, "epochs", epochs, "seeds", seeds));
        JsonNode run = runs.waitUntilFinished(id, WAIT);
        assertEquals("done", run.get("status").asText(), run.toString());
        assertEquals("seeds", run.get("kind").asText());

        List<TrainingRun> here = new ArrayList<>();
        for (int s = 0; s < seeds; s++) {
            TrainingRun alone = trainedHere(config(config).with("seed", 20.0 + s), epochs);
            here.add(alone);
            JsonNode result = run.get("results").get(s);
            assertEquals(20 + s, result.get("seed").asInt());
            assertResultIs(alone, result);
            assertEquals(Snapshot.toJson(alone), runs.snapshot(id, s));
        }
        JsonNode curves = run.get("curves");
        assertEquals(1, curves.size(), "one cell: no grid");
        JsonNode cell = curves.get(0);
        assertEquals(epochs + 1, cell.get("epoch").size(), "entry 0 (before training) to the last epoch");
        for (int e = 0; e <= epochs; e++) {
            double[] train = new double[seeds], test = new double[seeds];
            for (int s = 0; s < seeds; s++) {
                train[s] = here.get(s).history().train(e);
                test[s] = here.get(s).history().test(e);
            }
            assertEquals(e, cell.get("epoch").get(e).asInt());
            assertEquals(mean(train), cell.get("meanTrainLoss").get(e).asDouble(), 1e-15);
            assertEquals(std(train), cell.get("stdTrainLoss").get(e).asDouble(), 1e-15);
            assertEquals(mean(test), cell.get("meanTestLoss").get(e).asDouble(), 1e-15);
            assertEquals(std(test), cell.get("stdTestLoss").get(e).asDouble(), 1e-15);
        }
        assertTrue(cell.get("stdTestLoss").get(epochs).asDouble() > 0, "different seeds, different losses");
    }

    @Test
    @SuppressWarnings("unchecked")
    void aSweepGivesEachCellsSingleRunsAndTheTableOfTheCommandLine() throws Exception {
        Map<String, Object> base = body("dataset", "spiral", "points", 150, "hiddenLayers", List.of(4), "seed", 3);
        Map<String, Object> grid = new LinkedHashMap<>();
        grid.put("learningRate", List.of(0.01, 0.3));
        grid.put("hiddenLayers", List.of(List.of(3), List.of(6, 6)));
        int seeds = 2, epochs = 15;
        String id = runs.submit(body("config", base, "epochs", epochs, "seeds", seeds, "grid", grid));
        JsonNode run = runs.waitUntilFinished(id, WAIT);
        assertEquals("done", run.get("status").asText(), run.toString());
        assertEquals("sweep", run.get("kind").asText());
        assertEquals(8, run.get("results").size());
        assertEquals(Http.JSON.valueToTree(grid), run.get("grid"));

        // The command line's sweep of the same grid, trained here on two threads.
        Sweep sweep = new Sweep(config(base), Grid.parse("learningRate=0.01,0.3;hiddenLayers=[3],[6,6]"), seeds, epochs);
        List<Trial.Result> here = sweep.run(2, r -> {});
        for (Trial.Result r : here) {
            JsonNode result = run.get("results").get(r.trial.index);
            assertSameJson(r.trial.cell, result.get("settings"));
            assertResultIs(r.run, result);
            assertEquals(Snapshot.toJson(r.run), runs.snapshot(id, r.trial.index), "trial " + r.trial.index);
        }

        JsonNode table = run.get("sweep");
        assertEquals(List.of("learningRate", "hiddenLayers"), Http.JSON.convertValue(table.get("settings"), List.class));
        Map<String, Object> summary = sweep.summary(here);
        List<Map<String, Object>> cells = (List<Map<String, Object>>) summary.get("cells");
        assertEquals(cells.size(), table.get("cells").size());
        for (int c = 0; c < cells.size(); c++) {
            JsonNode cell = table.get("cells").get(c);
            assertEquals(seeds, cell.get("trialsDone").asInt());
            assertEquals((double) cells.get(c).get("meanTestLoss"), cell.get("meanTestLoss").asDouble(), 1e-15);
            assertEquals((double) cells.get(c).get("stdTestLoss"), cell.get("stdTestLoss").asDouble(), 1e-12);
            assertEquals((double) cells.get(c).get("meanTrainLoss"), cell.get("meanTrainLoss").asDouble(), 1e-15);
        }
        Map<String, Object> best = (Map<String, Object>) summary.get("best");
        assertSameJson(best.get("settings"), table.get("best").get("settings"));
    }

    /** Equal as JSON, numbers by value (the command line reads 3 as 3.0, the API writes it as 3). */
    static void assertSameJson(Object expected, JsonNode actual) {
        JsonNode e = Http.JSON.valueToTree(expected);
        assertTrue(e.equals((a, b) -> a.isNumber() && b.isNumber()
                ? Double.compare(a.asDouble(), b.asDouble()) : a.equals(b) ? 0 : 1, actual), e + " vs " + actual);
    }

    // ------------------------------------------------------------------ diverged runs: NaN and infinities

    /**
     * Trials that diverge (loss Infinity with no hidden layer, NaN with one): the API's losses,
     * curves, events and snapshots carry the words "Infinity" and "NaN" where a number is
     * expected, the snapshot is the core's text byte for byte, and it continues as never stopped.
     */
    @Test
    void divergedTrialsAnswerTheirNonFiniteLossesAsWordsAndTheirSnapshotsContinue() throws Exception {
        Map<String, Object> config = body("problem", "regression", "dataset", "plane", "activation", "linear",
                "learningRate", 10, "batchSize", 1, "points", 200, "features", List.of("x1sq", "x2sq", "x1x2"), "seed", 1);
        Map<String, Object> grid = new LinkedHashMap<>();
        grid.put("hiddenLayers", List.of(List.of(), List.of(4)));
        int epochs = 6;
        String id = runs.submit(body("config", config, "epochs", epochs, "seeds", 2, "grid", grid));
        List<EventStream.Event> events = EventStream.readAll(runs.baseUrl + "/api/runs/" + id + "/events", WAIT);
        JsonNode run = runs.waitUntilFinished(id, WAIT);
        assertEquals("done", run.get("status").asText(), run.toString());

        Set<String> words = new HashSet<>();
        for (int trial = 0; trial < 4; trial++) {
            JsonNode result = run.get("results").get(trial);
            Config cell = config(config).with("hiddenLayers", trial < 2 ? new int[0] : new int[] {4})
                    .with("seed", 1.0 + trial % 2);
            TrainingRun here = new TrainingRun(cell);
            while (here.epoch() < epochs && !here.diverged()) here.trainEpoch();
            assertTrue(here.diverged(), "this configuration diverges: " + cell.toJson());
            assertEquals(Numbers.format(here.trainLoss()), text(result.get("trainLoss")), result.toString());
            assertEquals(Numbers.format(here.testLoss()), text(result.get("testLoss")), result.toString());
            assertTrue(result.get("diverged").asBoolean());
            words.add(text(result.get("testLoss")));

            String snapshot = runs.snapshot(id, trial);
            assertEquals(Snapshot.toJson(here), snapshot, "the stored final state, byte for byte");
            TrainingRun resumed = Snapshot.fromJson(snapshot, Limits.SERVER);
            for (int e = 0; e < 2; e++) {
                resumed.trainEpoch();
                here.trainEpoch();
            }
            assertEquals(Snapshot.toJson(here), Snapshot.toJson(resumed), "restored and continued equals unbroken");
        }
        assertEquals(Set.of("Infinity", "NaN"), words, "both kinds of divergence: " + run.get("results"));

        for (JsonNode cell : run.get("curves")) {
            JsonNode mean = cell.get("meanTestLoss");
            assertTrue(mean.get(0).isNumber(), "before training: a number");
            String last = text(mean.get(mean.size() - 1));
            assertTrue(last.equals("Infinity") || last.equals("NaN"), "the mean of diverged seeds, in words: " + cell);
        }
        int nonFinitePoints = 0;
        for (EventStream.Event event : events) {
            for (JsonNode p : event.data().path("points")) {
                for (JsonNode v : p.get("testLoss")) {
                    assertTrue(v.isNumber() || Numbers.nonFinite(v.asText()) != null, "a number or its word: " + p);
                    if (!v.isNumber()) nonFinitePoints++;
                }
            }
        }
        assertTrue(nonFinitePoints >= 4, "the streamed curves end in words: " + nonFinitePoints);
    }

    /** A JSON value as the core writes it: a number's text, or the word of a non-finite one. */
    private static String text(JsonNode v) {
        return v.isTextual() ? v.asText() : Numbers.format(v.asDouble());
    }

    // ------------------------------------------------------------------ live progress, cancelling

    @Test
    void theEventStreamCarriesEveryPointOfTheCurvesThenDone() throws Exception {
        // Two trials of about a second each. (MultiProcessRunsTest watches longer ones grow.)
        Map<String, Object> config = body("dataset", "spiral", "points", 300, "hiddenLayers", List.of(8, 8), "seed", 5);
        int epochs = 800;
        String id = runs.submit(body("config", config, "epochs", epochs, "seeds", 2));
        List<EventStream.Event> events = EventStream.readAll(runs.baseUrl + "/api/runs/" + id + "/events", WAIT);

        EventStream.Event last = events.get(events.size() - 1);
        assertEquals("done", last.name(), "the stream ends with done");
        assertEquals("done", last.data().get("status").asText());
        assertEquals(2 * epochs, last.data().get("progress").get("epochsDone").asInt());
        int withPoints = 0;
        for (EventStream.Event event : events) if (event.data().path("points").size() > 0) withPoints++;
        assertTrue(withPoints >= 1, "progress events carry the curves");

        double[][] train = new double[2][epochs + 1], test = new double[2][epochs + 1];
        int[] next = new int[2];
        int finished = 0;
        for (EventStream.Event event : events.subList(0, events.size() - 1)) {
            assertEquals("progress", event.name());
            for (JsonNode p : event.data().get("points")) {
                int trial = p.get("trial").asInt();
                assertEquals(next[trial], p.get("epoch").asInt(), "points continue where the last event stopped");
                for (int i = 0; i < p.get("trainLoss").size(); i++) {
                    train[trial][next[trial]] = p.get("trainLoss").get(i).asDouble();
                    test[trial][next[trial]] = p.get("testLoss").get(i).asDouble();
                    next[trial]++;
                }
            }
            finished += event.data().get("finished").size();
        }
        assertEquals(2, finished, "each trial's result once");
        for (int s = 0; s < 2; s++) {
            TrainingRun here = trainedHere(config(config).with("seed", 5.0 + s), epochs);
            assertEquals(epochs + 1, next[s], "every epoch streamed once");
            assertArrayEquals(here.history().trainLosses(), train[s]);
            assertArrayEquals(here.history().testLosses(), test[s]);
        }
    }

    private static void assertArrayEquals(double[] expected, double[] actual) {
        Assertions.assertArrayEquals(expected, actual, "the streamed curve, bit for bit");
    }

    @Test
    void cancellingStopsRunningTrialsAndQueuedOnesNeverStart() throws Exception {
        // Six trials of a few seconds each on two workers: two run, four wait.
        Map<String, Object> config = body("dataset", "spiral", "points", 2000, "hiddenLayers", List.of(16, 16, 16));
        String id = runs.submit(body("config", config, "epochs", 5000, "seeds", 6));
        Wait.until("two trials start", WAIT, () -> running(runs.read(id)) >= 2);
        Http.Answer cancelled = runs.http.delete("/api/runs/" + id);
        assertEquals(200, cancelled.status(), cancelled.toString());
        assertEquals("cancelled", cancelled.json().get("status").asText());
        assertNotNull(cancelled.json().get("finishedAt").asText());

        Thread.sleep(1500); // running trials notice at their next progress write (every 0.3 s)
        JsonNode before = runs.read(id);
        Thread.sleep(1000);
        JsonNode after = runs.read(id);
        assertEquals(before.get("progress"), after.get("progress"), "nothing trains any more");
        int started = 0;
        for (JsonNode t : after.get("results")) {
            assertEquals("cancelled", t.get("status").asText());
            if (t.get("epoch").asInt() > 0) started++;
        }
        assertTrue(started <= 2, "only the two running trials trained: " + after.get("results"));
        assertEquals(0, scheduledExecutions(id), "no execution of this run is left in the scheduler");
        assertEquals(0, server.runs().store().usage(Runs.LOCAL_CLIENT).activeTrials(), "its places in the queue are free");

        Http.Answer again = runs.http.delete("/api/runs/" + id);
        assertEquals(200, again.status(), "cancelling twice is harmless");
        assertEquals("cancelled", again.json().get("status").asText());
    }

    private static int running(JsonNode run) {
        int n = 0;
        for (JsonNode t : run.get("results")) if (t.get("status").asText().equals("running") && t.get("epoch").asInt() > 0) n++;
        return n;
    }

    private int scheduledExecutions(String runId) throws SQLException {
        try (Connection c = server.database().dataSource().getConnection();
                PreparedStatement s = c.prepareStatement(
                        "SELECT COUNT(*) FROM scheduled_tasks WHERE task_name = ? AND task_instance LIKE ?")) {
            s.setString(1, RunScheduler.TRIAL_TASK);
            s.setString(2, runId + ":%");
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getInt(1);
            }
        }
    }

    // ------------------------------------------------------------------ limits and bad input

    @Test
    void limitsAnswer413And429WithTheNumbers() {
        // No workers: what is submitted stays queued.
        try (WebServer limited = WebServer.start(TestServer.options(database()).withWorkers(0).withRuns(
                RunOptions.defaults().withBudget(1e8).withMaxQueuedTrials(5).withRunsPerMinute(3)))) {
            Http http = new Http("http://localhost:" + limited.port());
            Map<String, Object> config = body("dataset", "xor", "points", 500, "hiddenLayers", List.of(4, 2));

            // 500 points × 25 parameters × 10 000 epochs = 1.25e8 > 1e8.
            Http.Answer tooMuch = http.post("/api/runs", Http.json(body("config", config, "epochs", 10_000)));
            assertEquals(413, tooMuch.status(), tooMuch.toString());
            String message = tooMuch.json().get("error").asText();
            assertTrue(message.contains("1.25e8") && message.contains("1e8") && message.contains("10000 epochs × 500 points × 25 parameters"),
                    message);

            Http.Answer four = http.post("/api/runs", Http.json(body("config", config, "epochs", 10, "seeds", 4)));
            assertEquals(202, four.status(), four.toString());
            Http.Answer full = http.post("/api/runs", Http.json(body("config", config, "epochs", 10, "seeds", 2)));
            assertEquals(429, full.status(), full.toString());
            assertTrue(full.json().get("error").asText().contains("4 trials are queued or running"), full.toString());
            assertNotNull(full.header("Retry-After"));

            // Three submissions a minute: the fourth is refused before it is even read.
            Http.Answer fast = http.post("/api/runs", Http.json(body("config", config, "epochs", 10)));
            assertEquals(429, fast.status(), fast.toString());
            assertTrue(fast.json().get("error").asText().contains("too many runs from this address"), fast.toString());
            assertTrue(Integer.parseInt(fast.header("Retry-After")) >= 1);
        }
    }

    @Test
    void badInputGets4xxNamingTheField() {
        String ok = "\"config\":{\"dataset\":\"xor\"},\"epochs\":10";
        Object[][] cases = {
            {"{", 400, "body"},
            {"[1]", 400, "body"},
            {"{" + ok + ",\"epochs\":11}", 400, "body"}, // a repeated key
            {"{" + ok + ",\"colour\":1}", 400, "colour"},
            {"{\"epochs\":10}", 400, "config"},
            {"{\"config\":\"xor\",\"epochs\":10}", 400, "config"},
            {"{\"config\":{\"learningRate\":\"fast\"},\"epochs\":10}", 400, "config.learningRate"},
            {"{\"config\":{\"points\":200000},\"epochs\":10}", 400, "config.points"},
            {"{\"config\":{\"hiddenLayers\":[65]},\"epochs\":10}", 400, "config.hiddenLayers[0]"},
            {"{\"config\":{\"colour\":1},\"epochs\":10}", 400, "config.colour"},
            {"{\"config\":{}}", 400, "epochs"},
            {"{\"config\":{},\"epochs\":0}", 400, "epochs"},
            {"{\"config\":{},\"epochs\":1.5}", 400, "epochs"},
            {"{\"config\":{},\"epochs\":\"10\"}", 400, "epochs"},
            {"{\"config\":{},\"epochs\":1e9}", 400, "epochs"},
            {"{" + ok + ",\"seeds\":0}", 400, "seeds"},
            {"{" + ok + ",\"seeds\":1000}", 400, "seeds"},
            {"{" + ok + ",\"seeds\":-1}", 400, "seeds"},
            {"{" + ok + ",\"seeds\":[2]}", 400, "seeds"},
            {"{" + ok + ",\"grid\":[]}", 400, "grid"},
            {"{" + ok + ",\"grid\":{\"colour\":[1,2]}}", 400, "grid.colour"},
            {"{" + ok + ",\"grid\":{\"learningRate\":0.1}}", 400, "grid.learningRate"},
            {"{" + ok + ",\"grid\":{\"learningRate\":[]}}", 400, "grid.learningRate"},
            {"{" + ok + ",\"grid\":{\"learningRate\":[0.1,20]}}", 400, "grid"},
            {"{" + ok + ",\"grid\":{\"activation\":[\"relu\",\"banana\"]}}", 400, "grid"},
            {"{" + ok + ",\"grid\":{\"seed\":[1,2]}}", 400, "grid.seed"},
            {"{" + ok + ",\"grid\":{\"depth\":[1,100]}}", 400, "grid.depth"},
            {"{" + ok + ",\"grid\":{\"noise\":[0],\"batchSize\":[1],\"activation\":[\"relu\"],\"init\":[\"he\"]}}",
                    400, "grid"},
            {"{" + ok + ",\"grid\":{\"hiddenLayers\":[[4]],\"depth\":[2]}}", 400, "grid"},
            {"{" + ok + ",\"seeds\":100,\"grid\":{\"noise\":[0,10,20,30,40,50,1,2,3,4,5]}}", 413, "grid"},
            {"{\"config\":{},\"epochs\":100000,\"seeds\":11}", 413, "epochs"},
        };
        for (Object[] c : cases) {
            Http.Answer answer = runs.http.post("/api/runs", (String) c[0]);
            assertEquals(c[1], answer.status(), c[0] + " → " + answer);
            assertEquals(c[2], answer.json().path("field").asText(null), c[0] + " → " + answer);
            assertFalse(answer.json().get("error").asText().isBlank());
        }
        Http.Answer notUtf8 = runs.http.post("/api/runs", new byte[] {'{', '"', (byte) 0xC3, '"', ':', '1', '}'});
        assertEquals(400, notUtf8.status(), notUtf8.toString());
        assertEquals("body", notUtf8.json().get("field").asText());
        Http.Answer huge = runs.http.post("/api/runs", new byte[RunLimits.MAX_BODY_BYTES + 1]);
        assertEquals(413, huge.status(), huge.toString());
    }

    @Test
    void unknownRunsAndTrialsAreNotFound() {
        String id = runs.submit(body("config", body("dataset", "xor", "points", 50), "epochs", 2));
        String[] paths = {
            "/api/runs/nope", "/api/runs/AAAAAAAAAAAA", "/api/runs/%27%3B--", "/api/runs/AAAAAAAAAAAA/events",
            "/api/runs/" + id + "/trials/1/snapshot", "/api/runs/" + id + "/trials/-1/snapshot",
            "/api/runs/" + id + "/trials/x/snapshot", "/api/runs/" + id + "/trials/99999999999/snapshot",
            "/api/runs/AAAAAAAAAAAA/trials/0/snapshot",
        };
        for (String path : paths) {
            Http.Answer answer = runs.http.get(path, "Accept", "text/event-stream");
            assertEquals(404, answer.status(), path + " → " + answer);
            assertFalse(answer.json().get("error").asText().isBlank());
        }
        Http.Answer cancelUnknown = runs.http.delete("/api/runs/AAAAAAAAAAAA");
        assertEquals(404, cancelUnknown.status(), cancelUnknown.toString());
        Http.Answer notAStreamClient = runs.http.get("/api/runs/" + id + "/events");
        assertEquals(400, notAStreamClient.status(), notAStreamClient.toString());
        assertEquals("Accept", notAStreamClient.json().get("field").asText());
    }

    // ------------------------------------------------------------------ retention

    @Test
    void finishedRunsAreDeletedAfterTheRetentionTimeAndActiveOnesKept() throws Exception {
        try (WebServer own = WebServer.start(TestServer.options(database()).withWorkers(1)
                .withRuns(RunOptions.defaults().withRunsPerMinute(0)))) {
            RunsClient client = new RunsClient("http://localhost:" + own.port());
            String finished = client.submit(body("config", body("dataset", "xor", "points", 50), "epochs", 3));
            client.waitUntilFinished(finished, WAIT);
            // A run nobody executes yet: stored, not scheduled.
            RunRequest waiting = RunRequest.of(Config.fromJson("{\"dataset\":\"xor\"}", Limits.SERVER),
                    5, 1, null);
            own.runs().store().create("WaitingRun01", waiting, waiting.cost(), Runs.LOCAL_CLIENT, 0);

            assertEquals(0, own.runs().store().deleteFinishedBefore(Instant.now().minus(Duration.ofDays(7))),
                    "younger than the retention time");
            assertEquals(1, own.runs().store().deleteFinishedBefore(Instant.now().plusSeconds(1)));
            assertEquals(404, client.http.get("/api/runs/" + finished).status(), "deleted with its trials and curves");
            assertEquals("queued", client.read("WaitingRun01").get("status").asText(), "an active run stays");
            assertTrue(recurringCleanupIsScheduled(own), "a worker process schedules the daily clean-up");
        }
    }

    private static boolean recurringCleanupIsScheduled(WebServer server) throws SQLException {
        try (Connection c = server.database().dataSource().getConnection();
                PreparedStatement s = c.prepareStatement("SELECT COUNT(*) FROM scheduled_tasks WHERE task_name = ?")) {
            s.setString(1, RunScheduler.CLEANUP_TASK);
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getInt(1) == 1;
            }
        }
    }

    // ------------------------------------------------------------------ helpers

    /** A finished trial's result says what the core says of the same training. */
    static void assertResultIs(TrainingRun here, JsonNode result) {
        assertEquals("done", result.get("status").asText(), result.toString());
        assertEquals(here.epoch(), result.get("epoch").asInt());
        assertEquals(here.trainLoss(), result.get("trainLoss").asDouble(), 0.0, "exact: " + result);
        assertEquals(here.testLoss(), result.get("testLoss").asDouble(), 0.0);
        double best = Double.POSITIVE_INFINITY;
        int bestEpoch = 0;
        for (int e = 0; e < here.history().size(); e++) {
            if (here.history().test(e) < best) {
                best = here.history().test(e);
                bestEpoch = e;
            }
        }
        assertEquals(best, result.get("bestTestLoss").asDouble(), 0.0);
        assertEquals(bestEpoch, result.get("bestEpoch").asInt());
        assertEquals(here.diverged(), result.get("diverged").asBoolean());
        assertTrue(result.get("snapshot").asText().matches("/api/runs/\\w{12}/trials/\\d+/snapshot"), result.toString());
    }

    static double mean(double[] xs) {
        double sum = 0;
        for (double x : xs) sum += x;
        return sum / xs.length;
    }

    static double std(double[] xs) {
        double m = mean(xs), squares = 0;
        for (double x : xs) squares += (x - m) * (x - m);
        return Math.sqrt(squares / (xs.length - 1));
    }
}
