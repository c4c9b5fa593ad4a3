package playground.server.experiments;

import static playground.server.http.JsonBodies.kind;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import playground.config.Config;
import playground.config.ConfigException;
import playground.config.Goal;
import playground.core.Json;
import playground.config.Limits;
import playground.server.http.JsonBodies;
import playground.server.refusal.Refusal;
import playground.train.Snapshot;
import playground.train.TrainingRun;

/**
 * Reads and checks the body of {@code POST /api/experiments} and {@code PUT
 * /api/experiments/{id}}: {@code {title?, notes?, config, state?, goal?, parent?}}. The core
 * validates the configuration, the state and the goal under the browser's limits (a saved
 * experiment opens in the page). Every refusal is an {@link Refusal} naming the field.
 */
public final class ExperimentRequest {
    public static final List<String> KEYS = List.of("title", "notes", "config", "state", "goal", "parent");

    private ExperimentRequest() {}

    /** Parses and validates a body into a draft. */
    public static ExperimentDraft parse(byte[] body) {
        Map<String, Object> map = JsonBodies.object(body, KEYS, "{title?, notes?, config, state?, goal?, parent?}");
        String title = text(map, "title", ExperimentLimits.MAX_TITLE_CHARS);
        String notes = text(map, "notes", ExperimentLimits.MAX_NOTES_CHARS);
        Config config = JsonBodies.config(map.get("config"), Limits.BROWSER);
        String state = state(map.get("state"), config);
        String goal = goal(map.get("goal"));
        String parent = parent(map.get("parent"));
        return new ExperimentDraft(title, notes, config.toJson(), state, goal, parent);
    }

    /** An optional text: null, or a string of at most {@code maxChars} code points of plain text. */
    private static String text(Map<String, Object> map, String key, int maxChars) {
        Object value = map.get(key);
        if (value == null) return null;
        if (!(value instanceof String)) throw Refusal.invalid(key, "must be a string, got " + kind(value));
        String s = (String) value;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                throw Refusal.invalid(key, "contains an unpaired UTF-16 surrogate at index " + i);
            } else if (c < 0x20 && c != '\t' && c != '\n' && c != '\r') {
                throw Refusal.invalid(key, "contains the control character U+"
                        + String.format("%04X", (int) c) + " at index " + i);
            }
        }
        int chars = s.codePointCount(0, s.length());
        if (chars > maxChars) {
            throw Refusal.tooLarge(key, "must be at most " + maxChars + " characters, got " + chars);
        }
        return s;
    }


    /**
     * A trained state as read from a body ({@code value}), checked by the core against its
     * configuration; its canonical JSON, or null when absent. Refusals name {@code state…}.
     */
    @SuppressWarnings("unchecked")
    public static String state(Object value, Config config) {
        if (value == null) return null;
        if (!(value instanceof Map)) throw Refusal.invalid("state", "must be an object, got " + kind(value));
        TrainingRun run;
        try {
            run = Snapshot.restore((Map<String, Object>) value, Limits.BROWSER);
        } catch (ConfigException e) {
            throw Refusal.invalid(stateField(e.key()), e.problem());
        }
        if (!run.config.toJson().equals(config.toJson())) {
            throw Refusal.invalid("state.config", "must equal the experiment's config");
        }
        String json = Snapshot.toJson(run);
        int bytes = json.getBytes(StandardCharsets.UTF_8).length;
        if (bytes > ExperimentLimits.MAX_STATE_BYTES) {
            throw Refusal.tooLarge("state", "must be at most " + ExperimentLimits.MAX_STATE_BYTES / (1024 * 1024)
                    + " MiB as stored, got " + bytes + " bytes (a long loss history?)");
        }
        return json;
    }

    /**
     * The core names snapshot errors {@code snapshot.weights}, and errors of the configuration
     * inside it by the configuration key alone; here both are parts of {@code state}.
     */
    private static String stateField(String key) {
        if (key.equals("snapshot")) return "state";
        if (key.startsWith("snapshot.")) return "state." + key.substring("snapshot.".length());
        return "state.config." + key;
    }

    @SuppressWarnings("unchecked")
    private static String goal(Object value) {
        if (value == null) return null;
        if (!(value instanceof Map)) throw Refusal.invalid("goal", "must be an object, got " + kind(value));
        try {
            return Json.write(Goal.fromMap((Map<String, Object>) value).toMap());
        } catch (ConfigException e) {
            throw Refusal.invalid(e.key(), e.problem());
        }
    }

    private static String parent(Object value) {
        if (value == null) return null;
        if (!(value instanceof String) || !Experiment.IDS.isWellFormed((String) value)) {
            throw Refusal.invalid("parent", "must be the id of a saved experiment ("
                    + Experiment.IDS.length() + " letters and digits), got " + kind(value));
        }
        return (String) value;
    }
}
