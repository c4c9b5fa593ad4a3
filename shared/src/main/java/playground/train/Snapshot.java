package playground.train;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import playground.config.Config;
import playground.config.ConfigException;
import playground.core.Json;
import playground.config.Limits;
import playground.nn.Network;
import playground.nn.Trainer;

/**
 * The whole state of a training run as a JSON-ready map: configuration, weights, biases, dead
 * links, optimizer state, the batch-order generator's state, epoch and loss history. The data is
 * not stored: the configuration and seed regenerate it exactly. Restoring and training on gives
 * the same bits as never having stopped, also after training diverged: NaN and the infinities are
 * written as the strings "NaN", "Infinity" and "-Infinity" (see {@link Json}) and read back.
 */
public final class Snapshot {
    public static final int VERSION = 1;

    private Snapshot() {}

    public static Map<String, Object> of(TrainingRun run) {
        Network net = run.network;
        Trainer t = run.trainer;
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("version", VERSION);
        m.put("config", run.config.toMap());
        m.put("epoch", run.epoch());
        m.put("weights", net.weights.clone());
        m.put("biases", net.biases.clone());
        List<Object> dead = new ArrayList<>();
        for (int i = 0; i < net.dead.length; i++) if (net.dead[i]) dead.add(i);
        m.put("deadLinks", dead);
        Map<String, Object> opt = new LinkedHashMap<>();
        opt.put("moment1W", t.moment1W().clone());
        opt.put("moment1B", t.moment1B().clone());
        opt.put("moment2W", t.moment2W().clone());
        opt.put("moment2B", t.moment2B().clone());
        opt.put("beta1Power", t.beta1Power());
        opt.put("beta2Power", t.beta2Power());
        m.put("optimizer", opt);
        m.put("orderRandom", run.orderRng.state());
        Map<String, Object> history = new LinkedHashMap<>();
        history.put("trainLoss", run.history().trainLosses());
        history.put("testLoss", run.history().testLosses());
        m.put("history", history);
        return m;
    }

    public static String toJson(TrainingRun run) {
        return Json.write(of(run));
    }

    public static TrainingRun fromJson(String json, Limits limits) {
        Object parsed;
        try {
            parsed = Json.parse(json);
        } catch (RuntimeException e) {
            throw new ConfigException("snapshot", "is not valid JSON: " + e.getMessage());
        }
        return restore(asMap(parsed, "snapshot"), limits);
    }

    /** Rebuilds a run from {@link #of}'s map; every array is checked against the network's shape. */
    public static TrainingRun restore(Map<String, Object> m, Limits limits) {
        Object version = m.get("version");
        if (!(version instanceof Number) || ((Number) version).intValue() != VERSION) {
            throw new ConfigException("snapshot.version", "must be " + VERSION);
        }
        Config config = Config.fromMap(asMap(m.get("config"), "snapshot.config"), limits);
        TrainingRun run = new TrainingRun(config);
        Network net = run.network;
        Trainer t = run.trainer;
        int epoch = integer(m.get("epoch"), "snapshot.epoch");
        if (epoch < 0) throw new ConfigException("snapshot.epoch", "must not be negative");
        copy(m.get("weights"), net.weights, "snapshot.weights");
        copy(m.get("biases"), net.biases, "snapshot.biases");
        List<Object> dead = asList(m.get("deadLinks"), "snapshot.deadLinks");
        for (Object o : dead) {
            int i = integer(o, "snapshot.deadLinks");
            if (i < 0 || i >= net.dead.length) throw new ConfigException("snapshot.deadLinks", "has no link " + i);
            net.dead[i] = true;
        }
        Map<String, Object> opt = asMap(m.get("optimizer"), "snapshot.optimizer");
        copy(opt.get("moment1W"), t.moment1W(), "snapshot.optimizer.moment1W");
        copy(opt.get("moment1B"), t.moment1B(), "snapshot.optimizer.moment1B");
        copy(opt.get("moment2W"), t.moment2W(), "snapshot.optimizer.moment2W");
        copy(opt.get("moment2B"), t.moment2B(), "snapshot.optimizer.moment2B");
        t.setBetaPowers(number(opt.get("beta1Power"), "snapshot.optimizer.beta1Power"),
                number(opt.get("beta2Power"), "snapshot.optimizer.beta2Power"));
        List<Object> rng = asList(m.get("orderRandom"), "snapshot.orderRandom");
        if (rng.size() != 4) throw new ConfigException("snapshot.orderRandom", "must hold 4 integers");
        int[] state = new int[4];
        for (int i = 0; i < 4; i++) state[i] = integer(rng.get(i), "snapshot.orderRandom");
        Map<String, Object> history = asMap(m.get("history"), "snapshot.history");
        List<Object> train = asList(history.get("trainLoss"), "snapshot.history.trainLoss");
        List<Object> test = asList(history.get("testLoss"), "snapshot.history.testLoss");
        if (train.size() != epoch + 1 || test.size() != epoch + 1) {
            throw new ConfigException("snapshot.history", "must hold epoch + 1 = " + (epoch + 1) + " losses each");
        }
        double[] trainLosses = new double[train.size()];
        double[] testLosses = new double[test.size()];
        for (int i = 0; i < trainLosses.length; i++) {
            trainLosses[i] = lossValue(train.get(i), "snapshot.history.trainLoss");
            testLosses[i] = lossValue(test.get(i), "snapshot.history.testLoss");
        }
        run.restore(epoch, trainLosses, testLosses, state);
        return run;
    }

    /** A loss is a number or a word for a value that is not finite; null (older snapshots) is NaN. */
    private static double lossValue(Object o, String key) {
        if (o == Json.NULL) return Double.NaN;
        return number(o, key);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> asMap(Object o, String key) {
        if (!(o instanceof Map)) throw new ConfigException(key, "must be an object");
        return (Map<String, Object>) o;
    }

    @SuppressWarnings("unchecked")
    private static List<Object> asList(Object o, String key) {
        if (o instanceof List) return (List<Object>) o;
        if (o instanceof double[]) {
            List<Object> l = new ArrayList<>();
            for (double d : (double[]) o) l.add(d);
            return l;
        }
        if (o instanceof int[]) {
            List<Object> l = new ArrayList<>();
            for (int d : (int[]) o) l.add(d);
            return l;
        }
        throw new ConfigException(key, "must be an array");
    }

    /** A number, or "NaN", "Infinity" or "-Infinity" for the values JSON has no number for. */
    private static double number(Object o, String key) {
        Double d = Json.toDouble(o);
        if (d == null) {
            throw new ConfigException(key, "must be a number (or \"NaN\", \"Infinity\", \"-Infinity\"), got "
                    + describe(o));
        }
        return d;
    }

    private static String describe(Object o) {
        if (o instanceof String) return Json.quote((String) o);
        if (o instanceof Map) return "an object";
        if (o instanceof List) return "a list";
        return o == null ? "nothing" : String.valueOf(o);
    }

    private static int integer(Object o, String key) {
        double d = number(o, key);
        if (d != Math.floor(d) || d < Integer.MIN_VALUE || d > Integer.MAX_VALUE) {
            throw new ConfigException(key, "must be an integer");
        }
        return (int) d;
    }

    private static void copy(Object o, double[] target, String key) {
        List<Object> values = asList(o, key);
        if (values.size() != target.length) {
            throw new ConfigException(key, "must hold " + target.length + " numbers for this network, got " + values.size());
        }
        for (int i = 0; i < target.length; i++) target[i] = number(values.get(i), key);
    }
}
