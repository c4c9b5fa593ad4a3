package playground.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import playground.config.Config;
import playground.config.Limits;
import playground.config.Schema;
import playground.nn.Heatmap;
import playground.server.RandomConfigs.Case;
import playground.server.testing.Browser;
import playground.server.testing.ServerAndBrowser;
import playground.server.testing.TestServer;
import playground.train.Fingerprint;
import playground.train.Snapshot;
import playground.train.TrainingRun;

/**
 * One core, three runtimes (docs/architecture.md): random valid configurations covering every
 * value of the schema, trained on the JVM and in both browser bundles, give the same bits of
 * every loss and every parameter after every epoch, and of every neuron's picture over the page's
 * grid. Snapshots move between runtimes: a run
 * stopped in one runtime and continued in another equals the run never stopped.
 *
 * <p>NaN too must have the same bits everywhere ({@link FingerprintDiff} says why it does).
 */
class CrossRuntimeIdentityTest {
    private static final int CONFIGS = 80;
    /** Extra configurations made to diverge, so that infinities and NaN are compared as well. */
    private static final int DIVERGING = 10;
    private static final long SEED = 20240611L;
    /** Configurations of the restore checks: finite after training, stopped and continued. */
    private static final int RESTORES = 16;

    private static List<Case> cases;
    private static List<String> jvmFingerprints;
    @RegisterExtension
    static final ServerAndBrowser SITE = new ServerAndBrowser();
    private static TestServer server;
    private static Browser browser;

    @BeforeAll
    static void start() {
        RandomConfigs generator = new RandomConfigs(SEED);
        cases = new ArrayList<>(generator.generate(CONFIGS));
        cases.addAll(generator.generateDiverging(DIVERGING));
        jvmFingerprints = new ArrayList<>();
        for (Case c : cases) jvmFingerprints.add(Fingerprint.of(trainOnJvm(c.config(), c.epochs())));
        server = SITE.server();
        browser = SITE.browser();
    }

    private static TrainingRun trainOnJvm(Config config, int epochs) {
        TrainingRun run = new TrainingRun(config);
        for (int i = 0; i < epochs; i++) run.trainEpoch();
        return run;
    }

    @Test
    void theConfigurationsCoverEveryValueOfTheSchema() {
        Map<String, Map<String, Integer>> coverage = RandomConfigs.coverage(cases);
        List<String> missing = new ArrayList<>();
        expect(coverage, missing, "problem", Schema.PROBLEMS);
        expect(coverage, missing, "dataset", Schema.DATASETS);
        expect(coverage, missing, "activation", Schema.ACTIVATIONS);
        expect(coverage, missing, "optimizer", Schema.OPTIMIZERS);
        expect(coverage, missing, "regularization", Schema.REGULARIZATIONS);
        expect(coverage, missing, "regularization with a non-zero rate", List.of("l1", "l2"));
        expect(coverage, missing, "init", Schema.INITS);
        expect(coverage, missing, "loss/classification", Schema.LOSSES);
        expect(coverage, missing, "loss/regression", List.of("mse"));
        expect(coverage, missing, "learningRate", Schema.LEARNING_RATES.stream().map(String::valueOf).toList());
        expect(coverage, missing, "classes", List.of("3", "4", "5"));
        expect(coverage, missing, "multi-class dataset", Schema.MULTICLASS_DATASETS);
        expect(coverage, missing, "multi-class loss", Schema.LOSSES);
        expect(coverage, missing, "feature", Schema.FEATURE_NAMES);
        expect(coverage, missing, "feature count", List.of("one", "some", "all"));
        expect(coverage, missing, "layers", List.of("0", "1", "2", "3", "4", "5", "6"));
        expect(coverage, missing, "width", List.of("1", "2", "3", "4", "5", "6", "7", "8"));
        expect(coverage, missing, "batchSize", List.of("1", "2..29", "30"));
        expect(coverage, missing, "noise", List.of("0", "1..49", "fractional", "50"));
        expect(coverage, missing, "trainPercent", List.of("10", "11..89", "90"));
        assertTrue(missing.isEmpty(), "not covered: " + missing + "\ncoverage: " + coverage);
        assertTrue(cases.size() >= 50, "at least 50 configurations");
        // Regression problems on the custom data set too, and multi-class custom points.
        assertTrue(cases.stream().anyMatch(c -> c.config().isCustom() && c.config().isRegression()), "custom regression");
        assertTrue(cases.stream().anyMatch(c -> c.config().isCustom() && c.config().classes > 2), "custom multi-class");
        // Some runs diverge (NaN or infinite losses), some stay finite: both must match.
        long diverged = jvmFingerprints.stream().filter(CrossRuntimeIdentityTest::hasNonFiniteLoss).count();
        assertTrue(diverged >= DIVERGING / 2 && diverged <= cases.size() - CONFIGS / 2,
                diverged + " of " + cases.size() + " runs diverged");
        assertTrue(jvmFingerprints.stream().anyMatch(f -> f.lines().anyMatch(l -> l.startsWith("train")
                && l.split(" ").length > 1 && hasNaN(l))), "some run has a NaN loss");
    }

    private static void expect(Map<String, Map<String, Integer>> coverage, List<String> missing, String aspect,
                               List<?> values) {
        Map<String, Integer> counts = coverage.getOrDefault(aspect, Map.of());
        for (Object v : values) {
            if (counts.getOrDefault(String.valueOf(v), 0) < 1) missing.add(aspect + "=" + v);
        }
    }

    private static boolean hasNonFiniteLoss(String fingerprint) {
        return fingerprint.lines().filter(l -> l.startsWith("train") || l.startsWith("test"))
                .flatMap(l -> Arrays.stream(l.split(" ")).skip(1))
                .anyMatch(bits -> !Double.isFinite(Double.longBitsToDouble(Long.parseUnsignedLong(bits, 16))));
    }

    private static boolean hasNaN(String line) {
        return Arrays.stream(line.split(" ")).skip(1).anyMatch(FingerprintDiff::isNaN);
    }

    @ParameterizedTest
    @ValueSource(strings = {"wasm", "js"})
    void everyConfigurationGivesTheJvmsBitsInTheBrowser(String runtime) {
        open(runtime);
        List<String> configs = new ArrayList<>();
        List<Integer> epochs = new ArrayList<>();
        for (Case c : cases) {
            configs.add(c.json());
            epochs.add(c.epochs());
        }
        // One round trip for all of them: the loop runs in the page.
        List<?> results = (List<?>) browser.script(
                "const [configs, epochs] = arguments, e = window.playground.probes;"
                        + "return configs.map((c, i) => e.trainFingerprint(c, epochs[i] | 0));",
                configs, epochs);
        assertEquals(cases.size(), results.size());
        List<String> mismatches = new ArrayList<>();
        for (int i = 0; i < cases.size(); i++) {
            String inBrowser = (String) results.get(i);
            String difference = FingerprintDiff.firstDifference(jvmFingerprints.get(i), inBrowser);
            if (difference != null) {
                mismatches.add(runtime + ", " + cases.get(i).epochs() + " epochs of " + cases.get(i).json()
                        + "\n    " + difference);
            }
        }
        if (!mismatches.isEmpty()) {
            fail(mismatches.size() + " of " + cases.size() + " configurations differ from the JVM:\n"
                    + String.join("\n", mismatches));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"wasm", "js"})
    void everyNeuronsPictureHasTheJvmsBitsInTheBrowser(String runtime) {
        open(runtime);
        // Every other configuration (still every activation, output kind and feature): a grid
        // is 10 000 forward passes.
        List<Case> pictured = new ArrayList<>();
        for (int i = 0; i < cases.size(); i += 2) pictured.add(cases.get(i));
        Map<String, Map<String, Integer>> coverage = RandomConfigs.coverage(pictured);
        assertEquals(Schema.ACTIVATIONS.size(), coverage.get("activation").size(), "every activation pictured");
        assertEquals(Schema.FEATURE_NAMES.size(), coverage.get("feature").size(), "every feature pictured");
        assertTrue(coverage.containsKey("classes"), "a softmax output pictured");
        assertEquals(2, coverage.get("problem").size(), "tanh and linear outputs pictured");
        List<String> configs = pictured.stream().map(Case::json).toList();
        List<Integer> epochs = pictured.stream().map(Case::epochs).toList();
        List<?> results = (List<?>) browser.script(
                "const [configs, epochs] = arguments, e = window.playground.probes;"
                        + "return configs.map((c, i) => e.gridFingerprint(c, epochs[i] | 0));",
                configs, epochs);
        List<String> mismatches = new ArrayList<>();
        for (int i = 0; i < pictured.size(); i++) {
            Case c = pictured.get(i);
            // The page's grid: every neuron over 100 × 100 points of [-6, 6]².
            TrainingRun run = trainOnJvm(c.config(), c.epochs());
            Heatmap grid = new Heatmap(run.features, 100, -6, 6);
            float[][] pictures = new float[run.network.nodeCount()][grid.cells()];
            grid.evaluate(run.network, pictures);
            String difference = FingerprintDiff.firstDifference(Fingerprint.ofPictures(pictures), (String) results.get(i));
            if (difference != null) mismatches.add(runtime + ", " + c.json() + "\n    " + difference);
        }
        if (!mismatches.isEmpty()) fail(String.join("\n", mismatches));
    }

    @ParameterizedTest
    @ValueSource(strings = {"wasm", "js"})
    void runsStoppedInOneRuntimeContinueInTheOther(String runtime) {
        List<Case> finite = new ArrayList<>();
        List<String> jvmSnapshots = new ArrayList<>();
        List<String> uninterrupted = new ArrayList<>();
        List<Integer> firstEpochs = new ArrayList<>();
        List<Integer> moreEpochs = new ArrayList<>();
        for (Case c : cases) {
            if (finite.size() == RESTORES) break;
            int first = 1 + c.epochs() / 2;
            int more = c.epochs() - first + 1;
            TrainingRun run = trainOnJvm(c.config(), first);
            // Finite ones here; NumberTextAcrossRuntimesTest moves diverged snapshots between runtimes.
            if (run.diverged() || !allFinite(run.network.weights) || !allFinite(run.network.biases)) continue;
            String snapshot = Snapshot.toJson(run);
            for (int i = 0; i < more; i++) run.trainEpoch();
            finite.add(c);
            jvmSnapshots.add(snapshot);
            uninterrupted.add(Fingerprint.of(run));
            firstEpochs.add(first);
            moreEpochs.add(more);
        }
        assertEquals(RESTORES, finite.size());
        assertTrue(finite.stream().anyMatch(c -> c.config().optimizer.equals("adam")), "an Adam state moves");
        assertTrue(finite.stream().anyMatch(c -> c.config().optimizer.equals("momentum")), "a momentum state moves");
        assertTrue(finite.stream().anyMatch(c -> c.config().regularization.equals("l1")), "dead links move");

        open(runtime);
        List<String> configs = finite.stream().map(Case::json).toList();
        List<?> results = (List<?>) browser.script(
                "const [configs, first, more, snapshots] = arguments, e = window.playground.probes;"
                        + "return configs.map((c, i) => [e.trainSnapshot(c, first[i] | 0),"
                        + " e.resumeFingerprint(snapshots[i], more[i] | 0)]);",
                configs, firstEpochs, moreEpochs, jvmSnapshots);
        List<String> mismatches = new ArrayList<>();
        for (int i = 0; i < finite.size(); i++) {
            List<?> pair = (List<?>) results.get(i);
            String browserSnapshot = (String) pair.get(0);
            String resumedInBrowser = (String) pair.get(1);
            // Browser → JVM: the page's snapshot, restored here and trained on.
            TrainingRun restored = Snapshot.fromJson(browserSnapshot, Limits.SERVER);
            for (int e = 0; e < moreEpochs.get(i); e++) restored.trainEpoch();
            String toJvm = FingerprintDiff.firstDifference(uninterrupted.get(i), Fingerprint.of(restored));
            if (toJvm != null) mismatches.add(runtime + " → JVM, " + finite.get(i).json() + "\n    " + toJvm);
            // JVM → browser: the JVM's snapshot, restored in the page and trained on.
            String toBrowser = FingerprintDiff.firstDifference(uninterrupted.get(i), resumedInBrowser);
            if (toBrowser != null) mismatches.add("JVM → " + runtime + ", " + finite.get(i).json() + "\n    " + toBrowser);
        }
        if (!mismatches.isEmpty()) fail(String.join("\n", mismatches));
    }

    private static boolean allFinite(double[] values) {
        for (double v : values) if (!Double.isFinite(v)) return false;
        return true;
    }

    private static void open(String runtime) {
        browser.openAndWaitUntilReady(server.baseUrl() + "/?probes=1&runtime=" + runtime);
        assertEquals(runtime, browser.script("return window.playground.runtime"));
    }
}
