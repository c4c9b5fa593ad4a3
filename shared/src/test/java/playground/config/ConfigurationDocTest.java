package playground.config;

import static org.junit.jupiter.api.Assertions.*;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import playground.core.Json;

/**
 * docs/configuration.md describes the schema for readers; {@link Schema} is where it lives. This
 * keeps the two from drifting: every key has its row, with its default and every allowed name.
 */
class ConfigurationDocTest {
    private static final Path DOC = Path.of("..", "docs", "configuration.md");

    private static String row(String doc, String key) {
        for (String line : doc.split("\n")) {
            if (line.startsWith("| `" + key + "` |")) return line;
        }
        return fail("docs/configuration.md has no row for the key " + key);
    }

    private static String lastCell(String row) {
        String[] cells = row.split("\\|");
        return cells[cells.length - 1];
    }

    /** A number as a reader writes it: 0, not 0.0. */
    private static String plain(Number n) {
        double d = n.doubleValue();
        return d == Math.rint(d) ? Long.toString((long) d) : Json.write(n);
    }

    @Test
    void everyKeyHasARowWithItsDefault() throws IOException {
        String doc = Files.readString(DOC);
        for (String key : Schema.KEYS) row(doc, key);
        for (Map.Entry<String, Object> e : Config.defaults().toMap().entrySet()) {
            Object value = e.getValue();
            String shown = value instanceof String ? "`" + value + "`"
                    : value instanceof List ? "`" + Json.write(value) + "`" : plain((Number) value);
            assertTrue(lastCell(row(doc, e.getKey())).contains(shown),
                    "the default of " + e.getKey() + " is " + shown + " in Schema");
        }
    }

    @Test
    void everyAllowedNameIsListed() throws IOException {
        String doc = Files.readString(DOC);
        Map<String, List<String>> names = Map.of(
                Schema.PROBLEM, Schema.PROBLEMS, Schema.DATASET, Schema.DATASETS,
                Schema.ACTIVATION, Schema.ACTIVATIONS, Schema.REGULARIZATION, Schema.REGULARIZATIONS,
                Schema.OPTIMIZER, Schema.OPTIMIZERS, Schema.LOSS, Schema.LOSSES, Schema.INIT, Schema.INITS);
        names.forEach((key, allowed) -> {
            String row = row(doc, key);
            for (String name : allowed) assertTrue(row.contains("`" + name + "`"), key + " allows " + name);
        });
        String features = row(doc, Schema.FEATURES);
        for (String feature : Schema.FEATURE_NAMES) assertTrue(features.contains(feature), "feature " + feature);
    }

    @Test
    void theLimitsTableMatchesLimits() throws IOException {
        String doc = Files.readString(DOC);
        String points = row(doc, Schema.POINTS);
        for (Limits limits : List.of(Limits.BROWSER, Limits.SERVER)) {
            assertTrue(points.contains(limits.minPoints + "–" + limits.maxPoints), limits + " points");
        }
        String layers = row(doc, Schema.HIDDEN_LAYERS);
        for (Limits limits : List.of(Limits.BROWSER, Limits.SERVER)) {
            assertTrue(layers.contains("0–" + limits.maxLayers + " layers of 1–" + limits.maxWidth),
                    limits + " layers");
        }
    }
}
