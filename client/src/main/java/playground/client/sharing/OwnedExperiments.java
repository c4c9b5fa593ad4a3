package playground.client.sharing;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.teavm.jso.JSBody;
import playground.client.ui.Storage;
import playground.core.Json;

/**
 * The experiments this browser saved, with their secret edit tokens (docs/sharing.md), kept in
 * localStorage under {@code playground.experiments} as a JSON list of
 * {@code {id, token, title, savedAt}}, newest first. Without storage (an embed in a sandboxed
 * iframe, a private window that refuses it) the list is empty and nothing is remembered; a
 * damaged entry is skipped, never an error.
 */
final class OwnedExperiments {
    private static final String KEY = "experiments";

    /** One remembered experiment. */
    static final class Entry {
        final String id;
        final String token;
        final String title;
        /** ISO-8601 time of the last save by this browser. */
        final String savedAt;

        Entry(String id, String token, String title, String savedAt) {
            this.id = id;
            this.token = token;
            this.title = title == null ? "" : title;
            this.savedAt = savedAt == null ? "" : savedAt;
        }

        private Map<String, Object> toMap() {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("id", id);
            m.put("token", token);
            m.put("title", title);
            m.put("savedAt", savedAt);
            return m;
        }
    }

    private final List<Runnable> listeners = new ArrayList<>();

    void onChange(Runnable listener) {
        listeners.add(listener);
    }

    List<Entry> all() {
        List<Entry> entries = new ArrayList<>();
        String text = Storage.get(KEY);
        if (text == null) return entries;
        Object parsed;
        try {
            parsed = Json.parse(text);
        } catch (RuntimeException damaged) {
            return entries;
        }
        if (!(parsed instanceof List)) return entries;
        for (Object item : (List<?>) parsed) {
            if (!(item instanceof Map)) continue;
            Map<?, ?> m = (Map<?, ?>) item;
            if (m.get("id") instanceof String && m.get("token") instanceof String) {
                entries.add(new Entry((String) m.get("id"), (String) m.get("token"), string(m.get("title")),
                        string(m.get("savedAt"))));
            }
        }
        return entries;
    }

    /** The edit token of experiment {@code id}, or null when this browser does not hold it. */
    String token(String id) {
        for (Entry e : all()) {
            if (e.id.equals(id)) return e.token;
        }
        return null;
    }

    /** Remembers (or refreshes) an experiment, first in the list. */
    void remember(String id, String token, String title, String savedAt) {
        List<Entry> entries = all();
        entries.removeIf(e -> e.id.equals(id));
        entries.add(0, new Entry(id, token, title, savedAt));
        write(entries);
    }

    void forget(String id) {
        List<Entry> entries = all();
        if (entries.removeIf(e -> e.id.equals(id))) write(entries);
    }

    /** Whether this browser can remember anything at all. */
    @JSBody(script = "try { const probe = 'playground.probe'; window.localStorage.setItem(probe, '1');"
            + " window.localStorage.removeItem(probe); return true; } catch (e) { return false; }")
    static native boolean available();

    private void write(List<Entry> entries) {
        List<Object> list = new ArrayList<>();
        for (Entry e : entries) list.add(e.toMap());
        Storage.put(KEY, Json.write(list));
        for (Runnable r : listeners) r.run();
    }

    private static String string(Object o) {
        return o instanceof String ? (String) o : null;
    }
}
