package playground.server.http;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;

/**
 * A token bucket per client: each holds up to {@code perMinute} tokens, refills at
 * {@code perMinute} tokens a minute, and every request takes one. Bursts up to the full bucket
 * pass; a steady stream faster than the rate is refused until the bucket refills.
 */
public final class RateLimiter {
    private static final long NANOS_PER_MINUTE = 60_000_000_000L;
    /** Above this many clients, buckets that have refilled completely are dropped (they are like new). */
    private static final int TIDY_ABOVE = 10_000;

    /** The largest rate, far above any real need, so the bucket arithmetic cannot overflow. */
    public static final int MAX_PER_MINUTE = 1_000_000;

    private final int perMinute;
    private final LongSupplier clock;
    private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();

    /** @param perMinute requests a minute per client; 0 turns the limit off */
    public RateLimiter(int perMinute) {
        this(perMinute, System::nanoTime);
    }

    /** With a clock in nanoseconds, so tests can move time. */
    public RateLimiter(int perMinute, LongSupplier clock) {
        if (perMinute < 0 || perMinute > MAX_PER_MINUTE) {
            throw new IllegalArgumentException("perMinute must be from 0 to " + MAX_PER_MINUTE);
        }
        this.perMinute = perMinute;
        this.clock = clock;
    }

    /**
     * Takes a token from the client's bucket.
     *
     * @return 0 when the request may go ahead, else the whole seconds until a token is there
     */
    public long acquire(String client) {
        if (perMinute == 0) return 0;
        long now = clock.getAsLong();
        if (buckets.size() > TIDY_ABOVE) tidy(now);
        return buckets.computeIfAbsent(client, c -> new Bucket(perMinute, now)).take(now, perMinute);
    }

    private void tidy(long now) {
        buckets.values().removeIf(bucket -> bucket.isFull(now, perMinute));
    }

    private static final class Bucket {
        /** Tokens, scaled by one minute in nanoseconds so refilling needs no fractions. */
        private long scaledTokens;
        private long last;

        Bucket(int perMinute, long now) {
            this.scaledTokens = (long) perMinute * NANOS_PER_MINUTE;
            this.last = now;
        }

        synchronized long take(long now, int perMinute) {
            refill(now, perMinute);
            if (scaledTokens >= NANOS_PER_MINUTE) {
                scaledTokens -= NANOS_PER_MINUTE;
                return 0;
            }
            long missing = NANOS_PER_MINUTE - scaledTokens; // scaled; refills at perMinute per nanosecond
            long waitNanos = (missing + perMinute - 1) / perMinute;
            return Math.max(1, (waitNanos + 999_999_999L) / 1_000_000_000L);
        }

        synchronized boolean isFull(long now, int perMinute) {
            refill(now, perMinute);
            return scaledTokens == (long) perMinute * NANOS_PER_MINUTE;
        }

        private void refill(long now, int perMinute) {
            long elapsed = Math.max(0, now - last);
            last = now;
            long capacity = (long) perMinute * NANOS_PER_MINUTE;
            // elapsed * perMinute overflows only after centuries of idling at huge rates; saturate anyway.
            long added = elapsed > capacity / perMinute ? capacity : elapsed * perMinute;
            scaledTokens = Math.min(capacity, scaledTokens + added);
        }
    }
}
