package playground.server.runs;

import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.LongSupplier;

/**
 * Run answers ({@code GET /api/runs/{id}} as JSON) kept for a while, so that many readers of one
 * large run cost one database read: a finished run changes only when it is deleted, so it is kept
 * a minute; a running one a second (its progress moves on). Each answer is kept with its run's
 * {@linkplain RunStore#stamp stamp} (status and trials finished), and each hit first checks, with a
 * one-row read, that the stamp is still the same: a reader told by the run's events that a trial
 * or the run finished must not be answered with what it was before (a page that opened a short
 * sweep would see it queued for ever). The least recently used go first once the answers kept add
 * up to more than {@link #MAX_CHARS}.
 */
final class ViewCache {
    static final long MAX_CHARS = 64L << 20;
    static final long FINISHED_NANOS = 60_000_000_000L;
    static final long ACTIVE_NANOS = 1_000_000_000L;

    /** An answer kept: the run's stamp when it was read, and whether the run finished. */
    record Entry(String json, String stamp, boolean finished, long expires) {}

    private final LinkedHashMap<String, Entry> entries = new LinkedHashMap<>(16, 0.75f, true);
    private final LongSupplier clock;
    private long chars;

    ViewCache(LongSupplier clock) {
        this.clock = clock;
    }

    synchronized Entry get(String id) {
        Entry e = entries.get(id);
        if (e == null) return null;
        if (clock.getAsLong() - e.expires >= 0) {
            remove(id);
            return null;
        }
        return e;
    }

    synchronized void put(String id, String json, String stamp, boolean finished) {
        if (json.length() > MAX_CHARS / 4) return;
        remove(id);
        entries.put(id, new Entry(json, stamp, finished, clock.getAsLong() + (finished ? FINISHED_NANOS : ACTIVE_NANOS)));
        chars += json.length();
        Iterator<Map.Entry<String, Entry>> oldest = entries.entrySet().iterator();
        while (chars > MAX_CHARS && oldest.hasNext()) {
            chars -= oldest.next().getValue().json.length();
            oldest.remove();
        }
    }

    synchronized void remove(String id) {
        Entry e = entries.remove(id);
        if (e != null) chars -= e.json.length();
    }
}
