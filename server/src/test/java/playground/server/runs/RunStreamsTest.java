package playground.server.runs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static playground.server.runs.RunsClient.body;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import playground.server.WebServer;
import playground.server.db.DatabaseOptions;
import playground.server.testing.TestServer;

/**
 * Live streams under abuse: clients that never read hold up no other stream, a long history comes
 * in bounded events, and the caps on streams hold exactly under a burst from many addresses.
 */
class RunStreamsTest {
    private static final Duration WAIT = Duration.ofSeconds(120);

    @TempDir
    Path folder;

    private DatabaseOptions database(String name) {
        return DatabaseOptions.of("jdbc:h2:file:" + folder.resolve(name), null, null);
    }

    @Test
    void twoClientsThatNeverReadHoldUpNoOtherStream() throws Exception {
        try (WebServer server = WebServer.start(TestServer.options(database("stalled")).withWorkers(2)
                .withRuns(RunOptions.defaults().withRunsPerMinute(0)))) {
            RunsClient runs = new RunsClient("http://localhost:" + server.port());
            // A finished run with a long history (3 × 100001 curve entries, some 12 MB of events).
            int epochs = 100_000;
            String longRun = runs.submit(body("config", body("dataset", "circle", "points", 10, "hiddenLayers",
                    List.of(), "seed", 3), "epochs", epochs, "seeds", 3));
            runs.waitUntilFinished(longRun, WAIT);

            // Its whole story comes in bounded events, every entry once and in order.
            List<EventStream.Event> story = EventStream.readAll(runs.baseUrl + "/api/runs/" + longRun + "/events", WAIT);
            int[] next = new int[3];
            long storyBytes = 0;
            for (EventStream.Event event : story) {
                storyBytes += event.data().toString().length();
                int entries = 0;
                for (JsonNode p : event.data().path("points")) {
                    int trial = p.get("trial").asInt();
                    assertEquals(next[trial], p.get("epoch").asInt(), "points continue where the last event stopped");
                    next[trial] += p.get("trainLoss").size();
                    entries += p.get("trainLoss").size();
                }
                assertTrue(entries <= RunEvents.MAX_EVENT_ENTRIES, entries + " entries in one event");
            }
            for (int n : next) assertEquals(epochs + 1, n, "every entry of every trial");
            assertEquals("done", story.get(story.size() - 1).name());

            // Two clients ask for it and read nothing, with tiny receive buffers.
            List<RawStream> stalled = List.of(
                    RawStream.open("127.0.0.2", server.port(), "/api/runs/" + longRun + "/events", 4096),
                    RawStream.open("127.0.0.3", server.port(), "/api/runs/" + longRun + "/events", 4096));
            try {
                stalled.forEach(s -> assertEquals(200, s.status));
                Thread.sleep(1_000); // their first events fill the buffers

                // Meanwhile a normal reader follows a live run: never more than 2 s without an event.
                Map<String, Object> config = body("dataset", "spiral", "points", 300, "hiddenLayers", List.of(8, 8),
                        "seed", 5);
                // long enough (seconds, on a fast machine too) to stream several events while it trains
                String live = runs.submit(body("config", config, "epochs", 10_000, "seeds", 2));
                long opened = System.nanoTime();
                List<EventStream.Event> events = EventStream.readAll(runs.baseUrl + "/api/runs/" + live + "/events", WAIT);
                assertEquals("done", events.get(events.size() - 1).name());
                assertTrue(events.size() >= 4, "a run of seconds streams several events: " + events.size());
                long previous = opened;
                for (EventStream.Event event : events) {
                    long gapMillis = TimeUnit.NANOSECONDS.toMillis(event.arrivedNanos() - previous);
                    assertTrue(gapMillis <= 2_000, "an event came " + gapMillis + " ms after the one before");
                    previous = event.arrivedNanos();
                }

                // The stalled streams are cut after the send timeout: their clients never get the whole story.
                long end = System.nanoTime() + RunEvents.SEND_TIMEOUT.multipliedBy(3).toNanos();
                while (server.runEvents().open() > 0 && System.nanoTime() < end) Thread.sleep(100);
                assertEquals(0, server.runEvents().open(), "stalled streams are cut");
                for (RawStream s : stalled) {
                    long bytes = s.drain();
                    assertTrue(bytes < storyBytes, "a stalled client got " + bytes + " bytes of " + storyBytes);
                }
            } finally {
                stalled.forEach(RawStream::close);
            }
        }
    }

    @Test
    void twoThousandStreamAttemptsFromTwentyAddressesOpenExactlyTheCap() throws Exception {
        // No workers: the run stays queued, so its streams stay open.
        try (WebServer server = WebServer.start(TestServer.options(database("caps")).withWorkers(0)
                .withRuns(RunOptions.defaults().withRunsPerMinute(0)))) {
            RunsClient runs = new RunsClient("http://localhost:" + server.port());
            String id = runs.submit(body("config", body("dataset", "circle"), "epochs", 10));
            String path = "/api/runs/" + id + "/events";
            List<RawStream> open = new ArrayList<>();
            ExecutorService clients = Executors.newFixedThreadPool(64);
            try {
                List<Future<RawStream>> attempts = new ArrayList<>();
                for (int i = 0; i < 2_000; i++) {
                    String from = "127.0.0." + (2 + i % 20);
                    attempts.add(clients.submit(() -> RawStream.open(from, server.port(), path, 0)));
                }
                Map<String, Integer> perAddress = new HashMap<>();
                int refused = 0;
                for (Future<RawStream> attempt : attempts) {
                    RawStream stream = attempt.get(60, TimeUnit.SECONDS);
                    if (stream.status == 200) {
                        open.add(stream);
                        perAddress.merge(stream.socket.getLocalAddress().getHostAddress(), 1, Integer::sum);
                    } else {
                        assertEquals(429, stream.status);
                        refused++;
                        stream.close();
                    }
                }
                assertEquals(RunEvents.MAX_STREAMS, open.size(), "exactly the total cap is open");
                assertEquals(2_000 - RunEvents.MAX_STREAMS, refused);
                assertEquals(RunEvents.MAX_STREAMS, server.runEvents().open());
                perAddress.values().forEach(n -> assertTrue(n <= RunEvents.MAX_STREAMS_PER_ADDRESS, n + " from one address"));

                // Closed streams give their places back; then one address alone gets exactly its share.
                open.forEach(RawStream::close);
                open.clear();
                long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(40);
                while (server.runEvents().open() > 0 && System.nanoTime() < end) Thread.sleep(100);
                assertEquals(0, server.runEvents().open(), "streams of clients that left are closed");
                attempts.clear();
                for (int i = 0; i < 200; i++) {
                    attempts.add(clients.submit(() -> RawStream.open("127.0.0.30", server.port(), path, 0)));
                }
                for (Future<RawStream> attempt : attempts) {
                    RawStream stream = attempt.get(60, TimeUnit.SECONDS);
                    if (stream.status == 200) open.add(stream);
                    else stream.close();
                }
                assertEquals(RunEvents.MAX_STREAMS_PER_ADDRESS, open.size(), "exactly the cap per address");
            } finally {
                clients.shutdownNow();
                open.forEach(RawStream::close);
            }
        }
    }
}
