package playground.server.runs;

import static playground.server.runs.RunsClient.body;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import playground.server.WebServer;
import playground.server.db.DatabaseOptions;
import playground.server.testing.Http;
import playground.server.testing.TestServer;

/**
 * The attacks of the hardening review in one run against one server process, with what normal
 * clients see meanwhile. A benchmark, not a test: it asserts nothing and prints a table of figures
 * (for docs/operations-load.md). Run it alone:
 * <pre>
 * mvn -B verify -pl server -am -Dtest=LoadBenchmark -Dload=true -Dsurefire.failIfNoSpecifiedTests=false
 * </pre>
 */
@EnabledIfSystemProperty(named = "load", matches = "true")
class LoadBenchmark {
    private static final int STALLED_READERS = 50;
    private static final int STREAM_ATTEMPTS = 2_000;
    private static final int TRICKLES = 400;
    private static final int OVERSIZED = 20;

    private final Map<String, String> figures = Collections.synchronizedMap(new LinkedHashMap<>());

    @Test
    void attacksInOneRun() throws Exception {
        Path folder = Files.createTempDirectory("load-benchmark-");
        DatabaseOptions h2 = DatabaseOptions.of("jdbc:h2:file:" + folder.resolve("db"), null, null);
        try (WebServer server = WebServer.start(TestServer.options(h2).withWorkers(2)
                .withRuns(RunOptions.defaults().withRunsPerMinute(0)))) {
            int port = server.port();
            RunsClient runs = new RunsClient("http://localhost:" + port);
            Http http = runs.http;

            // A finished run with a long history (3 × 100 001 curve entries), for the stalled readers.
            String history = runs.submit(body("config", body("dataset", "circle", "points", 10, "hiddenLayers",
                    List.of(), "seed", 3), "epochs", 100_000, "seeds", 3));
            runs.waitUntilFinished(history, Duration.ofMinutes(3));
            long start = System.nanoTime();
            List<EventStream.Event> story = EventStream.readAll(runs.baseUrl + "/api/runs/" + history + "/events",
                    Duration.ofMinutes(3));
            long storyBytes = 0;
            for (EventStream.Event e : story) storyBytes += e.data().toString().length();
            figures.put("Replay of a finished 3 × 100 000-epoch run to one reader", story.size() + " events, "
                    + storyBytes / 1_000_000 + " MB, largest " + largest(story) / 1000 + " kB, "
                    + millis(start) + " ms");

            // A live run (tens of seconds), followed by a normal reader from the start.
            String live = runs.submit(body("config", body("dataset", "spiral", "points", 300, "hiddenLayers",
                    List.of(8, 8), "seed", 5), "epochs", 8000, "seeds", 2));
            ExecutorService pool = Executors.newCachedThreadPool();
            Future<List<EventStream.Event>> reader = pool.submit(() ->
                    EventStream.readAll(runs.baseUrl + "/api/runs/" + live + "/events", Duration.ofMinutes(5)));
            Thread.sleep(500);

            List<RawStream> streams = Collections.synchronizedList(new ArrayList<>());
            List<Socket> trickles = Collections.synchronizedList(new ArrayList<>());
            ScheduledExecutorService trickler = Executors.newSingleThreadScheduledExecutor();
            try {
                // 1. Stalled readers of the long history.
                for (int i = 0; i < STALLED_READERS; i++) {
                    streams.add(RawStream.open("127.0.0." + (2 + i % 10), port, "/api/runs/" + history + "/events", 4096));
                }
                // 2. Bodies trickled one byte every 2 s from 15 addresses.
                Map<String, Integer> trickleAnswers = new ConcurrentHashMap<>();
                for (int i = 0; i < TRICKLES; i++) trickles.add(startTrickle("127.0.0." + (30 + i % 15), port));
                trickler.scheduleAtFixedRate(() -> {
                    for (Socket s : trickles) {
                        try {
                            s.getOutputStream().write(' ');
                        } catch (IOException e) {
                            // cut by the server
                        }
                    }
                }, 2, 2, TimeUnit.SECONDS);
                long trickleStart = System.nanoTime();
                List<Future<?>> trickleReads = new ArrayList<>();
                AtomicLong lastTrickleAnswer = new AtomicLong();
                for (Socket s : trickles) {
                    trickleReads.add(pool.submit(() -> {
                        trickleAnswers.merge(status(s), 1, Integer::sum);
                        lastTrickleAnswer.accumulateAndGet(System.nanoTime() - trickleStart, Math::max);
                    }));
                }
                // 3. 2000 stream attempts from 20 addresses, on the live run.
                List<Future<RawStream>> attempts = new ArrayList<>();
                for (int i = 0; i < STREAM_ATTEMPTS; i++) {
                    String from = "127.0.0." + (60 + i % 20);
                    attempts.add(pool.submit(() -> RawStream.open(from, port, "/api/runs/" + live + "/events", 0)));
                }
                // 4. Declared lengths over the limit.
                List<Long> oversized = new ArrayList<>();
                for (int i = 0; i < OVERSIZED; i++) oversized.add(oversizedAnswerMillis(port));

                // Meanwhile: what normal clients see.
                List<Long> health = new ArrayList<>();
                List<Long> saves = new ArrayList<>();
                for (int i = 0; i < 50; i++) {
                    long t = System.nanoTime();
                    http.get("/health");
                    health.add(millis(t));
                    t = System.nanoTime();
                    http.post("/api/experiments", "{\"config\":{}}");
                    saves.add(millis(t));
                    Thread.sleep(200);
                }
                int opened = 0;
                int refused = 0;
                for (Future<RawStream> attempt : attempts) {
                    RawStream s = attempt.get(2, TimeUnit.MINUTES);
                    if (s.status == 200) {
                        opened++;
                        streams.add(s);
                    } else {
                        refused++;
                        s.close();
                    }
                }
                for (Future<?> f : trickleReads) f.get(2, TimeUnit.MINUTES);

                List<EventStream.Event> events = reader.get(5, TimeUnit.MINUTES);
                long maxGap = 0;
                for (int i = 1; i < events.size(); i++) {
                    maxGap = Math.max(maxGap, events.get(i).arrivedNanos() - events.get(i - 1).arrivedNanos());
                }
                figures.put("Normal reader of a live run (2 × 8000 epochs)", events.size() + " events, longest gap "
                        + TimeUnit.NANOSECONDS.toMillis(maxGap) + " ms, ends with " + events.get(events.size() - 1).name());
                figures.put("GET /health during the attacks (50)", percentiles(health));
                figures.put("POST /api/experiments from a normal client (50)", percentiles(saves));
                figures.put(STREAM_ATTEMPTS + " stream attempts from 20 addresses", opened + " opened, " + refused
                        + " refused (429); open streams in all: " + server.runEvents().open() + " of "
                        + RunEvents.MAX_STREAMS);
                figures.put(TRICKLES + " bodies trickled from 15 addresses", trickleAnswers + ", all answered within "
                        + TimeUnit.NANOSECONDS.toMillis(lastTrickleAnswer.get()) + " ms");
                figures.put(OVERSIZED + " declared Content-Length of 100 MB", "413, answered in " + percentiles(oversized));
                long cut = System.nanoTime();
                while (countOpen(server) > opened + 1 && millis(cut) < 60_000) Thread.sleep(100);
                figures.put(STALLED_READERS + " readers that never read", "cut after " + millis(cut) / 1000
                        + " s more (send timeout " + RunEvents.SEND_TIMEOUT.toSeconds() + " s)");
            } finally {
                trickler.shutdownNow();
                pool.shutdownNow();
                for (RawStream s : streams) s.close();
                for (Socket s : trickles) s.close();
            }
        }
        StringBuilder table = new StringBuilder("| What | Figures |\n|---|---|\n");
        figures.forEach((what, value) -> table.append("| ").append(what).append(" | ").append(value).append(" |\n"));
        System.out.println(table);
    }

    private static int countOpen(WebServer server) {
        return server.runEvents().open();
    }

    private static long largest(List<EventStream.Event> events) {
        long largest = 0;
        for (EventStream.Event e : events) largest = Math.max(largest, e.data().toString().length());
        return largest;
    }

    private static Socket startTrickle(String from, int port) throws IOException {
        Socket socket = connect(from, port);
        send(socket, "POST /api/experiments HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n"
                + "Content-Length: 2000\r\n\r\n{");
        return socket;
    }

    private static long oversizedAnswerMillis(int port) throws IOException {
        try (Socket socket = connect("127.0.0.1", port)) {
            long t = System.nanoTime();
            send(socket, "POST /api/experiments HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n"
                    + "Content-Length: 100000000\r\n\r\n");
            status(socket);
            return millis(t);
        }
    }

    private static Socket connect(String from, int port) throws IOException {
        Socket socket = new Socket();
        socket.bind(new InetSocketAddress(InetAddress.getByName(from), 0));
        socket.connect(new InetSocketAddress("127.0.0.1", port), 10_000);
        socket.setSoTimeout(60_000);
        return socket;
    }

    private static void send(Socket socket, String text) throws IOException {
        OutputStream out = socket.getOutputStream();
        out.write(text.getBytes(StandardCharsets.UTF_8));
        out.flush();
    }

    /** The status of the answer, or "cut" when the connection ends without one. */
    private static String status(Socket socket) {
        try {
            InputStream in = socket.getInputStream();
            byte[] head = new byte[12];
            int n = 0;
            while (n < 12) {
                int r = in.read(head, n, 12 - n);
                if (r < 0) return "cut";
                n += r;
            }
            return new String(head, 9, 3, StandardCharsets.US_ASCII);
        } catch (IOException e) {
            return "cut";
        }
    }

    private static long millis(long startNanos) {
        return TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - startNanos);
    }

    private static String percentiles(List<Long> millis) {
        List<Long> sorted = new ArrayList<>(millis);
        Collections.sort(sorted);
        return "median " + sorted.get(sorted.size() / 2) + " ms, 95th " + sorted.get((int) (sorted.size() * 0.95))
                + " ms, max " + sorted.get(sorted.size() - 1) + " ms";
    }
}
