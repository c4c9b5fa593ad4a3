package playground.client;

import org.teavm.jso.JSExport;
import playground.client.classroom.TeacherPage;
import playground.client.lessons.Lessons;
import playground.client.page.PageApp;
import playground.client.probes.Benchmark;
import playground.client.probes.Fingerprints;

/**
 * Entry point of the browser bundles. TeaVM compiles it twice (JavaScript and WebAssembly GC);
 * every {@code @JSExport public static} method becomes a function the page can call. This is the
 * one list of those names; each hands over to its room.
 */
public final class Main {
    private Main() {}

    static {
        JsNumbers.install();
    }

    /** TeaVM needs a main method; the page drives everything through the exported functions. */
    public static void main(String[] args) {}

    /** Lets the page check that the bundle and the page come from the same build. */
    @JSExport
    public static String version() {
        return "2";
    }

    // ---------------------------------------------------------------- the playground page

    /**
     * Builds the playground page in the current document and starts its training worker.
     * {@code runtime} is the bundle the loader chose (the worker loads its own engine bundle
     * of the same runtime, see engine.worker.WorkerMain);
     * {@code en} and {@code zh} are the texts of web/i18n/en.json and zh.json.
     */
    @JSExport
    public static void startPage(String runtime, String en, String zh) {
        PageApp.start(runtime, en, zh);
    }

    // ---------------------------------------------------------------- the classroom

    /** Builds a class's teacher page (web/teacher.html); {@code en} and {@code zh} as for the playground. */
    @JSExport
    public static void startTeacher(String en, String zh) {
        TeacherPage.start(en, zh);
    }

    // ---------------------------------------------------------------- lessons

    /**
     * Builds the lesson widgets of the current document (lesson pages, the tour, embeds);
     * {@code en} and {@code zh} are the playground's translations merged with the lessons' ones.
     */
    @JSExport
    public static void startLessons(String en, String zh) {
        Lessons.start(en, zh);
    }

    // ---------------------------------------------------------------- probes (tests, web/bench.html)

    /** {@link Fingerprints#train}: the exact bits of a trained configuration (JSON). */
    @JSExport
    public static String trainFingerprint(String configJson, int epochs) {
        return Fingerprints.train(configJson, epochs);
    }

    /** {@link Fingerprints#summary}: {"epoch":E,"trainLoss":L1,"testLoss":L2}. */
    @JSExport
    public static String trainSummary(String configJson, int epochs) {
        return Fingerprints.summary(configJson, epochs);
    }

    /** {@link Fingerprints#snapshot}: the snapshot JSON after some epochs. */
    @JSExport
    public static String trainSnapshot(String configJson, int epochs) {
        return Fingerprints.snapshot(configJson, epochs);
    }

    /** {@link Fingerprints#resume}: restores a snapshot, trains on, fingerprints. */
    @JSExport
    public static String resumeFingerprint(String snapshotJson, int epochs) {
        return Fingerprints.resume(snapshotJson, epochs);
    }

    /** {@link Fingerprints#resumeSnapshot}: restores a snapshot, trains on, writes the snapshot again. */
    @JSExport
    public static String resumeSnapshot(String snapshotJson, int epochs) {
        return Fingerprints.resumeSnapshot(snapshotJson, epochs);
    }

    /** {@link Fingerprints#pictures}: the exact bits of every neuron's picture. */
    @JSExport
    public static String gridFingerprint(String configJson, int epochs) {
        return Fingerprints.pictures(configJson, epochs);
    }

    /** {@link Benchmark#create}: sets up the measured run; the number of neurons, or "error: …". */
    @JSExport
    public static String benchCreate(String configJson) {
        return Benchmark.create(configJson);
    }

    /** {@link Benchmark#epochs}. */
    @JSExport
    public static double benchEpochs(int n) {
        return Benchmark.epochs(n);
    }

    /** {@link Benchmark#grid}. */
    @JSExport
    public static double benchGrid(int n) {
        return Benchmark.grid(n);
    }

    /** {@link Benchmark#frames}. */
    @JSExport
    public static double benchFrames(int n) {
        return Benchmark.frames(n);
    }
}
