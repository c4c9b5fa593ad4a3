package playground.server.runs;

import java.util.Locale;

/** Where a run, or one of its trials, stands. Stored and shown in lower case ({@code "running"}). */
public enum RunStatus {
    /** Waiting for a worker. */
    QUEUED,
    /** Some worker is training it (for a run: at least one trial has started). */
    RUNNING,
    /** Finished: every epoch trained, or stopped early because the loss diverged. */
    DONE,
    /** Stopped on request; what had finished stays. */
    CANCELLED,
    /** Could not be trained (an error of ours, never of the request: that is refused before). */
    FAILED;

    public final String json = name().toLowerCase(Locale.ROOT);

    public static RunStatus of(String stored) {
        return valueOf(stored.toUpperCase(Locale.ROOT));
    }

    /** Queued or running: still takes a place in the queue. */
    public boolean isActive() {
        return this == QUEUED || this == RUNNING;
    }
}
