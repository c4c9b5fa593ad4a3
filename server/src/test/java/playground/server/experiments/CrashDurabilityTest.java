package playground.server.experiments;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import playground.config.Config;
import playground.config.Limits;
import playground.server.testing.Http;
import playground.server.testing.ServerProcess;
import playground.server.testing.Wait;

/**
 * Nothing acknowledged is ever lost, also when the server is killed mid-write (see docs/operations.md).
 * The real server runs in a child JVM on an H2 file; two clients save and update in a loop while
 * the test SIGKILLs the server several times and restarts it on the same file. Afterwards every
 * save that got its 201 is there, intact, and every update that got its 200 too (an update that
 * got no answer may or may not have happened).
 */
class CrashDurabilityTest {
    private static final int KILLS = 4;
    private static final int SAVES_BETWEEN_KILLS = 12;
    private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    @TempDir
    Path folder;

    /** What a client knows of one experiment it saved. */
    private static final class Saved {
        final String id;
        final String token;
        final String configJson;
        /** The title of the last acknowledged save or update. */
        volatile String title;
        /** Titles sent after that which got no answer: the server may have stored any of them. */
        final Set<String> unanswered = ConcurrentHashMap.newKeySet();

        Saved(String id, String token, String configJson, String title) {
            this.id = id;
            this.token = token;
            this.configJson = configJson;
            this.title = title;
        }
    }

    @Test
    void everyAcknowledgedSaveSurvivesKills() throws Exception {
        String url = "jdbc:h2:file:" + folder.resolve("crash");
        Path log = folder.resolve("server.log");
        String[] arguments = {"--database-url", url, "--writes-per-minute", "0"};
        AtomicReference<ServerProcess> server = new AtomicReference<>(ServerProcess.start(log, arguments));
        Map<String, Saved> saved = new ConcurrentHashMap<>();
        AtomicInteger acknowledged = new AtomicInteger();
        AtomicBoolean running = new AtomicBoolean(true);
        List<Thread> clients = new ArrayList<>();
        for (int c = 0; c < 2; c++) {
            int client = c;
            Thread thread = new Thread(() -> saveInALoop(client, server, saved, acknowledged, running), "client-" + c);
            thread.start();
            clients.add(thread);
        }
        try {
            Random random = new Random(7);
            for (int kill = 0; kill < KILLS; kill++) {
                waitForAcknowledged(acknowledged, acknowledged.get() + SAVES_BETWEEN_KILLS);
                Thread.sleep(random.nextInt(40)); // somewhere in the middle of a write
                assertEquals(137, server.get().kill(), "SIGKILL, no clean shutdown");
                server.set(ServerProcess.start(log, arguments));
            }
            waitForAcknowledged(acknowledged, acknowledged.get() + SAVES_BETWEEN_KILLS);
        } finally {
            running.set(false);
            for (Thread thread : clients) thread.join(10_000);
        }

        try {
            Http http = new Http(server.get().baseUrl());
            List<String> problems = new ArrayList<>();
            for (Saved s : saved.values()) {
                Http.Answer answer = http.get("/api/experiments/" + s.id);
                if (answer.status() != 200) {
                    problems.add(s.id + ": " + answer);
                    continue;
                }
                JsonNode e = answer.json();
                String title = e.path("title").asText();
                if (!title.equals(s.title) && !s.unanswered.contains(title)) {
                    problems.add(s.id + ": title '" + title + "', acknowledged '" + s.title + "'");
                }
                if (!e.path("config").equals(Http.JSON.readTree(s.configJson))) {
                    problems.add(s.id + ": config " + e.path("config") + " instead of " + s.configJson);
                }
            }
            assertTrue(problems.isEmpty(), problems.size() + " of " + saved.size() + " acknowledged saves lost or damaged: "
                    + problems.subList(0, Math.min(5, problems.size())) + "\n" + server.get().logTail());
            assertTrue(saved.size() >= KILLS * SAVES_BETWEEN_KILLS / 2, "only " + saved.size() + " saves");
        } finally {
            server.get().stop();
        }
    }

    private static void waitForAcknowledged(AtomicInteger acknowledged, int target) throws InterruptedException {
        Wait.until("the clients get " + target + " answers", Duration.ofSeconds(30), () -> acknowledged.get() >= target);
    }

    /** Saves new experiments, and now and then updates one saved earlier, until told to stop. */
    private static void saveInALoop(int client, AtomicReference<ServerProcess> server, Map<String, Saved> saved,
            AtomicInteger acknowledged, AtomicBoolean running) {
        Random random = new Random(client);
        List<Saved> mine = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (int n = 0; running.get(); n++) {
            String title = "client " + client + " save " + n + " ✓";
            try {
                if (n % 4 == 3 && !mine.isEmpty()) {
                    Saved s = mine.get(random.nextInt(mine.size()));
                    s.unanswered.add(title);
                    Map<String, Object> body = new LinkedHashMap<>();
                    body.put("title", title);
                    body.put("config", Http.JSON.readValue(s.configJson, Map.class));
                    int status = send(server.get(), "PUT", "/api/experiments/" + s.id, Http.json(body), s.token).statusCode();
                    if (status == 200) {
                        s.title = title;
                        s.unanswered.clear();
                        acknowledged.incrementAndGet();
                    }
                } else {
                    Map<String, Object> config = new LinkedHashMap<>();
                    config.put("seed", client * 100_000 + n);
                    config.put("learningRate", List.of(0.003, 0.03, 0.3).get(n % 3));
                    config.put("hiddenLayers", List.of(1 + n % 8, 1 + random.nextInt(8)));
                    String configJson = Config.fromMap(config, Limits.BROWSER).toJson();
                    Map<String, Object> body = new LinkedHashMap<>();
                    body.put("title", title);
                    body.put("notes", "x".repeat(random.nextInt(5000)));
                    body.put("config", config);
                    HttpResponse<String> answer = send(server.get(), "POST", "/api/experiments", Http.json(body), null);
                    if (answer.statusCode() == 201) {
                        JsonNode created = Http.JSON.readTree(answer.body());
                        Saved s = new Saved(created.path("id").asText(), created.path("editToken").asText(), configJson, title);
                        if (seen.add(s.id)) mine.add(s);
                        saved.put(s.id, s);
                        acknowledged.incrementAndGet();
                    }
                }
            } catch (IOException e) {
                // The server is down (killed, or not yet restarted): no answer, nothing acknowledged.
                sleep(10);
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    private static HttpResponse<String> send(ServerProcess server, String method, String path, String body, String token)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(server.baseUrl() + path))
                .timeout(Duration.ofSeconds(10))
                .method(method, BodyPublishers.ofString(body));
        if (token != null) request.header("Authorization", "Bearer " + token);
        return CLIENT.send(request.build(), BodyHandlers.ofString());
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
