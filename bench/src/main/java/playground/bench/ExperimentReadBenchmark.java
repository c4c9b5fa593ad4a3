package playground.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import playground.config.Config;
import playground.server.ServerOptions;
import playground.server.WebServer;
import playground.server.db.DatabaseOptions;
import playground.train.Snapshot;
import playground.train.TrainingRun;

/**
 * How fast saved experiments are read (README, "Saved experiments"): the real server on loopback
 * with its H2 file (or the database given), a few hundred saved experiments with trained state,
 * and a closed loop of clients that each read a random one again and again, through
 * {@code GET /api/experiments/{id}} (the JSON) and {@code GET /e/{id}} (the page), for a fixed
 * time after a warm-up. Prints requests a second and latency percentiles per route.
 *
 * <p>Run (the server jar holds the server, the benchmarks jar only this module):
 * <pre>
 * mvn -B -q -Pbench package -DskipTests
 * java -cp server/target/playground.jar:bench/target/benchmarks.jar playground.bench.ExperimentReadBenchmark [clients=8] [seconds=10] [jdbc-url]
 * </pre>
 * The clients share the machine with the server, so on a small machine the numbers are a floor.
 */
public final class ExperimentReadBenchmark {
    private static final int EXPERIMENTS = 200;
    private static final ObjectMapper JSON = new ObjectMapper();

    private ExperimentReadBenchmark() {}

    public static void main(String[] args) throws Exception {
        int clients = args.length > 0 ? Integer.parseInt(args[0]) : 8;
        int seconds = args.length > 1 ? Integer.parseInt(args[1]) : 10;
        Path folder = Files.createTempDirectory("experiment-read-benchmark-");
        DatabaseOptions database = args.length > 2 ? DatabaseOptions.of(args[2], null, null)
                : DatabaseOptions.of("jdbc:h2:file:" + folder.resolve("db"), null, null);
        System.out.println("machine: " + Runtime.getRuntime().availableProcessors() + " cores; database "
                + database.describe() + "; " + clients + " clients, " + seconds + " s per route after a warm-up");
        try (WebServer server = WebServer.start(ServerOptions.defaults().withPort(0).withDatabase(database)
                .withWorkers(1).withWritesPerMinute(0))) {
            String base = "http://127.0.0.1:" + server.port();
            HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
            List<String> ids = save(http, base);
            List<String> routes = List.of("/api/experiments/", "/e/");
            for (String route : routes) measure(http, base, route, ids, clients, Math.max(3, seconds / 2)); // warm-up
            for (String route : routes) {
                Result r = measure(http, base, route, ids, clients, seconds);
                System.out.printf(Locale.ROOT, "GET %s{id}: %.0f requests/s, %d bytes each; latency p50 %.2f ms,"
                        + " p99 %.2f ms, p99.9 %.2f ms, max %.2f ms (%d requests)%n", route, r.perSecond(),
                        r.bytes, r.percentile(50), r.percentile(99), r.percentile(99.9), r.percentile(100), r.count());
            }
        } finally {
            deleteRecursively(folder);
        }
        System.exit(0);
    }

    /** Saves the experiments the clients read: a 2→[4,2]→1 network with 100 epochs of training each. */
    private static List<String> save(HttpClient http, String base) throws Exception {
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < EXPERIMENTS; i++) {
            TrainingRun run = new TrainingRun(Config.defaults().with("seed", (double) i));
            for (int e = 0; e < 100; e++) run.trainEpoch();
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("title", "Experiment " + i);
            body.put("notes", "A **saved** experiment, number " + i + ".");
            body.put("config", run.config.toMap());
            body.put("state", Snapshot.of(run));
            HttpResponse<String> answer = http.send(HttpRequest.newBuilder(URI.create(base + "/api/experiments"))
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body))).build(),
                    HttpResponse.BodyHandlers.ofString());
            if (answer.statusCode() != 201) throw new IllegalStateException("save failed: " + answer.body());
            ids.add(JSON.readTree(answer.body()).get("id").asText());
        }
        return ids;
    }

    private static Result measure(HttpClient http, String base, String route, List<String> ids, int clients,
            int seconds) throws Exception {
        long end = System.nanoTime() + seconds * 1_000_000_000L;
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        try {
            List<Future<long[]>> futures = new ArrayList<>();
            long[] bytes = new long[1];
            for (int c = 0; c < clients; c++) {
                int client = c;
                futures.add(pool.submit(() -> {
                    long[] latencies = new long[1 << 16];
                    int n = 0;
                    Random pick = new Random(client);
                    while (System.nanoTime() < end) {
                        URI uri = URI.create(base + route + ids.get(pick.nextInt(ids.size())));
                        long start = System.nanoTime();
                        HttpResponse<byte[]> answer = http.send(HttpRequest.newBuilder(uri).GET().build(),
                                HttpResponse.BodyHandlers.ofByteArray());
                        long took = System.nanoTime() - start;
                        if (answer.statusCode() != 200) throw new IllegalStateException(uri + ": " + answer.statusCode());
                        bytes[0] = answer.body().length;
                        if (n == latencies.length) latencies = Arrays.copyOf(latencies, n * 2);
                        latencies[n++] = took;
                    }
                    return Arrays.copyOf(latencies, n);
                }));
            }
            long started = System.nanoTime();
            List<long[]> all = new ArrayList<>();
            for (Future<long[]> f : futures) all.add(f.get());
            double elapsed = (System.nanoTime() - started) / 1e9;
            long[] merged = all.stream().flatMapToLong(Arrays::stream).sorted().toArray();
            return new Result(merged, elapsed, bytes[0]);
        } finally {
            pool.shutdown();
        }
    }

    /** Sorted latencies in nanoseconds, the time they took, and the size of one answer. */
    private record Result(long[] sorted, double seconds, long bytes) {
        int count() {
            return sorted.length;
        }

        double perSecond() {
            return sorted.length / seconds;
        }

        /** The latency (ms) that this percentage of requests did not exceed (nearest rank). */
        double percentile(double p) {
            int rank = (int) Math.ceil(p / 100 * sorted.length);
            return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))] / 1e6;
        }
    }

    private static void deleteRecursively(Path dir) throws IOException {
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) Files.deleteIfExists(p);
        }
    }
}
