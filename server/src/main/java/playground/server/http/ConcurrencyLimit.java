package playground.server.http;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

/**
 * How many requests of one kind may be in flight, per client and all together: for routes that
 * hold a database connection long enough that a few busy clients could take them all. A client
 * over its share is refused at once (429); a request over the total waits its turn for a moment,
 * then is refused too, so that the requests in flight always leave connections for the rest.
 */
public final class ConcurrencyLimit {
    /** How long a request waits for a place when all are taken. */
    private static final long WAIT_MILLIS = 2_000;

    private final int perClient;
    private final Semaphore total;
    private final Map<String, Integer> inFlight = new ConcurrentHashMap<>();
    private final String what;

    /** @param what the requests limited, for the refusal: "whole-run reads" */
    public ConcurrencyLimit(int perClient, int total, String what) {
        if (perClient < 1 || total < perClient) throw new IllegalArgumentException("need 1 ≤ perClient ≤ total");
        this.perClient = perClient;
        this.total = new Semaphore(total, true);
        this.what = what;
    }

    /** A place taken; closing gives it back. */
    public interface Permit extends AutoCloseable {
        @Override
        void close();
    }

    /**
     * Takes a place for the client, waiting a moment if all are taken.
     *
     * @throws ApiException 429 when the client has its share in flight, or no place frees up in time
     */
    public Permit acquire(String client) {
        boolean[] admitted = {false};
        inFlight.compute(client, (c, n) -> {
            int current = n == null ? 0 : n;
            if (current >= perClient) return n;
            admitted[0] = true;
            return current + 1;
        });
        if (!admitted[0]) {
            throw ApiException.tooManyRequests("this address already has " + perClient + " " + what
                    + " in flight; wait for them to finish", 1);
        }
        boolean placed;
        try {
            placed = total.tryAcquire(WAIT_MILLIS, TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            placed = false;
        }
        if (!placed) {
            release(client);
            throw ApiException.tooManyRequests("the server is busy with " + what + "; try again in a second", 1);
        }
        return () -> {
            total.release();
            release(client);
        };
    }

    private void release(String client) {
        inFlight.computeIfPresent(client, (c, n) -> n <= 1 ? null : n - 1);
    }
}
