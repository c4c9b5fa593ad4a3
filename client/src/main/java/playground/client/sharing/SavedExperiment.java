package playground.client.sharing;

import java.util.Map;
import org.teavm.jso.JSBody;
import playground.config.Config;
import playground.config.ConfigException;
import playground.config.Goal;
import playground.core.Json;
import playground.config.Limits;

/**
 * A saved experiment as the server gives it (docs/api.md; the JSON of {@code GET /api/experiments/{id}},
 * which the server also puts into the page of {@code /e/{id}} as
 * {@code <script type="application/json" id="experiment">}). Title and notes are the writer's
 * text and are only ever shown as text; {@link #renderedNotes} is the server's HTML of the notes,
 * made from Markdown with every raw HTML tag escaped.
 */
final class SavedExperiment {
    final String id;
    /** The short link's path, {@code /e/{id}}. */
    final String url;
    final String title;
    final String notes;
    final String renderedNotes;
    final Config config;
    /** The trained state ({@code Snapshot} JSON), or null. */
    final String stateJson;
    final Goal goal;
    final String parent;
    final String createdAt;
    final String updatedAt;
    /** The API's JSON it was read from (what crosses to the share bundle). */
    final String json;

    private SavedExperiment(Map<String, Object> m, String json) {
        this.json = json;
        id = text(m, "id");
        if (id == null) throw new ConfigException("id", "missing");
        url = text(m, "url") == null ? "/e/" + id : text(m, "url");
        title = text(m, "title");
        notes = text(m, "notes");
        renderedNotes = text(m, "renderedNotes");
        config = Config.fromMap(map(m, "config"), Limits.BROWSER);
        Object state = m.get("state");
        stateJson = state instanceof Map ? Json.write(state) : null;
        Object goal = m.get("goal");
        this.goal = goal instanceof Map ? Goal.fromMap(map(m, "goal")) : null;
        parent = text(m, "parent");
        createdAt = text(m, "createdAt");
        updatedAt = text(m, "updatedAt");
    }

    /** Reads the API's JSON; a problem is a ConfigException naming the part. */
    @SuppressWarnings("unchecked")
    static SavedExperiment fromJson(String json) {
        Object parsed = Json.parse(json);
        if (!(parsed instanceof Map)) throw new ConfigException("experiment", "is not a JSON object");
        return new SavedExperiment((Map<String, Object>) parsed, json);
    }

    /** The experiment the server put into this page, or null on a page without one. */
    static String jsonOnPage() {
        return blockText();
    }

    /** The title to show: the writer's, or null when there is none. */
    String shownTitle() {
        return title == null || title.trim().isEmpty() ? null : title;
    }

    private static String text(Map<String, Object> m, String key) {
        Object v = m.get(key);
        return v instanceof String ? (String) v : null;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Map<String, Object> m, String key) {
        Object v = m.get(key);
        if (!(v instanceof Map)) throw new ConfigException(key, "must be an object");
        return (Map<String, Object>) v;
    }

    @JSBody(script = "const block = document.getElementById('experiment');"
            + "return block && block.type === 'application/json' ? block.textContent : null;")
    private static native String blockText();
}
