package playground.server.experiments;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import playground.config.Config;
import playground.config.ConfigException;
import playground.config.Goal;
import playground.config.Json;
import playground.config.Limits;
import playground.server.http.ApiException;
import playground.server.http.RequestBodies;
import playground.train.Snapshot;
import playground.train.TrainingRun;

/**
 * Reads and checks the body of {@code POST /api/experiments} and {@code PUT
 * /api/experiments/{id}}: {@code {title?, notes?, config, state?, goal?, parent?}}. The core
 * validates the configuration, the state and the goal under the browser's limits (a saved
 * experiment opens in the page). Every refusal is an {@link ApiException} naming the field.
 */
public final class ExperimentRequest {
    public static final List<String> KEYS = List.of("title", "notes", "config", "state", "goal", "parent");

    private static final ObjectMapper JSON = JsonMapper.builder(JsonFactory.builder()
                    .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                    .streamReadConstraints(StreamReadConstraints.builder()
                            .maxNestingDepth(ExperimentLimits.MAX_JSON_DEPTH)
                            .build())
                    .build())
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();

    private ExperimentRequest() {}

    /**
     * Reads at most {@link ExperimentLimits#MAX_BODY_BYTES} from the stream.
     *
     * @param declaredLength the Content-Length, or a negative number when not declared
     */
    public static byte[] readBody(InputStream in, long declaredLength) throws IOException {
        return RequestBodies.read(in, declaredLength, ExperimentLimits.MAX_BODY_BYTES);
    }

    /** Parses and validates a body into a draft. */
    public static ExperimentDraft parse(byte[] body) {
        Map<String, Object> map = object(body);
        for (String key : map.keySet()) {
            if (!KEYS.contains(key)) {
                throw ApiException.badInput(key, "unknown key; known keys are " + String.join(", ", KEYS));
            }
        }
        String title = text(map, "title", ExperimentLimits.MAX_TITLE_CHARS);
        String notes = text(map, "notes", ExperimentLimits.MAX_NOTES_CHARS);
        Config config = config(map.get("config"));
        String state = state(map.get("state"), config);
        String goal = goal(map.get("goal"));
        String parent = parent(map.get("parent"));
        return new ExperimentDraft(title, notes, config.toJson(), state, goal, parent);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> object(byte[] body) {
        Object parsed;
        try {
            parsed = JSON.readValue(body, Object.class);
        } catch (JsonProcessingException e) {
            throw ApiException.badInput("body", "not valid JSON: " + describe(e));
        } catch (IOException e) {
            throw ApiException.badInput("body", "not readable: " + e.getMessage());
        }
        if (!(parsed instanceof Map)) {
            throw ApiException.badInput("body", "must be a JSON object {title?, notes?, config, state?, goal?, parent?}, got "
                    + kind(parsed));
        }
        return (Map<String, Object>) parsed;
    }

    private static String describe(JsonProcessingException e) {
        String message = e.getOriginalMessage();
        int newline = message.indexOf('\n');
        if (newline >= 0) message = message.substring(0, newline);
        JsonLocation at = e.getLocation();
        if (at != null && at.getLineNr() > 0) {
            message += " (line " + at.getLineNr() + ", column " + at.getColumnNr() + ")";
        }
        return message;
    }

    /** What a JSON value is, for messages. */
    static String kind(Object value) {
        if (value == null) return "null";
        if (value instanceof String) return "a string";
        if (value instanceof Number) return "a number";
        if (value instanceof Boolean) return "a boolean";
        if (value instanceof Map) return "an object";
        if (value instanceof List) return "an array";
        return value.getClass().getSimpleName();
    }

    /** An optional text: null, or a string of at most {@code maxChars} code points of plain text. */
    private static String text(Map<String, Object> map, String key, int maxChars) {
        Object value = map.get(key);
        if (value == null) return null;
        if (!(value instanceof String)) throw ApiException.badInput(key, "must be a string, got " + kind(value));
        String s = (String) value;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                throw ApiException.badInput(key, "contains an unpaired UTF-16 surrogate at index " + i);
            } else if (c < 0x20 && c != '\t' && c != '\n' && c != '\r') {
                throw ApiException.badInput(key, "contains the control character U+"
                        + String.format("%04X", (int) c) + " at index " + i);
            }
        }
        int chars = s.codePointCount(0, s.length());
        if (chars > maxChars) {
            throw ApiException.tooLarge(key, "must be at most " + maxChars + " characters, got " + chars);
        }
        return s;
    }

    @SuppressWarnings("unchecked")
    private static Config config(Object value) {
        if (value == null) {
            throw ApiException.badInput("config", "required: the configuration object (SPEC, \"The configuration\")");
        }
        if (!(value instanceof Map)) throw ApiException.badInput("config", "must be an object, got " + kind(value));
        try {
            return Config.fromMap((Map<String, Object>) value, Limits.BROWSER);
        } catch (ConfigException e) {
            throw ApiException.badInput("config." + e.key(), e.problem());
        }
    }

    @SuppressWarnings("unchecked")
    private static String state(Object value, Config config) {
        if (value == null) return null;
        if (!(value instanceof Map)) throw ApiException.badInput("state", "must be an object, got " + kind(value));
        TrainingRun run;
        try {
            run = Snapshot.restore((Map<String, Object>) value, Limits.BROWSER);
        } catch (ConfigException e) {
            throw ApiException.badInput(stateField(e.key()), e.problem());
        }
        if (!run.config.toJson().equals(config.toJson())) {
            throw ApiException.badInput("state.config", "must equal the experiment's config");
        }
        String json = Snapshot.toJson(run);
        int bytes = json.getBytes(StandardCharsets.UTF_8).length;
        if (bytes > ExperimentLimits.MAX_STATE_BYTES) {
            throw ApiException.tooLarge("state", "must be at most " + ExperimentLimits.MAX_STATE_BYTES / (1024 * 1024)
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
        if (!(value instanceof Map)) throw ApiException.badInput("goal", "must be an object, got " + kind(value));
        try {
            return Json.write(Goal.fromMap((Map<String, Object>) value).toMap());
        } catch (ConfigException e) {
            throw ApiException.badInput(e.key(), e.problem());
        }
    }

    private static String parent(Object value) {
        if (value == null) return null;
        if (!(value instanceof String) || !Experiment.IDS.isWellFormed((String) value)) {
            throw ApiException.badInput("parent", "must be the id of a saved experiment ("
                    + Experiment.IDS.length() + " letters and digits), got " + kind(value));
        }
        return (String) value;
    }
}
