package playground.server.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/** The token bucket, on a clock the test moves. */
class RateLimiterTest {
    private static final long SECOND = 1_000_000_000L;
    private final AtomicLong now = new AtomicLong(1_000 * SECOND);

    @Test
    void aFullBucketLetsABurstThroughThenRefusesWithTheWait() {
        RateLimiter limiter = new RateLimiter(30, now::get);
        for (int i = 0; i < 30; i++) assertEquals(0, limiter.acquire("a"), "request " + i);
        assertEquals(2, limiter.acquire("a"), "30 a minute: one token every 2 seconds");
        now.addAndGet(SECOND);
        assertEquals(1, limiter.acquire("a"));
        now.addAndGet(SECOND);
        assertEquals(0, limiter.acquire("a"));
        assertEquals(2, limiter.acquire("a"));
    }

    @Test
    void clientsHaveTheirOwnBuckets() {
        RateLimiter limiter = new RateLimiter(2, now::get);
        assertEquals(0, limiter.acquire("a"));
        assertEquals(0, limiter.acquire("a"));
        assertEquals(30, limiter.acquire("a"));
        assertEquals(0, limiter.acquire("b"));
    }

    @Test
    void anIdleBucketRefillsToItsSizeOnly() {
        RateLimiter limiter = new RateLimiter(3, now::get);
        for (int i = 0; i < 3; i++) limiter.acquire("a");
        now.addAndGet(3_600 * SECOND);
        for (int i = 0; i < 3; i++) assertEquals(0, limiter.acquire("a"));
        assertEquals(20, limiter.acquire("a"));
    }

    @Test
    void zeroMeansNoLimit() {
        RateLimiter limiter = new RateLimiter(0, now::get);
        for (int i = 0; i < 10_000; i++) assertEquals(0, limiter.acquire("a"));
    }

    @Test
    void ratesOutsideTheRangeAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> new RateLimiter(-1));
        assertThrows(IllegalArgumentException.class, () -> new RateLimiter(RateLimiter.MAX_PER_MINUTE + 1));
    }
}
