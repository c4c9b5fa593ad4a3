package playground.client.probes;

import org.teavm.jso.JSExport;
import playground.client.JsNumbers;

/**
 * Entry point of the probes' own bundles (probes.wasm and probes.js), which only tests and the
 * benchmark page load (web/js/loader.js loads them beside the page's bundle when the address
 * has {@code ?probes}; web/bench.html loads them alone). Every {@code @JSExport} method becomes a
 * function of {@code window.playground.probes}, under its long-standing name.
 */
public final class ProbesMain {
    private ProbesMain() {}

    static {
        JsNumbers.install();
    }

    /** TeaVM needs a main method; the callers use the exports. */
    public static void main(String[] args) {}

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
