package playground.export;

import java.util.LinkedHashMap;
import java.util.Map;
import playground.config.ConfigException;
import playground.core.Json;
import playground.config.Limits;
import playground.train.Snapshot;
import playground.train.TrainingRun;

/**
 * The model file the page exports and imports (docs/page.md): configuration, weights and training
 * state, as {@code {"format":"nn-playground-model","version":1,"snapshot":{…}}} where the snapshot
 * is {@link Snapshot#of}. Reading it back and training on gives the same bits as never having
 * stopped.
 */
public final class ModelFile {
    public static final String FORMAT = "nn-playground-model";
    public static final int VERSION = 1;

    private ModelFile() {}

    /** The model as JSON; the same run always gives the same bytes on a runtime. */
    public static String write(TrainingRun run) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("format", FORMAT);
        m.put("version", VERSION);
        m.put("snapshot", Snapshot.of(run));
        return Json.write(m);
    }

    /**
     * The run a model file holds. Whatever is wrong is a {@link ConfigException}: key
     * {@code "model"} for text that is not a JSON object, {@code "model.format"},
     * {@code "model.version"}, {@code "model.snapshot"} or an unknown {@code "model.…"} key for the
     * envelope, and the snapshot's own keys ({@code "snapshot.weights"}, {@code "learningRate"},
     * …) for its content.
     */
    public static TrainingRun read(String json, Limits limits) {
        Object parsed;
        try {
            parsed = Json.parse(json);
        } catch (RuntimeException e) {
            throw new ConfigException("model", "is not valid JSON: " + e.getMessage());
        }
        if (!(parsed instanceof Map)) throw new ConfigException("model", "must be a JSON object");
        @SuppressWarnings("unchecked")
        Map<String, Object> m = (Map<String, Object>) parsed;
        Object format = m.get("format");
        if (format == null) {
            String hint = m.containsKey("weights") ? " (this looks like a bare snapshot)"
                    : m.containsKey("dataset") || m.containsKey("hiddenLayers") ? " (this looks like a configuration)" : "";
            throw new ConfigException("model.format", "is missing: not a model file" + hint
                    + "; a model file starts {\"format\":\"" + FORMAT + "\"");
        }
        if (!FORMAT.equals(format)) {
            throw new ConfigException("model.format", "must be \"" + FORMAT + "\", got " + Json.write(format));
        }
        for (String key : m.keySet()) {
            if (!key.equals("format") && !key.equals("version") && !key.equals("snapshot")) {
                throw new ConfigException("model." + key, "unknown key; a model file has format, version and snapshot");
            }
        }
        Object version = m.get("version");
        if (!(version instanceof Double) || (Double) version != VERSION) {
            String got = version == null ? "it is missing" : "got " + Json.write(version);
            String newer = version instanceof Double && (Double) version > VERSION ? " (a newer playground wrote this file)" : "";
            throw new ConfigException("model.version", "must be " + VERSION + ", " + got + newer);
        }
        Object snapshot = m.get("snapshot");
        if (!(snapshot instanceof Map)) throw new ConfigException("model.snapshot", "must be an object");
        @SuppressWarnings("unchecked")
        Map<String, Object> s = (Map<String, Object>) snapshot;
        return Snapshot.restore(s, limits);
    }
}
