package playground.server.classes;

import static playground.server.http.JsonBodies.kind;

import java.util.List;
import java.util.Map;
import playground.server.experiments.Experiment;
import playground.server.http.JsonBodies;
import playground.server.refusal.Refusal;

/** Reads and checks the body of {@code POST /api/classes}: {@code {experimentId, title?}}. */
final class ClassRequest {
    static final List<String> KEYS = List.of("experimentId", "title");

    /** @param title trimmed; null when not given or empty */
    record Draft(String experimentId, String title) {}

    private ClassRequest() {}

    static Draft parse(byte[] body) {
        Map<String, Object> map = JsonBodies.object(body, KEYS, "{experimentId, title?}");
        Object id = map.get("experimentId");
        if (!(id instanceof String) || !Experiment.IDS.isWellFormed((String) id)) {
            throw Refusal.invalid("experimentId", "must be the id of a saved challenge (" + Experiment.IDS.length()
                    + " letters and digits), got " + kind(id));
        }
        return new Draft((String) id, title(map.get("title")));
    }

    private static String title(Object value) {
        if (value == null) return null;
        if (!(value instanceof String)) throw Refusal.invalid("title", "must be a string, got " + kind(value));
        String title = ((String) value).strip();
        Names.requirePlain("title", title);
        int chars = title.codePointCount(0, title.length());
        if (chars > ClassLimits.MAX_TITLE_CHARS) {
            throw Refusal.tooLarge("title", "must be at most " + ClassLimits.MAX_TITLE_CHARS + " characters, got " + chars);
        }
        return title.isEmpty() ? null : title;
    }
}
