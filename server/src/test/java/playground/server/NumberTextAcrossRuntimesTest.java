package playground.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import playground.config.Config;
import playground.core.Json;
import playground.config.Limits;
import playground.core.Numbers;
import playground.server.RandomConfigs.Case;
import playground.server.testing.ServerAndBrowser;
import playground.train.Snapshot;
import playground.train.TrainingRun;

/**
 * The same double is the same text on the JVM, in JavaScript and in WebAssembly, and snapshots,
 * diverged ones included, move between the three and continue as if never stopped.
 *
 * <p>Random configurations, a third of them made to diverge (learning rate 3 or 10, no
 * regularization, unbounded activations, some on the large squared features): each is trained
 * for half its epochs, its snapshot written, restored and trained on. The snapshot text must be
 * byte-identical in every runtime and the continued run's snapshot must equal the unbroken run's,
 * which covers every weight, bias, optimizer moment, loss and the batch order's state: equal
 * shortest texts are equal doubles (a NaN is the one value "NaN").
 */
class NumberTextAcrossRuntimesTest {
    private static final long SEED = 20261204L;
    private static final int FINITE = 40;
    private static final int DIVERGING = 24;

    private static final List<Case> cases = new ArrayList<>();
    private static final List<Integer> firstEpochs = new ArrayList<>();
    private static final List<String> stopped = new ArrayList<>();
    private static final List<String> unbroken = new ArrayList<>();
    @RegisterExtension
    static final ServerAndBrowser SITE = new ServerAndBrowser();

    @BeforeAll
    static void start() {
        RandomConfigs generator = new RandomConfigs(SEED);
        cases.addAll(generator.generate(FINITE));
        List<Case> diverging = generator.generateDiverging(DIVERGING);
        for (int i = 0; i < diverging.size(); i++) {
            cases.add(i % 2 == 0 ? withLargeFeatures(diverging.get(i)) : diverging.get(i));
        }
        for (Case c : cases) {
            int first = 1 + c.epochs() / 2;
            TrainingRun run = train(c.config(), first);
            firstEpochs.add(first);
            stopped.add(Snapshot.toJson(run));
            for (int e = first; e < c.epochs(); e++) run.trainEpoch();
            unbroken.add(Snapshot.toJson(run));
        }
    }

    /** The squared features (up to 36) and their product, with a linear unit: the fastest way to infinity. */
    private static Case withLargeFeatures(Case c) {
        @SuppressWarnings("unchecked")
        Map<String, Object> map = (Map<String, Object>) Json.parse(c.json());
        map.put("features", List.of("x1sq", "x2sq", "x1x2", "x1", "x2"));
        map.put("activation", "linear");
        return new Case(Json.write(map), Config.fromMap(map, Limits.SERVER), c.epochs());
    }

    private static TrainingRun train(Config config, int epochs) {
        TrainingRun run = new TrainingRun(config);
        for (int i = 0; i < epochs; i++) run.trainEpoch();
        return run;
    }

    private static boolean nonFinite(String snapshot) {
        return snapshot.contains("\"NaN\"") || snapshot.contains("Infinity\"");
    }

    @Test
    void onTheJvmRestoreAndContinueEqualsTheUnbrokenRunDivergedOrNot() {
        assertTrue(cases.size() >= 60, cases.size() + " configurations");
        long diverged = unbroken.stream().filter(NumberTextAcrossRuntimesTest::nonFinite).count();
        long stoppedDiverged = stopped.stream().filter(NumberTextAcrossRuntimesTest::nonFinite).count();
        assertTrue(diverged >= 10 && stoppedDiverged >= 5, diverged + " runs end with NaN or an infinity, "
                + stoppedDiverged + " already when stopped");
        assertTrue(diverged < cases.size() - 20, "most runs stay finite: " + diverged + " diverged");
        List<String> mismatches = new ArrayList<>();
        for (int i = 0; i < cases.size(); i++) {
            TrainingRun restored = Snapshot.fromJson(stopped.get(i), Limits.SERVER);
            assertEquals(stopped.get(i), Snapshot.toJson(restored), "read and written again: " + cases.get(i).json());
            for (int e = firstEpochs.get(i); e < cases.get(i).epochs(); e++) restored.trainEpoch();
            if (!unbroken.get(i).equals(Snapshot.toJson(restored))) mismatches.add(cases.get(i).json());
        }
        if (!mismatches.isEmpty()) fail("restored and continued differs from unbroken for " + mismatches);
    }

    @ParameterizedTest
    @ValueSource(strings = {"wasm", "js"})
    void snapshotsAreTheSameTextInTheBrowserAndContinueAsNeverStopped(String runtime) {
        open(runtime);
        List<String> configs = cases.stream().map(Case::json).toList();
        List<Integer> epochs = cases.stream().map(Case::epochs).toList();
        List<?> results = (List<?>) SITE.browser().script(
                "const [configs, first, all, stopped] = arguments, e = window.playground.probes;"
                        + "return configs.map((c, i) => [e.trainSnapshot(c, first[i] | 0),"
                        + " e.resumeSnapshot(stopped[i], (all[i] - first[i]) | 0), e.trainSnapshot(c, all[i] | 0)]);",
                configs, firstEpochs, epochs, stopped);
        List<String> mismatches = new ArrayList<>();
        for (int i = 0; i < cases.size(); i++) {
            List<?> three = (List<?>) results.get(i);
            String json = cases.get(i).json();
            if (!stopped.get(i).equals(three.get(0))) {
                mismatches.add("snapshot text differs from the JVM's: " + json + "\n  " + firstDifference(stopped.get(i), (String) three.get(0)));
            }
            if (!unbroken.get(i).equals(three.get(1))) {
                mismatches.add("JVM's snapshot continued in " + runtime + " differs from unbroken: " + json
                        + "\n  " + firstDifference(unbroken.get(i), (String) three.get(1)));
            }
            if (!unbroken.get(i).equals(three.get(2))) {
                mismatches.add("unbroken run's text differs from the JVM's: " + json
                        + "\n  " + firstDifference(unbroken.get(i), (String) three.get(2)));
            }
            // Browser → JVM: the page's snapshot restored here and trained on.
            TrainingRun back = Snapshot.fromJson((String) three.get(0), Limits.SERVER);
            for (int e = firstEpochs.get(i); e < cases.get(i).epochs(); e++) back.trainEpoch();
            if (!unbroken.get(i).equals(Snapshot.toJson(back))) mismatches.add(runtime + "'s snapshot continued on the JVM differs: " + json);
        }
        if (!mismatches.isEmpty()) fail(runtime + ": " + mismatches.size() + " problems\n" + String.join("\n", mismatches));
    }

    /**
     * Every kind of double (NaN, ±Infinity, -0, subnormals, the largest and smallest, and random
     * bits of every exponent) in a snapshot read and written by the browser: the same text; and
     * the routine's text is JavaScript's own {@code String(x)} (except -0, which keeps its sign).
     */
    @ParameterizedTest
    @ValueSource(strings = {"wasm", "js"})
    void everyDoubleIsTheSameTextInTheBrowserAndJavaScriptsOwn(String runtime) {
        open(runtime);
        Random random = new Random(SEED);
        List<String> snapshots = new ArrayList<>();
        List<String> texts = new ArrayList<>();
        for (int s = 0; s < 8; s++) {
            TrainingRun run = new TrainingRun(Config.fromJson("{\"features\":[\"x1\",\"x2\",\"x1sq\",\"x2sq\",\"x1x2\","
                    + "\"sinx1\",\"sinx2\",\"cosx1\",\"cosx2\"],\"hiddenLayers\":[8,8,8,8,8,8],\"optimizer\":\"adam\"}", Limits.SERVER));
            double[] w = run.network.weights;
            for (int i = 0; i < w.length; i++) {
                w[i] = randomDouble(random, i);
                if (Double.isFinite(w[i]) && w[i] != 0) texts.add(Numbers.format(w[i]));
            }
            if (s == 0) {
                double[] specials = {Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, -0.0, 0.0,
                    Double.MIN_VALUE, -Double.MIN_VALUE, Double.MIN_NORMAL, Math.nextDown(Double.MIN_NORMAL),
                    Double.MAX_VALUE, -Double.MAX_VALUE, 7342627313054519e3, 1e21, 1e-7, 123e-20};
                System.arraycopy(specials, 0, w, 0, specials.length);
                System.arraycopy(specials, 0, run.network.biases, 0, Math.min(specials.length, run.network.biases.length));
            }
            snapshots.add(Snapshot.toJson(run));
        }
        List<?> back = (List<?>) SITE.browser().script(
                "const e = window.playground.probes; return arguments[0].map(s => e.resumeSnapshot(s, 0));", snapshots);
        for (int s = 0; s < snapshots.size(); s++) {
            assertEquals(snapshots.get(s), back.get(s), runtime + ": snapshot " + s + " read and written in the browser");
        }
        assertTrue(snapshots.get(0).contains("\"weights\":[\"NaN\",\"Infinity\",\"-Infinity\",-0.0,0,5e-324,-5e-324,"
                + "2.2250738585072014e-308,2.225073858507201e-308,1.7976931348623157e+308,-1.7976931348623157e+308,"
                + "7342627313054519000,1e+21,1e-7,1.23e-18,"), snapshots.get(0));
        List<?> javaScripts = (List<?>) SITE.browser().script("return arguments[0].map(t => String(Number(t)));", texts);
        for (int i = 0; i < texts.size(); i++) assertEquals(texts.get(i), javaScripts.get(i), "JavaScript's String(x)");
    }

    /** Random bits, every third one of a tame size, every fifth one subnormal or huge. */
    private static double randomDouble(Random random, int i) {
        if (i % 3 == 0) return random.nextGaussian() * Math.pow(10, random.nextInt(12) - 6);
        long bits = random.nextLong();
        if (i % 5 == 0) bits &= random.nextBoolean() ? 0x800fffffffffffffL : 0xffffffffffffffffL;
        double d = Double.longBitsToDouble(bits);
        return Double.isNaN(d) ? random.nextDouble() : d;
    }

    private static String firstDifference(String a, String b) {
        if (b == null) return "no answer";
        int i = 0;
        while (i < a.length() && i < b.length() && a.charAt(i) == b.charAt(i)) i++;
        int from = Math.max(0, i - 60);
        return "at " + i + ": …" + a.substring(from, Math.min(a.length(), i + 60)) + "… against …"
                + b.substring(from, Math.min(b.length(), i + 60)) + "…";
    }

    private static void open(String runtime) {
        SITE.browser().openAndWaitUntilReady(SITE.baseUrl() + "/?probes=1&runtime=" + runtime);
        assertEquals(runtime, SITE.browser().script("return window.playground.runtime"));
    }
}
