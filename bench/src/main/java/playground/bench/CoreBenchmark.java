package playground.bench;

import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.*;
import playground.config.Config;
import playground.config.Limits;
import playground.nn.Heatmap;
import playground.train.TrainingRun;

/**
 * The core on the JVM, on the networks the README's table compares: spiral, 500 points, 50 %
 * training, batch 10. One epoch (training plus both losses, as the page does every frame) and
 * one evaluation of every neuron over the 100×100 grid, and the two together (a frame of the page).
 *
 * <p>Build and run (from the repository root):
 * <pre>
 * mvn -B -q -Pbench package -DskipTests
 * java -jar bench/target/benchmarks.jar                                   # the full run, ~2 minutes
 * java -jar bench/target/benchmarks.jar -wi 2 -i 3 -f 1 -w 1s -r 1s       # a quick look
 * </pre>
 * Each iteration starts from a fresh run (new weights) and keeps training it, as the page does.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class CoreBenchmark {
    /** The three networks: 2→[4,2]→1, 2→[8×6]→1, 9 features→[8×6]→1. */
    @Param({"small", "deep", "deep-all-features"})
    public String network;

    private TrainingRun run;
    private Heatmap heatmap;
    private float[][] pictures;

    public static String config(String network) {
        String common = "\"dataset\":\"spiral\",\"points\":500,\"trainPercent\":50,\"batchSize\":10,";
        switch (network) {
            case "small":
                return "{" + common + "\"hiddenLayers\":[4,2]}";
            case "deep":
                return "{" + common + "\"hiddenLayers\":[8,8,8,8,8,8]}";
            default:
                return "{" + common + "\"hiddenLayers\":[8,8,8,8,8,8],\"features\":"
                        + "[\"x1\",\"x2\",\"x1sq\",\"x2sq\",\"x1x2\",\"sinx1\",\"sinx2\",\"cosx1\",\"cosx2\"]}";
        }
    }

    /** A fresh run every iteration (about a second), as the browser benchmark starts every run afresh. */
    @Setup(Level.Iteration)
    public void setUp() {
        run = new TrainingRun(Config.fromJson(config(network), Limits.BROWSER));
        heatmap = new Heatmap(run.features, 100, -6, 6);
        pictures = new float[run.network.nodeCount()][heatmap.cells()];
    }

    @Benchmark
    public double epoch() {
        run.trainEpoch();
        return run.testLoss();
    }

    @Benchmark
    public float[][] grid() {
        heatmap.evaluate(run.network, pictures);
        return pictures;
    }

    /** One frame of the playground page: an epoch, then every neuron's picture. */
    @Benchmark
    public float[][] frame() {
        run.trainEpoch();
        heatmap.evaluate(run.network, pictures);
        return pictures;
    }
}
