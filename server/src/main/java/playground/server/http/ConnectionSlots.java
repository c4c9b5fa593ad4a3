package playground.server.http;

import io.javalin.http.Context;

import java.util.HashMap;
import java.util.Map;

/**
 * A fixed number of places for long-lived connections, in total and per client address. Taking and
 * giving back are atomic, so no burst of simultaneous requests gets past either limit.
 */
public final class ConnectionSlots {
    private final int total;
    private final int perAddress;
    /** What the slots are for, plural, for messages: "event streams". */
    private final String what;
    private final Map<String, Integer> taken = new HashMap<>();
    private int inUse;

    public ConnectionSlots(int total, int perAddress, String what) {
        if (total < 1 || perAddress < 1) throw new IllegalArgumentException("limits must be at least 1");
        this.total = total;
        this.perAddress = perAddress;
        this.what = what;
    }

    /** Why a slot was refused; null when it was taken. */
    public synchronized String tryTake(String address) {
        if (inUse >= total) return "this server has " + total + " " + what + " open already";
        int mine = taken.getOrDefault(address, 0);
        if (mine >= perAddress) return "this address has " + perAddress + " " + what + " open already";
        taken.put(address, mine + 1);
        inUse++;
        return null;
    }

    /** Gives back a slot that {@link #tryTake} gave (call once per slot). */
    public synchronized void giveBack(String address) {
        Integer mine = taken.get(address);
        if (mine == null) return;
        if (mine <= 1) taken.remove(address);
        else taken.put(address, mine - 1);
        inUse--;
    }

    public synchronized int inUse() {
        return inUse;
    }

    public int total() {
        return total;
    }

    public int perAddress() {
        return perAddress;
    }

    /**
     * Opens an event stream for the request's address if it has a slot left, and gives the slot
     * back when the stream ends (after {@code onClosed}); otherwise refuses with 429, saying how to
     * do without a stream ({@code instead}, e.g. "poll GET /api/runs/{id} instead").
     */
    public EventConnection openStream(Context ctx, String instead, Runnable onClosed) {
        String address = ctx.ip();
        String refusal = tryTake(address);
        if (refusal != null) throw ApiException.tooManyRequests(refusal + "; " + instead + ", or try again shortly", 10);
        try {
            return EventConnection.open(ctx, () -> {
                onClosed.run();
                giveBack(address);
            });
        } catch (RuntimeException e) {
            giveBack(address);
            throw e;
        }
    }
}
