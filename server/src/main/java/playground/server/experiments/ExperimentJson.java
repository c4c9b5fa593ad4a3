package playground.server.experiments;

import playground.core.Json;

/**
 * An experiment as the API answers it: {@code {id, url, title, notes, renderedNotes, config, state,
 * goal, parent, createdAt, updatedAt}}, absent parts as null. Configuration, state and goal are
 * written exactly as stored (the core's canonical JSON); the edit token is never part of it.
 */
public final class ExperimentJson {
    private ExperimentJson() {}

    public static String of(Experiment e) {
        StringBuilder json = new StringBuilder(256 + e.configJson().length()
                + (e.stateJson() == null ? 0 : e.stateJson().length()));
        json.append('{');
        text(json, "id", e.id()).append(',');
        text(json, "url", e.url()).append(',');
        text(json, "title", e.title()).append(',');
        text(json, "notes", e.notes()).append(',');
        text(json, "renderedNotes", Notes.toHtml(e.notes())).append(',');
        stored(json, "config", e.configJson()).append(',');
        stored(json, "state", e.stateJson()).append(',');
        stored(json, "goal", e.goalJson()).append(',');
        text(json, "parent", e.parent()).append(',');
        text(json, "createdAt", e.createdAt().toString()).append(',');
        text(json, "updatedAt", e.updatedAt().toString());
        return json.append('}').toString();
    }

    /** {@code {id, url, editToken}}: the answer to a create. */
    public static String created(ExperimentStore.Created created) {
        StringBuilder json = new StringBuilder("{");
        text(json, "id", created.id()).append(',');
        text(json, "url", Experiment.pageUrl(created.id())).append(',');
        text(json, "editToken", created.editToken());
        return json.append('}').toString();
    }

    /** A string or null. */
    private static StringBuilder text(StringBuilder json, String key, String value) {
        Json.quote(json, key);
        json.append(':');
        Json.write(json, value);
        return json;
    }

    /** JSON the core wrote when it was stored, as it is; or null. */
    private static StringBuilder stored(StringBuilder json, String key, String storedJson) {
        Json.quote(json, key);
        json.append(':').append(storedJson == null ? "null" : storedJson);
        return json;
    }
}
