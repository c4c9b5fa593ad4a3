package playground.server.runs;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import playground.config.Config;
import playground.config.ConfigException;
import playground.core.Json;
import playground.config.Schema;
import playground.config.ValueList;

/**
 * A sweep's grid: up to three settings, each with a list of values; every combination is a cell.
 * Settings are configuration keys, plus {@code depth} and {@code width}, which together (or with
 * the base configuration's shape) make {@code hiddenLayers}: depth 3, width 8 is [8, 8, 8].
 */
public final class Grid {
    public static final int MAX_SETTINGS = 3;
    public static final int MAX_CELLS = 1000;
    public static final String DEPTH = "depth";
    public static final String WIDTH = "width";

    /** Setting name → its values, in the order given. */
    private final LinkedHashMap<String, List<Object>> settings;

    private Grid(LinkedHashMap<String, List<Object>> settings) {
        this.settings = settings;
    }

    public static Grid empty() {
        return new Grid(new LinkedHashMap<>());
    }

    /**
     * Reads the command line's form {@code learningRate=0.003,0.03;hiddenLayers=[4],[8,8]}: settings
     * separated by ';', values by ',' outside brackets; a value that is not JSON is a word
     * ({@code activation=relu,tanh}).
     */
    public static Grid parse(String text) {
        LinkedHashMap<String, List<Object>> settings = new LinkedHashMap<>();
        for (String part : text.split(";")) {
            if (part.isBlank()) continue;
            int eq = part.indexOf('=');
            if (eq <= 0) throw new ConfigException("grid", "expected name=value,value… but got '" + part.trim() + "'");
            String name = part.substring(0, eq).trim();
            List<Object> values = new ArrayList<>();
            for (String item : ValueList.split(part.substring(eq + 1))) values.add(value(item.trim()));
            put(settings, name, values);
        }
        return validated(settings);
    }

    /** Reads the API's form {@code {"learningRate": [0.003, 0.03], "hiddenLayers": [[4], [8, 8]]}}. */
    @SuppressWarnings("unchecked")
    public static Grid fromMap(Map<String, ?> map) {
        LinkedHashMap<String, List<Object>> settings = new LinkedHashMap<>();
        for (Map.Entry<String, ?> e : map.entrySet()) {
            if (!(e.getValue() instanceof List)) throw new ConfigException("grid." + e.getKey(), "must be a list of values");
            put(settings, e.getKey(), new ArrayList<>((List<Object>) e.getValue()));
        }
        return validated(settings);
    }

    private static void put(LinkedHashMap<String, List<Object>> settings, String name, List<Object> values) {
        if (!Schema.KEYS.contains(name) && !name.equals(DEPTH) && !name.equals(WIDTH)) {
            throw new ConfigException("grid." + name, "is not a setting; use a configuration key, depth or width");
        }
        if (name.equals(Schema.SEED)) throw new ConfigException("grid.seed", "use --seeds (or \"seeds\") for several seeds");
        if (settings.containsKey(name)) throw new ConfigException("grid." + name, "is given twice");
        if (values.isEmpty()) throw new ConfigException("grid." + name, "needs at least one value");
        if (INTEGER_SETTINGS.contains(name)) values.replaceAll(Grid::wholeNumbersAsIntegers);
        settings.put(name, values);
    }

    /** Settings whose values are whole numbers (or lists of them): shown as 4, not 4.0. */
    private static final List<String> INTEGER_SETTINGS =
            List.of(Schema.HIDDEN_LAYERS, Schema.POINTS, Schema.CLASSES, Schema.BATCH_SIZE, Schema.INIT_SEED, DEPTH, WIDTH);

    /** JSON numbers arrive as doubles; a whole one becomes an Integer (others are left for validation). */
    private static Object wholeNumbersAsIntegers(Object value) {
        if (value instanceof Double) {
            double d = (Double) value;
            return d == Math.rint(d) && Math.abs(d) <= Integer.MAX_VALUE ? (Object) (int) d : value;
        }
        if (value instanceof List) {
            List<Object> list = new ArrayList<>((List<?>) value);
            list.replaceAll(Grid::wholeNumbersAsIntegers);
            return list;
        }
        return value;
    }

    private static Grid validated(LinkedHashMap<String, List<Object>> settings) {
        if (settings.size() > MAX_SETTINGS) {
            throw new ConfigException("grid", "at most " + MAX_SETTINGS + " settings, got " + settings.size());
        }
        if (settings.containsKey(Schema.HIDDEN_LAYERS) && (settings.containsKey(DEPTH) || settings.containsKey(WIDTH))) {
            throw new ConfigException("grid", "give hiddenLayers or depth/width, not both");
        }
        long cells = 1;
        for (List<Object> v : settings.values()) cells *= v.size();
        if (cells > MAX_CELLS) throw new ConfigException("grid", "at most " + MAX_CELLS + " cells, got " + cells);
        return new Grid(settings);
    }

    private static Object value(String item) {
        if (item.isEmpty()) throw new ConfigException("grid", "empty value");
        try {
            return Json.parse(item);
        } catch (RuntimeException notJson) {
            return item;
        }
    }

    public List<String> names() {
        return new ArrayList<>(settings.keySet());
    }

    public List<Object> values(String name) {
        return settings.get(name);
    }

    /** Every combination of values, first setting slowest; one empty cell for an empty grid. */
    public List<Map<String, Object>> cells() {
        List<Map<String, Object>> cells = new ArrayList<>();
        cells.add(new LinkedHashMap<>());
        for (Map.Entry<String, List<Object>> s : settings.entrySet()) {
            List<Map<String, Object>> next = new ArrayList<>();
            for (Map<String, Object> cell : cells) {
                for (Object v : s.getValue()) {
                    Map<String, Object> c = new LinkedHashMap<>(cell);
                    c.put(s.getKey(), v);
                    next.add(c);
                }
            }
            cells = next;
        }
        return cells;
    }

    /** The base configuration with one cell's settings applied, validated; errors name the cell. */
    public static Config apply(Config base, Map<String, Object> cell) {
        Map<String, Object> changes = new LinkedHashMap<>(cell);
        Object depth = changes.remove(DEPTH);
        Object width = changes.remove(WIDTH);
        if (depth != null || width != null) {
            int d = depth != null ? wholeNumber(depth, DEPTH) : base.hiddenLayers.length;
            int w = width != null ? wholeNumber(width, WIDTH)
                    : (base.hiddenLayers.length > 0 ? base.hiddenLayers[0] : 4);
            List<Object> layers = new ArrayList<>();
            for (int i = 0; i < d; i++) layers.add(w);
            changes.put(Schema.HIDDEN_LAYERS, layers);
        }
        try {
            return base.withMap(changes);
        } catch (ConfigException e) {
            throw new ConfigException("grid", Json.write(cell) + ": " + e.getMessage());
        }
    }

    private static int wholeNumber(Object v, String name) {
        if (v instanceof Number) {
            double d = ((Number) v).doubleValue();
            if (d == Math.floor(d) && d >= 0 && d <= 64) return (int) d;
        }
        throw new ConfigException("grid." + name, "must be a whole number from 0 to 64, got " + Json.write(v));
    }
}
