package playground.bench;

import com.sun.management.OperatingSystemMXBean;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import playground.config.Config;
import playground.config.Limits;
import playground.server.ServerOptions;
import playground.server.WebServer;
import playground.server.db.DatabaseOptions;
import playground.server.runs.ComputeBudget;
import playground.server.runs.Grid;
import playground.server.runs.RunOptions;
import playground.server.runs.RunRequest;
import playground.server.runs.RunStore;
import playground.server.runs.Sweep;
import playground.train.TrainingRun;

/**
 * How fast server runs go on this machine (README, "Server runs"):
 * <ol>
 * <li>the JVM core alone: epochs a second of the benchmark trial's configuration, one thread;</li>
 * <li>a sweep through the real server (H2 file, db-scheduler, checkpoints, curves written as it
 *     trains) with 1 and with 2 worker threads: trials a second, and the CPU time the process used
 *     (core-seconds), so that the speed-up from 1 to 2 workers shows whether a sweep uses both cores;</li>
 * <li>the same sweep by the {@code sweep} command's engine ({@link Sweep#run}) on 1 and 2 threads.</li>
 * </ol>
 * Each measurement is repeated, alternating, and the best kept: on a shared machine the others'
 * load comes and goes. Run:
 * <pre>
 * mvn -B -q -Pbench package -DskipTests
 * java -cp server/target/playground.jar:bench/target/benchmarks.jar playground.bench.ServerRunsBenchmark [trials=16] [epochs=300] [repeats=3]
 * </pre>
 */
public final class ServerRunsBenchmark {
    private static final String CONFIG = "{\"dataset\":\"spiral\",\"points\":500,\"hiddenLayers\":[8,8],\"seed\":1}";
    private static final OperatingSystemMXBean OS =
            (OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();

    private ServerRunsBenchmark() {}

    public static void main(String[] args) throws Exception {
        int trials = args.length > 0 ? Integer.parseInt(args[0]) : 16;
        int epochs = args.length > 1 ? Integer.parseInt(args[1]) : 300;
        int repeats = args.length > 2 ? Integer.parseInt(args[2]) : 3;
        Config config = Config.fromJson(CONFIG, Limits.SERVER);
        System.out.println("machine: " + Runtime.getRuntime().availableProcessors() + " cores, load " + load());
        System.out.println("trial: " + CONFIG + ", " + epochs + " epochs; sweep: " + trials + " trials; best of "
                + repeats + ", alternating");

        double epochsPerSecond = coreEpochsPerSecond(config, 3);
        System.out.printf(Locale.ROOT, "core (JVM, 1 thread): %.0f epochs/s = %.3g units/s (epochs × points × parameters)%n",
                epochsPerSecond, epochsPerSecond * ComputeBudget.points(config) * ComputeBudget.parameters(config));

        Path folder = Files.createTempDirectory("runs-benchmark-");
        try (WebServer one = server(folder.resolve("one"), 1); WebServer two = server(folder.resolve("two"), 2)) {
            serverSweep(one, config, 2, epochs); // warm-up: JIT, database files
            serverSweep(two, config, 4, epochs);
            Measure server1 = null, server2 = null, sweep1 = null, sweep2 = null;
            for (int r = 0; r < repeats; r++) {
                server1 = best(server1, serverSweep(one, config, trials, epochs));
                server2 = best(server2, serverSweep(two, config, trials, epochs));
                sweep1 = best(sweep1, commandSweep(config, 1, trials, epochs));
                sweep2 = best(sweep2, commandSweep(config, 2, trials, epochs));
            }
            report("server, 1 worker ", server1, trials);
            report("server, 2 workers", server2, trials);
            System.out.printf(Locale.ROOT, "server speed-up 1 → 2 workers: %.2f×%n",
                    server2.trialsPerSecond(trials) / server1.trialsPerSecond(trials));
            report("sweep command, 1 thread ", sweep1, trials);
            report("sweep command, 2 threads", sweep2, trials);
            System.out.printf(Locale.ROOT, "sweep command speed-up 1 → 2 threads: %.2f×%n",
                    sweep2.trialsPerSecond(trials) / sweep1.trialsPerSecond(trials));
        } finally {
            deleteRecursively(folder);
        }
        System.out.println("load at the end: " + load());
        System.exit(0);
    }

    private static Measure best(Measure a, Measure b) {
        return a == null || b.seconds < a.seconds ? b : a;
    }

    /** Wall time and the process's CPU time of one measurement. */
    record Measure(double seconds, double cpuSeconds) {
        double trialsPerSecond(int trials) {
            return trials / seconds;
        }
    }

    private static void report(String what, Measure m, int trials) {
        System.out.printf(Locale.ROOT, "%s: %.2f trials/s (%.1f s wall, %.1f core-seconds, %.2f cores busy)%n", what,
                m.trialsPerSecond(trials), m.seconds, m.cpuSeconds, m.cpuSeconds / m.seconds);
    }

    private static double coreEpochsPerSecond(Config config, int seconds) {
        TrainingRun warm = new TrainingRun(config);
        long warmEnd = System.nanoTime() + 2_000_000_000L;
        while (System.nanoTime() < warmEnd) warm.trainEpoch();
        TrainingRun run = new TrainingRun(config);
        long start = System.nanoTime();
        long end = start + seconds * 1_000_000_000L;
        int n = 0;
        while (System.nanoTime() < end) {
            run.trainEpoch();
            n++;
        }
        return n / ((System.nanoTime() - start) / 1e9);
    }

    private static WebServer server(Path folder, int workers) {
        DatabaseOptions h2 = DatabaseOptions.of("jdbc:h2:file:" + folder.resolve("db"), null, null);
        return WebServer.start(ServerOptions.defaults().withPort(0).withDatabase(h2).withWorkers(workers)
                .withWritesPerMinute(0).withRuns(RunOptions.defaults().withRunsPerMinute(0)));
    }

    /** One run of {@code trials} seeds submitted to the server; timed from submission to done. */
    private static Measure serverSweep(WebServer server, Config config, int trials, int epochs) throws Exception {
        RunRequest request = RunRequest.of(config, epochs, trials, null);
        long cpu = OS.getProcessCpuTime();
        long start = System.nanoTime();
        String id = server.runs().submit(request);
        waitUntilFinished(server.runs().store(), id);
        return new Measure((System.nanoTime() - start) / 1e9, (OS.getProcessCpuTime() - cpu) / 1e9);
    }

    private static void waitUntilFinished(RunStore store, String id) throws SQLException, InterruptedException {
        while (store.run(id).orElseThrow().status().isActive()) Thread.sleep(20);
    }

    private static Measure commandSweep(Config config, int threads, int trials, int epochs) throws InterruptedException {
        Sweep sweep = new Sweep(config, Grid.fromMap(Map.of()), trials, epochs);
        long cpu = OS.getProcessCpuTime();
        long start = System.nanoTime();
        sweep.run(threads, r -> {});
        return new Measure((System.nanoTime() - start) / 1e9, (OS.getProcessCpuTime() - cpu) / 1e9);
    }

    private static String load() {
        try {
            String[] parts = Files.readString(Path.of("/proc/loadavg")).trim().split("\\s+");
            return parts[0] + " " + parts[1] + " " + parts[2] + " (1, 5, 15 min)";
        } catch (IOException e) {
            return String.format(Locale.ROOT, "%.2f (1 min)", OS.getSystemLoadAverage());
        }
    }

    private static void deleteRecursively(Path dir) throws IOException {
        List<Path> paths = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(dir)) {
            walk.sorted(Comparator.reverseOrder()).forEach(paths::add);
        }
        for (Path p : paths) Files.deleteIfExists(p);
    }
}
