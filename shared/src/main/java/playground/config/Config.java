package playground.config;

import static playground.config.Schema.*;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import playground.core.Json;
import playground.core.JsonException;

/**
 * One experiment's configuration: exactly the keys of the configuration schema ({@link Schema#KEYS}),
 * validated, immutable. The URL hash, the HTTP API, saved experiments and the command line all
 * carry it as the same JSON object ({@link #toJson}, {@link #fromJson}).
 *
 * <p>The array fields are public for fast reading by the core and <b>must not be modified</b>;
 * the accessors {@link #features()}, {@link #hiddenLayers()} and {@link #customPoints()} return
 * copies for callers that want to change them.
 */
public final class Config {
    public final String problem;
    public final String dataset;
    /** Examples generated (ignored by the {@code custom} data set, whose points are given). */
    public final int points;
    /** 2 (labels ±1, tanh output) or 3 to 5 (softmax output). Always 2 for regression. */
    public final int classes;
    /** Flat triples x1, x2, label; empty unless {@link #dataset} is {@code custom}. Do not modify. */
    public final double[] customPoints;
    public final double noise;
    public final int trainPercent;
    /** Fixes the data and the split; also the initial weights and batch order when {@link #initSeed} is absent. */
    public final int seed;
    /**
     * Optional ({@code null} when absent): fixes the initial weights and the batch order, so that
     * new weights can be drawn on the same data. Written only when present.
     */
    public final Integer initSeed;
    /** Feature names in canonical order ({@link Schema#FEATURE_NAMES}). Do not modify. */
    public final String[] features;
    /** Width of each hidden layer, input side first. Do not modify. */
    public final int[] hiddenLayers;
    public final String activation;
    public final double learningRate;
    public final int batchSize;
    public final String regularization;
    public final double regularizationRate;
    public final String optimizer;
    public final String loss;
    public final String init;

    /** The limits this config was checked against; {@link #with} checks copies against them too. */
    private final Limits limits;

    private static final Config DEFAULTS = fromMap(Collections.<String, Object>emptyMap(), Limits.BROWSER);

    /** TensorFlow Playground's defaults (valid under both limits). */
    public static Config defaults() {
        return DEFAULTS;
    }

    // ---------------------------------------------------------------- reading

    /**
     * Reads and validates a configuration map, as {@link Json#parse} gives it (numbers may be any
     * {@code Number}; lists may also be Java arrays). Missing keys take their defaults; an unknown
     * key or a value breaking a rule is a {@link ConfigException} naming the key.
     */
    public static Config fromMap(Map<String, ?> map, Limits limits) {
        return new Reader(map, limits).read();
    }

    /** Reads a configuration from JSON text; malformed JSON is a ConfigException with key "config". */
    public static Config fromJson(String json, Limits limits) {
        Object parsed;
        try {
            parsed = Json.parse(json);
        } catch (JsonException e) {
            throw new ConfigException("config", "not valid JSON: " + e.getMessage());
        }
        return fromMap(Values.map("config", parsed), limits);
    }

    /** Reads the keys in schema order, so that the first error reported is the first key's. */
    private static final class Reader {
        final Map<String, ?> map;
        final Limits limits;

        Reader(Map<String, ?> map, Limits limits) {
            this.map = map;
            this.limits = limits;
        }

        Object get(String key, Object fallback) {
            return map.containsKey(key) ? map.get(key) : fallback;
        }

        Config read() {
            for (Object key : map.keySet()) {
                if (!KEYS.contains(key)) {
                    throw new ConfigException(String.valueOf(key), "unknown key; known keys are " + join(KEYS));
                }
            }
            String problem = Values.name(PROBLEM, get(PROBLEM, DEFAULT_PROBLEM), PROBLEMS);
            boolean regression = REGRESSION.equals(problem);
            String dataset = dataset(problem);
            int points = Values.integer(POINTS, get(POINTS, defaultPoints(problem)), limits.minPoints, limits.maxPoints);
            int classes = classes(regression, dataset);
            double[] customPoints = customPoints(dataset, regression, classes);
            double noise = Values.number(NOISE, get(NOISE, DEFAULT_NOISE), 0, false, MAX_NOISE);
            int trainPercent = Values.integer(TRAIN_PERCENT, get(TRAIN_PERCENT, DEFAULT_TRAIN_PERCENT),
                    MIN_TRAIN_PERCENT, MAX_TRAIN_PERCENT);
            int seed = Values.integer(SEED, get(SEED, DEFAULT_SEED), MIN_SEED, MAX_SEED);
            Object initSeedValue = get(INIT_SEED, null);
            Integer initSeed = initSeedValue == null || initSeedValue == Json.NULL ? null
                    : Values.integer(INIT_SEED, initSeedValue, MIN_SEED, MAX_SEED);
            String[] features = features();
            int[] hiddenLayers = hiddenLayers();
            String activation = Values.name(ACTIVATION, get(ACTIVATION, DEFAULT_ACTIVATION), ACTIVATIONS);
            double learningRate = Values.number(LEARNING_RATE, get(LEARNING_RATE, DEFAULT_LEARNING_RATE),
                    0, true, MAX_LEARNING_RATE);
            int batchSize = Values.integer(BATCH_SIZE, get(BATCH_SIZE, DEFAULT_BATCH_SIZE), MIN_BATCH_SIZE, MAX_BATCH_SIZE);
            String regularization = Values.name(REGULARIZATION, get(REGULARIZATION, DEFAULT_REGULARIZATION),
                    REGULARIZATIONS);
            double regularizationRate = Values.number(REGULARIZATION_RATE,
                    get(REGULARIZATION_RATE, DEFAULT_REGULARIZATION_RATE), 0, false, MAX_REGULARIZATION_RATE);
            String optimizer = Values.name(OPTIMIZER, get(OPTIMIZER, DEFAULT_OPTIMIZER), OPTIMIZERS);
            String loss = Values.name(LOSS, get(LOSS, DEFAULT_LOSS), LOSSES);
            if (regression && CROSSENTROPY.equals(loss)) {
                throw new ConfigException(LOSS, "crossentropy is for classification only; use mse for regression");
            }
            String init = Values.name(INIT, get(INIT, DEFAULT_INIT), INITS);
            return new Config(problem, dataset, points, classes, customPoints, noise, trainPercent, seed,
                    initSeed, features, hiddenLayers, activation, learningRate, batchSize, regularization,
                    regularizationRate, optimizer, loss, init, limits);
        }

        String dataset(String problem) {
            String dataset = Values.name(DATASET, get(DATASET, defaultDataset(problem)), DATASETS);
            List<String> fitting = datasetsFor(problem);
            if (!fitting.contains(dataset)) {
                throw new ConfigException(DATASET, Json.quote(dataset) + " is not a " + problem
                        + " data set; for " + problem + " use one of " + join(fitting));
            }
            return dataset;
        }

        int classes(boolean regression, String dataset) {
            int classes = Values.integer(CLASSES, get(CLASSES, DEFAULT_CLASSES), MIN_CLASSES, MAX_CLASSES);
            if (classes != 2 && regression) {
                throw new ConfigException(CLASSES, "must be 2 for regression, got " + classes);
            }
            if (classes != 2 && !MULTICLASS_DATASETS.contains(dataset)) {
                throw new ConfigException(CLASSES, classes + " classes need dataset "
                        + join(MULTICLASS_DATASETS) + ", got " + Json.quote(dataset));
            }
            return classes;
        }

        /** Custom points: nested triples [[x1, x2, label], …] (or, from Java, a flat double[]). */
        double[] customPoints(String dataset, boolean regression, int classes) {
            boolean custom = CUSTOM.equals(dataset);
            if (!map.containsKey(CUSTOM_POINTS)) {
                if (custom) throw new ConfigException(CUSTOM_POINTS, "required with dataset custom");
                return new double[0];
            }
            if (!custom) {
                throw new ConfigException(CUSTOM_POINTS, "only allowed with dataset custom, got dataset "
                        + Json.quote(dataset));
            }
            Object value = map.get(CUSTOM_POINTS);
            List<?> items = value instanceof double[] ? triples((double[]) value)
                    : Values.list(CUSTOM_POINTS, value);
            if (items.size() < MIN_CUSTOM_POINTS || items.size() > limits.maxPoints) {
                throw new ConfigException(CUSTOM_POINTS, "must hold from " + MIN_CUSTOM_POINTS + " to "
                        + limits.maxPoints + " points, got " + items.size());
            }
            double[] flat = new double[items.size() * 3];
            for (int i = 0; i < items.size(); i++) {
                String key = CUSTOM_POINTS + "[" + i + "]";
                Object item = items.get(i);
                List<?> triple = item instanceof List || item instanceof Object[] || item instanceof double[]
                        ? Values.list(key, item) : null;
                if (triple == null || triple.size() != 3) {
                    throw new ConfigException(key, "must be [x1, x2, label], got " + Values.describe(item));
                }
                flat[3 * i] = coordinate(key, "x1", triple.get(0));
                flat[3 * i + 1] = coordinate(key, "x2", triple.get(1));
                flat[3 * i + 2] = label(key, triple.get(2), regression, classes);
            }
            return flat;
        }

        List<Object> triples(double[] flat) {
            if (flat.length % 3 != 0) {
                throw new ConfigException(CUSTOM_POINTS, "must hold x1, x2, label triples, got "
                        + flat.length + " numbers");
            }
            ArrayList<Object> list = new ArrayList<>();
            for (int i = 0; i < flat.length; i += 3) list.add(Arrays.copyOfRange(flat, i, i + 3));
            return list;
        }

        double coordinate(String key, String name, Object value) {
            if (!(value instanceof Number)) {
                throw new ConfigException(key, name + " must be a number, got " + Values.describe(value));
            }
            double d = ((Number) value).doubleValue();
            if (!(d >= -COORDINATE_LIMIT && d <= COORDINATE_LIMIT)) {
                throw new ConfigException(key, name + " must be in [-6, 6], got " + Values.describe(value));
            }
            return d + 0.0;
        }

        double label(String key, Object value, boolean regression, int classes) {
            if (!(value instanceof Number)) {
                throw new ConfigException(key, "label must be a number, got " + Values.describe(value));
            }
            double d = ((Number) value).doubleValue();
            if (regression) {
                if (Double.isNaN(d) || Double.isInfinite(d)) {
                    throw new ConfigException(key, "label must be a finite number, got " + Values.describe(value));
                }
                return d + 0.0;
            }
            if (classes == 2) {
                if (d != 1 && d != -1) {
                    throw new ConfigException(key, "label must be 1 or -1, got " + Values.describe(value));
                }
                return d;
            }
            if (!Values.isIntegral(d) || d < 0 || d > classes - 1) {
                throw new ConfigException(key, "label must be an integer from 0 to " + (classes - 1)
                        + " for " + classes + " classes, got " + Values.describe(value));
            }
            return d + 0.0;
        }

        String[] features() {
            List<?> given = Values.list(FEATURES, get(FEATURES, DEFAULT_FEATURES));
            boolean[] chosen = new boolean[FEATURE_NAMES.size()];
            for (Object name : given) {
                int index = name instanceof String ? FEATURE_NAMES.indexOf(name) : -1;
                if (index < 0) {
                    throw new ConfigException(FEATURES, "must be names from " + join(FEATURE_NAMES)
                            + ", got " + Values.describe(name));
                }
                if (chosen[index]) throw new ConfigException(FEATURES, Json.quote((String) name) + " appears twice");
                chosen[index] = true;
            }
            if (given.isEmpty()) {
                throw new ConfigException(FEATURES, "must not be empty; choose from " + join(FEATURE_NAMES));
            }
            String[] features = new String[given.size()];
            int n = 0;
            for (int i = 0; i < chosen.length; i++) {
                if (chosen[i]) features[n++] = FEATURE_NAMES.get(i);
            }
            return features;
        }

        int[] hiddenLayers() {
            List<?> given = Values.list(HIDDEN_LAYERS, get(HIDDEN_LAYERS, DEFAULT_HIDDEN_LAYERS));
            if (given.size() > limits.maxLayers) {
                throw new ConfigException(HIDDEN_LAYERS, "must have at most " + limits.maxLayers
                        + " layers, got " + given.size());
            }
            int[] widths = new int[given.size()];
            for (int i = 0; i < widths.length; i++) {
                widths[i] = Values.integer(HIDDEN_LAYERS + "[" + i + "]", given.get(i), 1, limits.maxWidth);
            }
            return widths;
        }
    }

    private Config(String problem, String dataset, int points, int classes, double[] customPoints,
            double noise, int trainPercent, int seed, Integer initSeed, String[] features, int[] hiddenLayers,
            String activation, double learningRate, int batchSize, String regularization,
            double regularizationRate, String optimizer, String loss, String init, Limits limits) {
        this.problem = problem;
        this.dataset = dataset;
        this.points = points;
        this.classes = classes;
        this.customPoints = customPoints;
        this.noise = noise;
        this.trainPercent = trainPercent;
        this.seed = seed;
        this.initSeed = initSeed;
        this.features = features;
        this.hiddenLayers = hiddenLayers;
        this.activation = activation;
        this.learningRate = learningRate;
        this.batchSize = batchSize;
        this.regularization = regularization;
        this.regularizationRate = regularizationRate;
        this.optimizer = optimizer;
        this.loss = loss;
        this.init = init;
        this.limits = limits;
    }

    // ---------------------------------------------------------------- writing

    /**
     * Every key in schema order ({@code customPoints} only with the custom data set, as nested
     * triples); integers as {@code Integer}, other numbers as {@code Double}, lists as
     * {@code List}. A fresh, modifiable map.
     */
    public LinkedHashMap<String, Object> toMap() {
        LinkedHashMap<String, Object> map = new LinkedHashMap<>();
        map.put(PROBLEM, problem);
        map.put(DATASET, dataset);
        map.put(POINTS, points);
        map.put(CLASSES, classes);
        if (isCustom()) map.put(CUSTOM_POINTS, customPointList());
        map.put(NOISE, noise);
        map.put(TRAIN_PERCENT, trainPercent);
        map.put(SEED, seed);
        if (initSeed != null) map.put(INIT_SEED, initSeed);
        map.put(FEATURES, new ArrayList<>(Arrays.asList(features)));
        ArrayList<Object> layers = new ArrayList<>();
        for (int width : hiddenLayers) layers.add(width);
        map.put(HIDDEN_LAYERS, layers);
        map.put(ACTIVATION, activation);
        map.put(LEARNING_RATE, learningRate);
        map.put(BATCH_SIZE, batchSize);
        map.put(REGULARIZATION, regularization);
        map.put(REGULARIZATION_RATE, regularizationRate);
        map.put(OPTIMIZER, optimizer);
        map.put(LOSS, loss);
        map.put(INIT, init);
        return map;
    }

    /** Classification labels are written as integers ({@code 1}, {@code -1}, {@code 2}), coordinates as doubles. */
    private List<Object> customPointList() {
        ArrayList<Object> list = new ArrayList<>();
        for (int i = 0; i < customPoints.length; i += 3) {
            ArrayList<Object> triple = new ArrayList<>(3);
            triple.add(customPoints[i]);
            triple.add(customPoints[i + 1]);
            double label = customPoints[i + 2];
            triple.add(isRegression() ? (Object) label : (Object) (int) label);
            list.add(triple);
        }
        return list;
    }

    /** Compact JSON of {@link #toMap}: the same config always gives the same text. */
    public String toJson() {
        return Json.write(toMap());
    }

    // ---------------------------------------------------------------- changing

    /** A validated copy with one key changed (see {@link #withMap}). */
    public Config with(String key, Object value) {
        LinkedHashMap<String, Object> change = new LinkedHashMap<>();
        change.put(key, value);
        return withMap(change, limits);
    }

    /** A validated copy with the given keys changed, under the limits this config was checked against. */
    public Config withMap(Map<String, ?> changes) {
        return withMap(changes, limits);
    }

    /**
     * A validated copy with the given keys changed; a {@code null} value returns a key to its
     * default. Keys not in {@code changes} that the change would make inconsistent are repaired,
     * as the page expects when one control moves:
     * <ul>
     * <li>a new {@code problem} brings its default data set if the current one does not fit, its
     *     default number of points if the current number was the old problem's default, 2 classes
     *     and {@code mse} for regression;</li>
     * <li>a data set that cannot have more than 2 classes brings 2 classes;</li>
     * <li>a data set other than {@code custom} drops the custom points.</li>
     * </ul>
     */
    public Config withMap(Map<String, ?> changes, Limits limits) {
        LinkedHashMap<String, Object> map = toMap();
        for (Map.Entry<String, ?> e : changes.entrySet()) {
            if (e.getValue() == null) {
                map.remove(e.getKey());
            } else {
                map.put(e.getKey(), e.getValue());
            }
        }
        Object newProblem = map.containsKey(PROBLEM) ? map.get(PROBLEM) : DEFAULT_PROBLEM;
        if (newProblem instanceof String && !newProblem.equals(problem)) {
            String p = (String) newProblem;
            if (!changes.containsKey(DATASET) && !datasetsFor(p).contains(dataset)) {
                map.put(DATASET, defaultDataset(p));
            }
            if (!changes.containsKey(POINTS) && points == defaultPoints(problem)) {
                map.put(POINTS, defaultPoints(p));
            }
            if (REGRESSION.equals(p)) {
                if (!changes.containsKey(CLASSES)) map.put(CLASSES, 2);
                if (!changes.containsKey(LOSS) && CROSSENTROPY.equals(loss)) map.put(LOSS, DEFAULT_LOSS);
            }
        }
        Object newDataset = map.get(DATASET);
        if (!changes.containsKey(CLASSES) && !MULTICLASS_DATASETS.contains(newDataset)) {
            map.put(CLASSES, 2);
        }
        if (!changes.containsKey(CUSTOM_POINTS) && !CUSTOM.equals(newDataset)) {
            map.remove(CUSTOM_POINTS);
        }
        return fromMap(map, limits);
    }

    // ---------------------------------------------------------------- asking

    /** The seed of the initial weights and the batch order: {@link #initSeed}, or {@link #seed} when absent. */
    public int weightSeed() {
        return initSeed != null ? initSeed : seed;
    }

    public boolean isRegression() {
        return REGRESSION.equals(problem);
    }

    public boolean isClassification() {
        return !isRegression();
    }

    public boolean isCustom() {
        return CUSTOM.equals(dataset);
    }

    /** Number of classes: 2 for binary classification (and for regression), 3 to 5 otherwise. */
    public int numClasses() {
        return classes;
    }

    /** Outputs of the network: one (tanh or linear) unless there are 3 or more classes (softmax). */
    public int numOutputs() {
        return classes > 2 ? classes : 1;
    }

    public int numInputs() {
        return features.length;
    }

    public int numHiddenLayers() {
        return hiddenLayers.length;
    }

    /** Neurons in all hidden layers together. */
    public int numHiddenNeurons() {
        int n = 0;
        for (int width : hiddenLayers) n += width;
        return n;
    }

    public int numCustomPoints() {
        return customPoints.length / 3;
    }

    public boolean hasFeature(String name) {
        for (String f : features) {
            if (f.equals(name)) return true;
        }
        return false;
    }

    /** A copy of {@link #features}. */
    public String[] features() {
        return features.clone();
    }

    /** A copy of {@link #hiddenLayers}. */
    public int[] hiddenLayers() {
        return hiddenLayers.clone();
    }

    /** A copy of {@link #customPoints}. */
    public double[] customPoints() {
        return customPoints.clone();
    }

    /** The limits this config was validated against. */
    public Limits limits() {
        return limits;
    }

    // ---------------------------------------------------------------- identity

    /** Equal when every key is equal (doubles compared bit for bit); the limits do not count. */
    @Override
    public boolean equals(Object o) {
        if (this == o) return true;
        if (!(o instanceof Config)) return false;
        Config c = (Config) o;
        return problem.equals(c.problem) && dataset.equals(c.dataset) && points == c.points
                && classes == c.classes && Arrays.equals(customPoints, c.customPoints)
                && Double.compare(noise, c.noise) == 0 && trainPercent == c.trainPercent
                && seed == c.seed && Objects.equals(initSeed, c.initSeed) && Arrays.equals(features, c.features)
                && Arrays.equals(hiddenLayers, c.hiddenLayers) && activation.equals(c.activation)
                && Double.compare(learningRate, c.learningRate) == 0 && batchSize == c.batchSize
                && regularization.equals(c.regularization)
                && Double.compare(regularizationRate, c.regularizationRate) == 0
                && optimizer.equals(c.optimizer) && loss.equals(c.loss) && init.equals(c.init);
    }

    @Override
    public int hashCode() {
        int h = problem.hashCode();
        h = 31 * h + dataset.hashCode();
        h = 31 * h + points;
        h = 31 * h + classes;
        h = 31 * h + Arrays.hashCode(customPoints);
        h = 31 * h + Double.hashCode(noise);
        h = 31 * h + trainPercent;
        h = 31 * h + seed;
        if (initSeed != null) h = 31 * h + initSeed;
        h = 31 * h + Arrays.hashCode(features);
        h = 31 * h + Arrays.hashCode(hiddenLayers);
        h = 31 * h + activation.hashCode();
        h = 31 * h + Double.hashCode(learningRate);
        h = 31 * h + batchSize;
        h = 31 * h + regularization.hashCode();
        h = 31 * h + Double.hashCode(regularizationRate);
        h = 31 * h + optimizer.hashCode();
        h = 31 * h + loss.hashCode();
        h = 31 * h + init.hashCode();
        return h;
    }

    /** The JSON text. */
    @Override
    public String toString() {
        return toJson();
    }
}
