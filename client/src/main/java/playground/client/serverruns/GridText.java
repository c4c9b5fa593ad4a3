package playground.client.serverruns;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import playground.config.ConfigException;
import playground.core.Json;
import playground.config.Schema;
import playground.config.ValueList;
import playground.client.ui.TextParts;

/**
 * One row of a sweep's grid as a reader types it: a setting and its values separated by commas
 * ({@code 0.003, 0.03, 0.3}; {@code relu, tanh}; hidden layers as {@code [4], [8, 8]} or a bare
 * width {@code 4}), read into the JSON values {@code POST /api/runs} takes. Only the form is
 * checked here; the server checks every cell against the schema and says what is wrong.
 */
final class GridText {
    /** The settings the dialog offers, in its order: the sweep settings of docs/api.md first. */
    static final List<String> SETTINGS = Arrays.asList(
            Schema.LEARNING_RATE, "depth", "width", Schema.HIDDEN_LAYERS, Schema.ACTIVATION, Schema.BATCH_SIZE,
            Schema.REGULARIZATION_RATE, Schema.REGULARIZATION, Schema.OPTIMIZER, Schema.INIT, Schema.LOSS,
            Schema.NOISE, Schema.POINTS, Schema.TRAIN_PERCENT);

    private GridText() {}

    /** What kind of values a setting takes. */
    enum Kind { NUMBER, WHOLE, LAYERS, WORD }

    static Kind kind(String setting) {
        switch (setting) {
            case Schema.LEARNING_RATE:
            case Schema.REGULARIZATION_RATE:
            case Schema.NOISE:
            case Schema.TRAIN_PERCENT:
                return Kind.NUMBER;
            case "depth":
            case "width":
            case Schema.BATCH_SIZE:
            case Schema.POINTS:
                return Kind.WHOLE;
            case Schema.HIDDEN_LAYERS:
                return Kind.LAYERS;
            default:
                return Kind.WORD;
        }
    }

    /** An example of values for the input's placeholder. */
    static String example(String setting) {
        switch (setting) {
            case Schema.LEARNING_RATE: return "0.003, 0.03, 0.3";
            case Schema.REGULARIZATION_RATE: return "0, 0.001, 0.01";
            case Schema.NOISE: return "0, 10, 30";
            case Schema.TRAIN_PERCENT: return "30, 50, 70";
            case "depth": return "1, 2, 4";
            case "width": return "2, 4, 8";
            case Schema.BATCH_SIZE: return "1, 10, 30";
            case Schema.POINTS: return "200, 1000, 5000";
            case Schema.HIDDEN_LAYERS: return "[4], [8, 8], [8, 8, 8]";
            case Schema.ACTIVATION: return String.join(", ", Schema.ACTIVATIONS);
            case Schema.REGULARIZATION: return String.join(", ", Schema.REGULARIZATIONS);
            case Schema.OPTIMIZER: return String.join(", ", Schema.OPTIMIZERS);
            case Schema.INIT: return String.join(", ", Schema.INITS);
            case Schema.LOSS: return String.join(", ", Schema.LOSSES);
            default: return "";
        }
    }

    /** The values typed for {@code setting}; an error names the grid entry and the bad value. */
    static List<Object> values(String setting, String text) {
        List<Object> values = new ArrayList<>();
        for (String item : ValueList.split(text)) {
            String v = item.trim();
            if (v.isEmpty()) continue;
            values.add(value(setting, v));
        }
        if (values.isEmpty()) throw new ConfigException("grid." + setting, "needs at least one value");
        return values;
    }

    private static Object value(String setting, String v) {
        switch (kind(setting)) {
            case NUMBER:
            case WHOLE:
                double d = number(v);
                if (!(d == d)) throw new ConfigException("grid." + setting, "'" + v + "' is not a number");
                if (kind(setting) == Kind.WHOLE && d != Math.floor(d)) {
                    throw new ConfigException("grid." + setting, "'" + v + "' is not a whole number");
                }
                return d;
            case LAYERS:
                return layers(setting, v);
            default:
                if (!TextParts.lettersAndDigits(v, "_-")) {
                    throw new ConfigException("grid." + setting, "'" + v + "' is not a name (e.g. " + example(setting) + ")");
                }
                return v;
        }
    }

    /** {@code [8, 8]}, {@code []} or a bare {@code 4} (one layer of 4). */
    private static List<Object> layers(String setting, String v) {
        String inner = v.startsWith("[") && v.endsWith("]") ? v.substring(1, v.length() - 1) : v;
        List<Object> widths = new ArrayList<>();
        for (String part : TextParts.split(inner, ", \t\n\u000B\f\r")) {
            if (part.isEmpty()) continue;
            double d = number(part);
            if (!(d == d) || d != Math.floor(d)) {
                throw new ConfigException("grid." + setting, "'" + v + "' is not a list of layer widths like [8, 8]");
            }
            widths.add(d);
        }
        return widths;
    }

    /** A number in JSON's form (the reader's decimal comma is a separator here). */
    private static double number(String v) {
        try {
            Object parsed = Json.parse(v);
            return parsed instanceof Double ? (Double) parsed : Double.NaN;
        } catch (RuntimeException notJson) {
            return Double.NaN;
        }
    }

    /** A value as the table and the preview show it: {@code 0.03}, {@code relu}, {@code [8, 8]}. */
    static String show(Object value) {
        if (value instanceof List) {
            StringBuilder sb = new StringBuilder("[");
            for (Object item : (List<?>) value) {
                if (sb.length() > 1) sb.append(", ");
                sb.append(show(item));
            }
            return sb.append(']').toString();
        }
        if (value instanceof Double || value instanceof Integer || value instanceof Long) return Json.write(value);
        return String.valueOf(value);
    }
}
