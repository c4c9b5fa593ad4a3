package playground.server.classes;

import static playground.server.http.JsonBodies.kind;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import playground.config.Config;
import playground.config.Limits;
import playground.core.Json;
import playground.server.experiments.ExperimentRequest;
import playground.server.http.JsonBodies;
import playground.server.refusal.Refusal;

/**
 * Reads and checks the body of {@code POST /api/classes/{id}/attempts}: {@code {nickname?, kind,
 * config, state, epoch, trainLoss, testLoss, goalParts}}. Configuration and state are checked by
 * the core as a saved experiment's are; every refusal names the field.
 */
final class AttemptRequest {
    static final List<String> KEYS = List.of("nickname", "kind", "config", "state", "epoch", "trainLoss", "testLoss",
            "goalParts");
    private static final List<String> PART_KEYS = List.of("part", "met");

    private AttemptRequest() {}

    static AttemptDraft parse(byte[] body) {
        Map<String, Object> map = JsonBodies.object(body, KEYS,
                "{nickname?, kind, config, state, epoch, trainLoss, testLoss, goalParts}");
        String nickname = nickname(map.get("nickname"));
        String kind = attemptKind(map.get("kind"));
        Config config = JsonBodies.config(map.get("config"), Limits.BROWSER);
        if (map.get("state") == null) throw Refusal.invalid("state", "required: the trained network's state");
        String state = ExperimentRequest.state(map.get("state"), config);
        int epoch = epoch(map.get("epoch"));
        double trainLoss = loss(map, "trainLoss");
        double testLoss = loss(map, "testLoss");
        List<Attempt.GoalPart> parts = goalParts(map.get("goalParts"));
        return new AttemptDraft(nickname, kind, config.toJson(), state, epoch, trainLoss, testLoss, parts);
    }

    /** Trimmed, at most 40 characters of text on one line; null when absent or empty. */
    static String nickname(Object value) {
        if (value == null) return null;
        if (!(value instanceof String)) throw Refusal.invalid("nickname", "must be a string, got " + kind(value));
        String name = ((String) value).strip();
        Names.requirePlain("nickname", name);
        if (name.isEmpty()) return null;
        int chars = name.codePointCount(0, name.length());
        if (chars > ClassLimits.MAX_NICKNAME_CHARS) {
            throw Refusal.invalid("nickname", "must be at most " + ClassLimits.MAX_NICKNAME_CHARS
                    + " characters, got " + chars);
        }
        return name;
    }

    private static String attemptKind(Object value) {
        if (value == null) throw Refusal.invalid("kind", "required: \"goal\" or \"handin\"");
        if (!(value instanceof String) || !Attempt.KINDS.contains(value)) {
            throw Refusal.invalid("kind", "must be \"goal\" or \"handin\", got "
                    + (value instanceof String ? Json.quote(shorten((String) value)) : kind(value)));
        }
        return (String) value;
    }

    private static int epoch(Object value) {
        if (value == null) throw Refusal.invalid("epoch", "required: the epochs trained");
        Double d = value instanceof Number ? ((Number) value).doubleValue() : null;
        if (d == null || d != Math.rint(d) || d < 0 || d > ClassLimits.MAX_EPOCH) {
            throw Refusal.invalid("epoch", "must be a whole number from 0 to " + ClassLimits.MAX_EPOCH + ", got "
                    + (d == null ? kind(value) : Json.write(d)));
        }
        return d.intValue();
    }

    private static double loss(Map<String, Object> map, String key) {
        Object value = map.get(key);
        if (value == null) throw Refusal.invalid(key, "required: a number (or \"NaN\", \"Infinity\")");
        Double d = Json.toDouble(value);
        if (d == null || (value instanceof Number && d.isInfinite())) {
            throw Refusal.invalid(key, "must be a number, or \"NaN\", \"Infinity\" or \"-Infinity\" for a loss"
                    + " that diverged; got " + (value instanceof String ? Json.quote(shorten((String) value)) : kind(value)));
        }
        return d;
    }

    @SuppressWarnings("unchecked")
    private static List<Attempt.GoalPart> goalParts(Object value) {
        if (value == null) throw Refusal.invalid("goalParts", "required: a list of {part, met} (may be empty)");
        if (!(value instanceof List)) throw Refusal.invalid("goalParts", "must be an array, got " + kind(value));
        List<Object> list = (List<Object>) value;
        if (list.size() > ClassLimits.MAX_GOAL_PARTS) {
            throw Refusal.invalid("goalParts", "must have at most " + ClassLimits.MAX_GOAL_PARTS + " entries, got "
                    + list.size());
        }
        List<Attempt.GoalPart> parts = new ArrayList<>();
        for (int i = 0; i < list.size(); i++) {
            String field = "goalParts[" + i + "]";
            if (!(list.get(i) instanceof Map)) throw Refusal.invalid(field, "must be an object {part, met}");
            Map<String, Object> entry = (Map<String, Object>) list.get(i);
            for (String key : entry.keySet()) {
                if (!PART_KEYS.contains(key)) throw Refusal.invalid(field + "." + key, "unknown key; known keys are part, met");
            }
            Object part = entry.get("part");
            if (!(part instanceof String) || ((String) part).isBlank()) {
                throw Refusal.invalid(field + ".part", "must be a non-empty string, got " + kind(part));
            }
            String name = ((String) part).strip();
            Names.requirePlain(field + ".part", name);
            int chars = name.codePointCount(0, name.length());
            if (chars > ClassLimits.MAX_PART_CHARS) {
                throw Refusal.invalid(field + ".part", "must be at most " + ClassLimits.MAX_PART_CHARS
                        + " characters, got " + chars);
            }
            Object met = entry.get("met");
            if (!(met instanceof Boolean)) throw Refusal.invalid(field + ".met", "must be true or false, got " + kind(met));
            parts.add(new Attempt.GoalPart(name, (Boolean) met));
        }
        return parts;
    }

    private static String shorten(String s) {
        return s.length() <= 40 ? s : s.substring(0, 40) + "…";
    }
}
