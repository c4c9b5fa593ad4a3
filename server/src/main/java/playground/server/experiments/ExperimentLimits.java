package playground.server.experiments;

/**
 * How large a saved experiment may be: the one place for these numbers (the README lists them).
 * A request over a limit is refused with 413 naming the field, or {@code body} for the whole.
 */
public final class ExperimentLimits {
    private ExperimentLimits() {}

    /** The whole request body, in bytes: room for the largest state plus everything else. */
    public static final int MAX_BODY_BYTES = 4 * 1024 * 1024;
    /** Title, in characters (Unicode code points). */
    public static final int MAX_TITLE_CHARS = 200;
    /** Notes (Markdown), in characters (Unicode code points). */
    public static final int MAX_NOTES_CHARS = 20_000;
    /**
     * The trained state as stored (its canonical JSON), in bytes. The loss history grows with the
     * epochs: about 50 000 epochs of history fit.
     */
    public static final int MAX_STATE_BYTES = 2 * 1024 * 1024;
}
