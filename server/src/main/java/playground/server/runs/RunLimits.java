package playground.server.runs;

/**
 * How large a server run may be: the one place for these numbers (the README lists them). A
 * request over a limit is refused naming the field, or {@code body} for the whole. The compute
 * budget and the queue, which an operator sets, are {@link RunOptions}.
 */
public final class RunLimits {
    private RunLimits() {}

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
}
