package playground.server.testing;

import java.time.Duration;
import java.util.function.BooleanSupplier;
import java.util.function.Predicate;
import java.util.function.Supplier;

/** Waiting in tests, one way: poll a condition every 50 ms until it holds or the time is up. */
public final class Wait {
    private static final long POLL_MILLIS = 50;

    private Wait() {}

    /** Polls {@code condition} until it holds; fails naming {@code what} after {@code timeout}. */
    public static void until(String what, Duration timeout, BooleanSupplier condition) {
        long end = System.nanoTime() + timeout.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > end) {
                throw new AssertionError("timed out after " + timeout.toMillis() + " ms waiting until " + what);
            }
            pause(POLL_MILLIS);
        }
    }

    /**
     * Polls {@code read} until {@code done} accepts what it gives, and returns that; fails naming
     * {@code what} and the last value read after {@code timeout}.
     */
    public static <T> T until(String what, Duration timeout, Supplier<T> read, Predicate<T> done) {
        long end = System.nanoTime() + timeout.toNanos();
        while (true) {
            T value = read.get();
            if (done.test(value)) return value;
            if (System.nanoTime() > end) {
                throw new AssertionError("timed out after " + timeout.toMillis() + " ms waiting until " + what
                        + "; last seen: " + value);
            }
            pause(POLL_MILLIS);
        }
    }

    /** Lets time pass: for checks that something does not happen within it. */
    public static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
