package playground.server.runs;

/**
 * What one client address and all runs together may take of the queue, the compute and the disk,
 * besides the per-run compute budget and the global queue bound in {@link RunOptions}. A client is
 * its TCP peer address, as for the other rate limits. A run over a limit is refused with a message
 * that names the limit: 413 when the run alone is too large, 429 while this address (or everyone)
 * has too much queued or the storage quota or the disk is full.
 *
 * <p>The constants are how large one request may be: a request over one is refused naming the
 * field, or {@code body} for the whole.
 *
 * @param trialsPerAddress unfinished trials (queued or running) one address may have
 * @param computePerAddress compute units (epochs × points × parameters) one address may have queued
 *     or running
 * @param runStorageBytes the most one run may store: curves, checkpoints and final states
 * @param storageBytes the most all stored runs together may take (each counted at its quota)
 * @param minFreeDiskBytes free disk space below which new runs are refused and /health warns (H2
 *     files only: PostgreSQL's disk is not this machine's)
 * @param heavyReadsPerAddress requests one address may have in flight on the run routes that read a
 *     whole run (its view, a final state), so that one reader cannot take every database connection
 * @param heavyReads such requests all addresses together may have in flight
 */
public record RunLimits(int trialsPerAddress, double computePerAddress, long runStorageBytes, long storageBytes,
        long minFreeDiskBytes, int heavyReadsPerAddress, int heavyReads) {
    /** The whole request body, in bytes. */
    public static final int MAX_BODY_BYTES = 8 * 1024 * 1024;
    /** Epochs of one trial. */
    public static final int MAX_EPOCHS = 100_000;
    /** Seeds of one configuration (the command line's sweep too). */
    public static final int MAX_SEEDS = 100;
    /** Trials of one run: grid cells × seeds. */
    public static final int MAX_TRIALS = 1000;
    /** Trials × epochs: every epoch's losses are kept for the curves. */
    public static final long MAX_TOTAL_EPOCHS = 1_000_000;

    public static final int DEFAULT_TRIALS_PER_ADDRESS = 200;
    /** Three runs at the default budget. */
    public static final double DEFAULT_COMPUTE_PER_ADDRESS = 3 * RunOptions.DEFAULT_BUDGET;
    public static final long DEFAULT_RUN_STORAGE_BYTES = 250_000_000;
    public static final long DEFAULT_STORAGE_BYTES = 8_000_000_000L;
    public static final long DEFAULT_MIN_FREE_DISK_BYTES = 250_000_000;
    public static final int DEFAULT_HEAVY_READS_PER_ADDRESS = 2;
    public static final int DEFAULT_HEAVY_READS = 4;

    public RunLimits {
        if (trialsPerAddress < 1) throw new IllegalArgumentException("trialsPerAddress must be ≥ 1");
        if (!(computePerAddress > 0)) throw new IllegalArgumentException("computePerAddress must be > 0");
        if (runStorageBytes < 1) throw new IllegalArgumentException("runStorageBytes must be ≥ 1");
        if (storageBytes < runStorageBytes) throw new IllegalArgumentException("storageBytes must be ≥ runStorageBytes");
        if (minFreeDiskBytes < 0) throw new IllegalArgumentException("minFreeDiskBytes must be ≥ 0");
        if (heavyReadsPerAddress < 1) throw new IllegalArgumentException("heavyReadsPerAddress must be ≥ 1");
        if (heavyReads < heavyReadsPerAddress) {
            throw new IllegalArgumentException("heavyReads must be ≥ heavyReadsPerAddress");
        }
    }

    public static RunLimits defaults() {
        return new RunLimits(DEFAULT_TRIALS_PER_ADDRESS, DEFAULT_COMPUTE_PER_ADDRESS, DEFAULT_RUN_STORAGE_BYTES,
                DEFAULT_STORAGE_BYTES, DEFAULT_MIN_FREE_DISK_BYTES, DEFAULT_HEAVY_READS_PER_ADDRESS,
                DEFAULT_HEAVY_READS);
    }

    public RunLimits withTrialsPerAddress(int n) {
        return new RunLimits(n, computePerAddress, runStorageBytes, storageBytes, minFreeDiskBytes,
                heavyReadsPerAddress, heavyReads);
    }

    public RunLimits withComputePerAddress(double units) {
        return new RunLimits(trialsPerAddress, units, runStorageBytes, storageBytes, minFreeDiskBytes,
                heavyReadsPerAddress, heavyReads);
    }

    public RunLimits withStorage(long perRun, long total) {
        return new RunLimits(trialsPerAddress, computePerAddress, perRun, total, minFreeDiskBytes,
                heavyReadsPerAddress, heavyReads);
    }

    public RunLimits withMinFreeDiskBytes(long bytes) {
        return new RunLimits(trialsPerAddress, computePerAddress, runStorageBytes, storageBytes, bytes,
                heavyReadsPerAddress, heavyReads);
    }

    public RunLimits withHeavyReads(int perAddress, int total) {
        return new RunLimits(trialsPerAddress, computePerAddress, runStorageBytes, storageBytes, minFreeDiskBytes,
                perAddress, total);
    }
}
