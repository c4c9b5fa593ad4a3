package playground.client;

import org.teavm.jso.JSExport;
import playground.config.Config;
import playground.config.Json;
import playground.config.Limits;
import playground.nn.Heatmap;
import playground.train.Fingerprint;
import playground.train.Snapshot;
import playground.train.TrainingRun;

/**
 * Entry point of the browser bundles. TeaVM compiles it twice (JavaScript and WebAssembly GC);
 * every {@code @JSExport public static} method becomes a function the page can call.
 */
public final class Main {
    private Main() {}

    static {
        JsNumbers.install();
    }

    /** TeaVM needs a main method; the page drives everything through the exports. */
    public static void main(String[] args) {}

    /** Lets the page check that the bundle and the page come from the same build. */
    @JSExport
    public static String version() {
        return "2";
    }

    /**
     * Trains a configuration (JSON) for some epochs and returns the exact bits of its losses and
     * parameters ({@link Fingerprint}): the cross-runtime test compares this with the JVM.
     * A bad configuration gives "error: key: message".
     */
    @JSExport
    public static String trainFingerprint(String configJson, int epochs) {
        try {
            TrainingRun run = new TrainingRun(Config.fromJson(configJson, Limits.SERVER));
            for (int i = 0; i < epochs; i++) run.trainEpoch();
            return Fingerprint.of(run);
        } catch (RuntimeException e) {
            return "error: " + e.getMessage();
        }
    }

    /** Trains and returns {"epoch":E,"trainLoss":L1,"testLoss":L2}, the command line's line. */
    @JSExport
    public static String trainSummary(String configJson, int epochs) {
        try {
            TrainingRun run = new TrainingRun(Config.fromJson(configJson, Limits.BROWSER));
            for (int i = 0; i < epochs; i++) run.trainEpoch();
            return "{\"epoch\":" + run.epoch() + ",\"trainLoss\":" + Json.write(run.trainLoss())
                    + ",\"testLoss\":" + Json.write(run.testLoss()) + "}";
        } catch (RuntimeException e) {
            return "error: " + e.getMessage();
        }
    }

    /** Trains and returns the snapshot JSON, for restore-and-continue checks across runtimes. */
    @JSExport
    public static String trainSnapshot(String configJson, int epochs) {
        try {
            TrainingRun run = new TrainingRun(Config.fromJson(configJson, Limits.SERVER));
            for (int i = 0; i < epochs; i++) run.trainEpoch();
            return Snapshot.toJson(run);
        } catch (RuntimeException e) {
            return "error: " + e.getMessage();
        }
    }

    /** Restores a snapshot, trains on, and returns the fingerprint. */
    @JSExport
    public static String resumeFingerprint(String snapshotJson, int epochs) {
        try {
            TrainingRun run = Snapshot.fromJson(snapshotJson, Limits.SERVER);
            for (int i = 0; i < epochs; i++) run.trainEpoch();
            return Fingerprint.of(run);
        } catch (RuntimeException e) {
            return "error: " + e.getMessage();
        }
    }

    /**
     * Restores a snapshot, trains on, and returns the snapshot JSON again (0 epochs: the same
     * snapshot read and written here): the cross-runtime tests compare its text with the JVM's.
     */
    @JSExport
    public static String resumeSnapshot(String snapshotJson, int epochs) {
        try {
            TrainingRun run = Snapshot.fromJson(snapshotJson, Limits.SERVER);
            for (int i = 0; i < epochs; i++) run.trainEpoch();
            return Snapshot.toJson(run);
        } catch (RuntimeException e) {
            return "error: " + e.getMessage();
        }
    }

    // ---------------------------------------------------------------- the playground page

    /**
     * Builds the playground page in the current document and starts its training worker.
     * {@code runtime} is the bundle the loader chose (the worker loads the same one);
     * {@code en} and {@code zh} are the texts of web/i18n/en.json and zh.json.
     */
    @JSExport
    public static void startPage(String runtime, String en, String zh) {
        playground.client.page.PageApp.start(runtime, en, zh);
    }

    /** Starts the training worker's side; called by web/js/worker.js inside the worker. */
    @JSExport
    public static void startWorker() {
        playground.client.page.EngineWorker.start();
    }

    // ---------------------------------------------------------------- lessons (SPEC L1–L6)

    /**
     * Builds the lesson widgets of the current document (lesson pages, the tour, embeds);
     * {@code en} and {@code zh} are the playground's translations merged with the lessons' ones.
     */
    @JSExport
    public static void startLessons(String en, String zh) {
        playground.client.lessons.Lessons.start(en, zh);
    }

    // ==================================================================== benchmark and grid exports
    // Used by web/bench.html (speed) and CrossRuntimeIdentityTest (the bits of the pictures).
    // Kept together at the end of the class so that other exports can be added above.

    /** The page's picture grid: 100 × 100 points over [-6, 6]², as TensorFlow Playground's. */
    private static final int GRID_DENSITY = 100;
    private static final double GRID_LIMIT = 6;

    private static TrainingRun benchRun;
    private static Heatmap benchHeatmap;
    private static float[][] benchPictures;

    /**
     * Sets up the run the benchmark measures (a configuration, JSON) with its grid and picture
     * arrays, allocated once. Returns the number of neurons, or "error: key: message".
     */
    @JSExport
    public static String benchCreate(String configJson) {
        try {
            benchRun = new TrainingRun(Config.fromJson(configJson, Limits.BROWSER));
            benchHeatmap = new Heatmap(benchRun.features, GRID_DENSITY, -GRID_LIMIT, GRID_LIMIT);
            benchPictures = new float[benchRun.network.nodeCount()][benchHeatmap.cells()];
            return String.valueOf(benchRun.network.nodeCount());
        } catch (RuntimeException e) {
            return "error: " + e.getMessage();
        }
    }

    /** Trains n epochs (each also computes the train and test loss); returns the last test loss. */
    @JSExport
    public static double benchEpochs(int n) {
        for (int i = 0; i < n; i++) benchRun.trainEpoch();
        return benchRun.testLoss();
    }

    /** Evaluates every neuron over the grid n times; returns one value so the work is observable. */
    @JSExport
    public static double benchGrid(int n) {
        for (int i = 0; i < n; i++) benchHeatmap.evaluate(benchRun.network, benchPictures);
        return benchPictures[benchPictures.length - 1][0];
    }

    /** n frames of the playground page: one epoch, then every neuron's picture. */
    @JSExport
    public static double benchFrames(int n) {
        for (int i = 0; i < n; i++) {
            benchRun.trainEpoch();
            benchHeatmap.evaluate(benchRun.network, benchPictures);
        }
        return benchPictures[benchPictures.length - 1][0];
    }

    /**
     * Trains a configuration and returns {@link Fingerprint#ofPictures} of every neuron's picture
     * over the page's grid: the cross-runtime test compares it with the JVM's.
     */
    @JSExport
    public static String gridFingerprint(String configJson, int epochs) {
        String created = benchCreate(configJson);
        if (created.startsWith("error")) return created;
        benchEpochs(epochs);
        benchHeatmap.evaluate(benchRun.network, benchPictures);
        return Fingerprint.ofPictures(benchPictures);
    }
}
