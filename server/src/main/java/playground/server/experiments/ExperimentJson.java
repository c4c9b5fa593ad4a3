package playground.server.experiments;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.util.RawValue;

/**
 * An experiment as the API answers it: {@code {id, url, title, notes, renderedNotes, config, state,
 * goal, parent, createdAt, updatedAt}}, absent parts as null. Configuration, state and goal are
 * written exactly as stored (the core's canonical JSON); the edit token is never part of it.
 */
public final class ExperimentJson {
    private static final ObjectMapper JSON = new ObjectMapper();

    private ExperimentJson() {}

    public static String of(Experiment e) {
        ObjectNode node = JSON.createObjectNode();
        node.put("id", e.id());
        node.put("url", e.url());
        node.put("title", e.title());
        node.put("notes", e.notes());
        node.put("renderedNotes", Notes.toHtml(e.notes()));
        node.putRawValue("config", new RawValue(e.configJson()));
        putRawOrNull(node, "state", e.stateJson());
        putRawOrNull(node, "goal", e.goalJson());
        node.put("parent", e.parent());
        node.put("createdAt", e.createdAt().toString());
        node.put("updatedAt", e.updatedAt().toString());
        try {
            return JSON.writeValueAsString(node);
        } catch (JsonProcessingException e2) {
            throw new IllegalStateException("a tree of strings always serialises", e2);
        }
    }

    private static void putRawOrNull(ObjectNode node, String key, String json) {
        if (json == null) {
            node.putNull(key);
        } else {
            node.putRawValue(key, new RawValue(json));
        }
    }

    /** {@code {id, url, editToken}}: the answer to a create. */
    public static String created(ExperimentStore.Created created) {
        ObjectNode node = JSON.createObjectNode();
        node.put("id", created.id());
        node.put("url", Experiment.pageUrl(created.id()));
        node.put("editToken", created.editToken());
        return node.toString();
    }
}
