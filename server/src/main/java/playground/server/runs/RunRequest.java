package playground.server.runs;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import playground.config.Config;
import playground.config.ConfigException;
import playground.core.Json;
import playground.config.Limits;
import playground.server.http.JsonBodies;
import playground.server.refusal.Refusal;

/**
 * The body of {@code POST /api/runs}, read and checked: {@code {config, epochs, seeds?, grid?}}.
 * The core validates the configuration under the server's limits (up to 100 000 points, 16 layers
 * of 64) and each grid cell's configuration; every refusal is an {@link Refusal} naming the
 * field ({@code config.learningRate}, {@code grid.colour}, {@code seeds}, …).
 */
public final class RunRequest {
    public static final List<String> KEYS = List.of("config", "epochs", "seeds", "grid");

    /** What kind of run a request makes (the page shows each differently). */
    public enum Kind {
        /** One configuration, one seed: a long run. */
        SINGLE("single"),
        /** One configuration, several seeds: mean and spread of the loss curves. */
        SEEDS("seeds"),
        /** A grid of settings (each with one or more seeds): a table of final test losses. */
        SWEEP("sweep");

        public final String json;

        Kind(String json) {
            this.json = json;
        }
    }

    public final Config config;
    public final int epochs;
    public final int seeds;
    /** The grid as given (setting → values), empty without one. */
    public final Map<String, Object> gridMap;
    public final Sweep sweep;

    private RunRequest(Config config, int epochs, int seeds, Map<String, Object> gridMap, Sweep sweep) {
        this.config = config;
        this.epochs = epochs;
        this.seeds = seeds;
        this.gridMap = gridMap;
        this.sweep = sweep;
    }

    /** A request made in code (tests, tools): the same checks as a body. */
    @SuppressWarnings("unchecked")
    public static RunRequest of(Config config, int epochs, int seeds, Map<String, Object> grid) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("config", config.toMap());
        body.put("epochs", epochs);
        body.put("seeds", seeds);
        if (grid != null) body.put("grid", grid);
        return fromMap((Map<String, Object>) Json.parse(Json.write(body)));
    }

    /** Reads and validates a request body. */
    public static RunRequest parse(byte[] body) {
        return fromMap(JsonBodies.object(body, KEYS, "{config, epochs, seeds?, grid?}"));
    }

    private static RunRequest fromMap(Map<String, Object> map) {
        Config config = JsonBodies.config(map.get("config"), Limits.SERVER);
        int epochs = whole(map.get("epochs"), "epochs", 1, RunLimits.MAX_EPOCHS, true, 0);
        int seeds = whole(map.get("seeds"), "seeds", 1, RunLimits.MAX_SEEDS, false, 1);
        Map<String, Object> gridMap = gridMap(map.get("grid"));
        Grid grid = grid(gridMap);
        long trials = (long) grid.cells().size() * seeds;
        if (trials > RunLimits.MAX_TRIALS) {
            throw Refusal.tooLarge("grid", "a run has at most " + RunLimits.MAX_TRIALS
                    + " trials (grid cells × seeds), this one " + grid.cells().size() + " × " + seeds + " = " + trials);
        }
        if (trials * epochs > RunLimits.MAX_TOTAL_EPOCHS) {
            throw Refusal.tooLarge("epochs", "a run trains at most " + RunLimits.MAX_TOTAL_EPOCHS
                    + " epochs in all (trials × epochs), this one " + trials + " × " + epochs + " = " + trials * epochs);
        }
        Sweep sweep;
        try {
            sweep = new Sweep(config, grid, seeds, epochs);
        } catch (ConfigException e) {
            throw Refusal.invalid(e.key(), e.problem());
        }
        return new RunRequest(config, epochs, seeds, gridMap, sweep);
    }

    public Kind kind() {
        if (!gridMap.isEmpty()) return Kind.SWEEP;
        return seeds > 1 ? Kind.SEEDS : Kind.SINGLE;
    }

    public List<Trial> trials() {
        return sweep.trials;
    }

    /** The compute this run asks for: epochs × points × parameters, summed over its trials. */
    public double cost() {
        double sum = 0;
        for (Trial t : sweep.trials) sum += ComputeBudget.cost(t.config, t.epochs);
        return sum;
    }


    private static int whole(Object value, String key, int min, int max, boolean required, int absent) {
        if (value == null) {
            if (required) throw Refusal.invalid(key, "required: a whole number from " + min + " to " + max);
            return absent;
        }
        if (value instanceof Double) {
            double d = (Double) value;
            if (d == Math.floor(d) && d >= min && d <= max) return (int) d;
        }
        throw Refusal.invalid(key, "must be a whole number from " + min + " to " + max + ", got "
                + (value instanceof Double && !((Double) value).isInfinite() ? Json.write(value) : JsonBodies.kind(value)));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> gridMap(Object value) {
        if (value == null) return new LinkedHashMap<>();
        if (!(value instanceof Map)) {
            throw Refusal.invalid("grid", "must be an object {setting: [values…]}, got " + JsonBodies.kind(value));
        }
        return (Map<String, Object>) value;
    }

    private static Grid grid(Map<String, Object> gridMap) {
        try {
            return Grid.fromMap(gridMap);
        } catch (ConfigException e) {
            throw Refusal.invalid(e.key(), e.problem());
        }
    }
}
