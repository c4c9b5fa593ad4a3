package playground.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;
import java.util.Locale;
import playground.config.Config;
import playground.config.Limits;
import playground.nn.Heatmap;
import playground.train.TrainingRun;

/**
 * The JVM's counterpart of the browser benchmark, measured the same way: each timed run starts
 * from a fresh network, repeats an epoch, the grid or a frame until it fills 100 ms, and is
 * timed in CPU time of this thread (and in wall-clock time); the table shows medians of 7 runs.
 * CPU time keeps the numbers meaningful on a machine busy with other work, where JMH's
 * wall-clock averages are not.
 *
 * <pre>
 * mvn -B -q -Pbench package -DskipTests
 * java -cp bench/target/benchmarks.jar playground.bench.CpuTimes
 * </pre>
 */
public final class CpuTimes {
    private static final int SAMPLES = 7;
    private static final long MIN_SAMPLE_NANOS = 100_000_000L;
    private static final long WARMUP_NANOS = 2_000_000_000L;
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
    private static final String[] NAMES = {"2 → 4, 2 → 1", "2 → 8 × 6 → 1", "9 → 8 × 6 → 1"};
    private static final String[] NETWORKS = {"small", "deep", "deep-all-features"};
    private static final String[] KINDS = {"epoch", "grid", "frame"};

    private TrainingRun run;
    private Heatmap heatmap;
    private float[][] pictures;

    public static void main(String[] args) {
        StringBuilder sb = new StringBuilder();
        sb.append("JVM ").append(System.getProperty("java.vm.name")).append(' ').append(System.getProperty("java.version"))
                .append(", CPU time of the thread, median of ").append(SAMPLES).append(" runs (wall-clock in brackets):\n\n");
        sb.append("| Network | Epochs/s | Epoch ms | Grid ms | Frame ms | Frames/s |\n|---|---:|---:|---:|---:|---:|\n");
        CpuTimes bench = new CpuTimes();
        for (int i = 0; i < NETWORKS.length; i++) {
            String config = CoreBenchmark.config(NETWORKS[i]);
            double[][] ms = new double[KINDS.length][];
            for (int k = 0; k < KINDS.length; k++) ms[k] = bench.measure(config, KINDS[k]);
            sb.append("| ").append(NAMES[i])
                    .append(" | ").append(fixed(1000 / ms[0][0], 0))
                    .append(" | ").append(fixed(ms[0][0], 3)).append(" (").append(fixed(ms[0][1], 3)).append(")")
                    .append(" | ").append(fixed(ms[1][0], 2)).append(" (").append(fixed(ms[1][1], 2)).append(")")
                    .append(" | ").append(fixed(ms[2][0], 2)).append(" (").append(fixed(ms[2][1], 2)).append(")")
                    .append(" | ").append(fixed(1000 / ms[2][0], 0)).append(" |\n");
        }
        System.out.print(sb);
    }

    /** {median CPU ms, median wall ms} per repetition of kind on a fresh run of config. */
    private double[] measure(String config, String kind) {
        reset(config);
        int n = 1;
        while (cpuNanos(kind, n)[0] < MIN_SAMPLE_NANOS) {
            n *= 2;
            reset(config);
        }
        long end = System.nanoTime() + WARMUP_NANOS;
        while (System.nanoTime() < end) {
            reset(config);
            cpuNanos(kind, n);
        }
        double[] cpu = new double[SAMPLES];
        double[] wall = new double[SAMPLES];
        for (int s = 0; s < SAMPLES; s++) {
            reset(config);
            long[] t = cpuNanos(kind, n);
            cpu[s] = t[0] / 1e6 / n;
            wall[s] = t[1] / 1e6 / n;
        }
        return new double[] {median(cpu), median(wall)};
    }

    private void reset(String config) {
        run = new TrainingRun(Config.fromJson(config, Limits.BROWSER));
        heatmap = new Heatmap(run.features, 100, -6, 6);
        pictures = new float[run.network.nodeCount()][heatmap.cells()];
    }

    /** {CPU nanoseconds, wall nanoseconds} of n repetitions. */
    private long[] cpuNanos(String kind, int n) {
        long cpu0 = THREADS.getCurrentThreadCpuTime();
        long wall0 = System.nanoTime();
        for (int i = 0; i < n; i++) {
            if (!kind.equals("grid")) run.trainEpoch();
            if (!kind.equals("epoch")) heatmap.evaluate(run.network, pictures);
        }
        return new long[] {THREADS.getCurrentThreadCpuTime() - cpu0, System.nanoTime() - wall0};
    }

    private static double median(double[] values) {
        double[] v = values.clone();
        Arrays.sort(v);
        return v.length % 2 == 1 ? v[v.length / 2] : (v[v.length / 2 - 1] + v[v.length / 2]) / 2;
    }

    private static String fixed(double v, int decimals) {
        return String.format(Locale.ROOT, "%." + decimals + "f", v);
    }
}
