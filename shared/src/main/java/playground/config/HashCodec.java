package playground.config;

import static playground.config.Schema.*;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import playground.core.Json;
import playground.core.Numbers;
import playground.core.Utf8;

/**
 * The URL hash: the whole configuration plus the view options, as {@code key=value&…}.
 *
 * <h2>Our format ({@link #encode})</h2>
 * Every configuration key in schema order ({@code customPoints} only with the custom data set),
 * then the view options that differ from their defaults: {@code showTestData=true},
 * {@code discretize=true}, {@code hideText=true}, {@code hide=…}, {@code lock=…},
 * {@code goalTestLoss}, {@code goalTrainLoss}, {@code goalGap}, {@code goalMaxLayers},
 * {@code goalMaxNeurons}, {@code goalEpochs} (a goal of several tasks gives each of these keys
 * one comma-separated value per task, empty where a task lacks the part:
 * {@code goalTestLoss=0.35,0.2&goalEpochs=,500}), {@code colorblind=true}. Lists are comma-separated
 * ({@code hiddenLayers=4,2}, {@code hiddenLayers=} for none, {@code customPoints=x1,x2,label,…});
 * numbers are written by {@link Numbers#format}; anything outside {@code [A-Za-z0-9-._~,]} is
 * percent-encoded (UTF-8). The same configuration and view always give the same text.
 *
 * <h2>Reading ({@link #decode})</h2>
 * Reads our keys and TensorFlow Playground's (see {@link TfPlayground} for the mapping and the
 * Machine Learning Crash Course's goal keys) into one map that goes through
 * {@link Config#fromMap}, so a bad value gets the same message as in JSON. Rules:
 * <ul>
 * <li>an unknown key, or a {@code _hide} key for a control the reference does not have, is an
 *     error; so is a key given twice, or one setting given by two keys ({@code hiddenLayers}
 *     and {@code networkShape});</li>
 * <li>an empty value for a single-valued key means "not given" (as in the reference); for a
 *     list key it means the empty list;</li>
 * <li>booleans are {@code true} or {@code false}; numbers follow the JSON number grammar (any
 *     other text is handed on as text, and the schema refuses it);</li>
 * <li>in a reference link (one with any key only the reference has), a noise above 50, which
 *     the crash course's exercises use, is read as 50, the most our schema allows.</li>
 * </ul>
 */
public final class HashCodec {
    private HashCodec() {}

    /** A configuration and the view options read from one hash. */
    public record Decoded(Config config, ViewOptions view) {}

    /** The problem of a key that is neither ours nor the reference's (a host's, in an embed). */
    public static final String UNKNOWN_KEY = "unknown key, neither ours nor TensorFlow Playground's";

    static final String HIDE = "hide";
    static final String LOCK = "lock";
    /** Our goal keys and the {@link Goal} parts they set, in the order they are written. */
    private static final String[][] GOAL_KEYS = {
        {"goalTestLoss", Goal.TEST_LOSS_BELOW}, {"goalTrainLoss", Goal.TRAIN_LOSS_BELOW},
        {"goalGap", Goal.TRAIN_TEST_GAP_BELOW}, {"goalMaxLayers", Goal.MAX_LAYERS},
        {"goalMaxNeurons", Goal.MAX_NEURONS}, {"goalEpochs", Goal.WITHIN_EPOCHS},
    };

    // ---------------------------------------------------------------- writing

    public static String encode(Config c) {
        return encode(c, ViewOptions.DEFAULT);
    }

    public static String encode(Config c, ViewOptions v) {
        StringBuilder sb = new StringBuilder();
        for (Map.Entry<String, Object> e : c.toMap().entrySet()) {
            String key = e.getKey();
            if (key.equals(CUSTOM_POINTS)) {
                add(sb, key, customPointsText(c));
            } else {
                add(sb, key, text(e.getValue()));
            }
        }
        if (v.showTestData) add(sb, ViewOptions.SHOW_TEST_DATA, "true");
        if (v.discretize) add(sb, ViewOptions.DISCRETIZE, "true");
        if (v.hideText) add(sb, ViewOptions.HIDE_TEXT, "true");
        if (!v.hidden.isEmpty()) add(sb, HIDE, text(new ArrayList<Object>(v.hidden)));
        if (!v.locked.isEmpty()) add(sb, LOCK, text(new ArrayList<Object>(v.locked)));
        if (v.goal != null) {
            // One value per task, comma-separated, empty for a task without that part.
            List<Goal> tasks = v.goal.tasks;
            for (String[] pair : GOAL_KEYS) {
                StringBuilder values = new StringBuilder();
                boolean any = false;
                for (int t = 0; t < tasks.size(); t++) {
                    Object value = tasks.get(t).toMap().get(pair[1]);
                    if (t > 0) values.append(',');
                    if (value != null) values.append(text(value));
                    any |= value != null;
                }
                if (any) add(sb, pair[0], values.toString());
            }
        }
        if (v.colorblind) add(sb, ViewOptions.COLORBLIND, "true");
        return sb.toString();
    }

    private static void add(StringBuilder sb, String key, String value) {
        if (sb.length() > 0) sb.append('&');
        sb.append(key).append('=');
        percentEncode(sb, value);
    }

    /** A value of {@link Config#toMap} or {@link Goal#toMap} as hash text. */
    private static String text(Object value) {
        if (value instanceof Double) return Numbers.format((Double) value);
        if (value instanceof List) {
            StringBuilder sb = new StringBuilder();
            for (Object item : (List<?>) value) {
                if (sb.length() > 0) sb.append(',');
                sb.append(text(item));
            }
            return sb.toString();
        }
        return String.valueOf(value);
    }

    /** Flat triples; classification labels as integers. */
    private static String customPointsText(Config c) {
        StringBuilder sb = new StringBuilder();
        double[] p = c.customPoints;
        for (int i = 0; i < p.length; i += 3) {
            if (i > 0) sb.append(',');
            sb.append(Numbers.format(p[i])).append(',').append(Numbers.format(p[i + 1])).append(',');
            sb.append(c.isRegression() ? Numbers.format(p[i + 2]) : Integer.toString((int) p[i + 2]));
        }
        return sb.toString();
    }

    private static final char[] HEX = "0123456789ABCDEF".toCharArray();

    private static void percentEncode(StringBuilder sb, String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if ((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')
                    || c == '-' || c == '.' || c == '_' || c == '~' || c == ',') {
                sb.append(c);
                continue;
            }
            int end = Character.isHighSurrogate(c) && i + 1 < s.length() ? i + 2 : i + 1;
            for (byte b : Utf8.encode(s.substring(i, end))) {
                sb.append('%').append(HEX[(b >> 4) & 15]).append(HEX[b & 15]);
            }
            i = end - 1;
        }
    }

    // ---------------------------------------------------------------- reading

    /** Reads a hash (with or without its leading '#'); an empty hash gives the defaults. */
    public static Decoded decode(String hash, Limits limits) {
        String h = hash == null ? "" : hash;
        int start = h.startsWith("#") ? 1 : 0;
        Decoder d = new Decoder();
        while (start <= h.length()) {
            int end = h.indexOf('&', start);
            if (end < 0) end = h.length();
            if (end > start) {
                String segment = h.substring(start, end);
                int eq = segment.indexOf('=');
                if (eq < 0) {
                    String key = percentDecode(segment, start);
                    throw new ConfigException(key, "expected " + key + "=value");
                }
                d.accept(percentDecode(segment.substring(0, eq), start),
                        percentDecode(segment.substring(eq + 1), start + eq + 1));
            }
            start = end + 1;
        }
        return d.finish(limits);
    }

    /** Decodes %XX escapes as UTF-8; {@code offset} places errors in the whole hash. */
    private static String percentDecode(String s, int offset) {
        if (s.indexOf('%') < 0) return s;
        StringBuilder sb = new StringBuilder();
        byte[] bytes = new byte[s.length()];
        int i = 0;
        while (i < s.length()) {
            if (s.charAt(i) != '%') {
                sb.append(s.charAt(i++));
                continue;
            }
            int n = 0;
            while (i < s.length() && s.charAt(i) == '%') {
                int hi = i + 2 < s.length() ? Character.digit(s.charAt(i + 1), 16) : -1;
                int lo = i + 2 < s.length() ? Character.digit(s.charAt(i + 2), 16) : -1;
                if (hi < 0 || lo < 0) throw new ConfigException("hash", "bad percent-escape at " + (offset + i));
                bytes[n++] = (byte) (hi * 16 + lo);
                i += 3;
            }
            Utf8.decode(bytes, n, sb);
        }
        return sb.toString();
    }

    /** Gathers the keys of one hash, then builds the config and view from them. */
    private static final class Decoder {
        final Set<String> seen = new HashSet<>();
        final LinkedHashMap<String, Object> config = new LinkedHashMap<>();
        /** Which hash key set each config key, to explain a setting given twice. */
        final Map<String, String> configSetBy = new HashMap<>();
        final LinkedHashMap<String, Object> view = new LinkedHashMap<>();
        final ArrayList<String> hidden = new ArrayList<>();
        final ArrayList<String> locked = new ArrayList<>();
        /** The parts of each goal task, by task index (a task may stay empty until the end). */
        final ArrayList<LinkedHashMap<String, Object>> goalTasks = new ArrayList<>();
        /** Which hash key set each goal part, by "task:part". */
        final Map<String, String> goalSetBy = new HashMap<>();

        boolean tfLink;
        /** The reference's feature toggles, starting from its defaults (x and y on). */
        final boolean[] tfFeatures = new boolean[FEATURE_NAMES.size()];
        boolean tfFeaturesGiven;
        final ArrayList<String> tfHiddenFeatures = new ArrayList<>();
        String regDataset;

        Decoder() {
            tfFeatures[0] = true;
            tfFeatures[1] = true;
        }

        void accept(String key, String value) {
            if (!seen.add(key)) throw new ConfigException(key, "given twice");
            if (KEYS.contains(key)) {
                ours(key, value);
            } else if (key.equals(ViewOptions.SHOW_TEST_DATA) || key.equals(ViewOptions.DISCRETIZE)
                    || key.equals(ViewOptions.HIDE_TEXT) || key.equals(ViewOptions.COLORBLIND)) {
                if (!value.isEmpty()) view.put(key, bool(value));
            } else if (key.equals(HIDE)) {
                hidden.addAll(split(value));
            } else if (key.equals(LOCK)) {
                locked.addAll(split(value));
            } else if (goalPart(key) != null) {
                List<String> items = split(value);
                for (int task = 0; task < items.size(); task++) {
                    if (!items.get(task).isEmpty()) setGoal(task, goalPart(key), key, number(items.get(task)));
                }
            } else if (reference(key, value)) {
                tfLink = true;
            } else {
                throw new ConfigException(key, UNKNOWN_KEY);
            }
        }

        /** One of our configuration keys (some of which the reference shares). */
        void ours(String key, String value) {
            switch (key) {
                case FEATURES:
                    setConfig(key, key, new ArrayList<Object>(split(value)));
                    return;
                case HIDDEN_LAYERS:
                    setConfig(key, key, numbers(value));
                    return;
                case CUSTOM_POINTS:
                    setConfig(key, key, triples(numbers(value)));
                    return;
                default:
                    break;
            }
            if (value.isEmpty()) return;  // as in the reference: an empty value is no value
            switch (key) {
                case SEED:
                    setConfig(key, key, seed(value));
                    return;
                case REGULARIZATION:
                    setConfig(key, key, TfPlayground.regularization(value));
                    return;
                case POINTS: case CLASSES: case NOISE: case TRAIN_PERCENT: case LEARNING_RATE: case INIT_SEED:
                case BATCH_SIZE: case REGULARIZATION_RATE:
                    setConfig(key, key, number(value));
                    return;
                default:
                    setConfig(key, key, value);  // a name
            }
        }

        /** A TensorFlow Playground or crash-course key; false if {@code key} is not one. */
        boolean reference(String key, String value) {
            if (key.endsWith(TfPlayground.HIDE_SUFFIX)) {
                hide(key, key.substring(0, key.length() - TfPlayground.HIDE_SUFFIX.length()), value);
                return true;
            }
            if (key.equals(TfPlayground.NETWORK_SHAPE)) {
                setConfig(HIDDEN_LAYERS, key, numbers(value));  // empty: no hidden layer
                return true;
            }
            String feature = TfPlayground.feature(key);
            boolean goalKey = TfPlayground.crashCourseGoal(key) != null;
            boolean known = feature != null || goalKey || TfPlayground.isIgnored(key)
                    || key.equals(TfPlayground.REG_DATASET) || key.equals(TfPlayground.PERC_TRAIN_DATA)
                    || key.equals(TfPlayground.INIT_ZERO);
            if (!known) return false;
            if (value.isEmpty() || TfPlayground.isIgnored(key)) return true;  // an empty value is no value
            if (feature != null) {
                tfFeatures[FEATURE_NAMES.indexOf(feature)] = Values.bool(key, bool(value));
                tfFeaturesGiven = true;
            } else if (goalKey) {
                crashCourseGoal(key, value);
            } else if (key.equals(TfPlayground.REG_DATASET)) {
                regDataset = value;
            } else if (key.equals(TfPlayground.PERC_TRAIN_DATA)) {
                setConfig(TRAIN_PERCENT, key, number(value));
            } else if (Values.bool(key, bool(value))) {  // initZero
                setConfig(INIT, key, "zero");
            }
            return true;
        }

        /** {@code <name>_hide=true}: hides our control for the reference's {@code name}. */
        void hide(String key, String name, String value) {
            String control = TfPlayground.hiddenControl(name);
            if (control == null) throw new ConfigException(key, "unknown control " + Json.quote(name) + " to hide");
            if (value.isEmpty() || !Values.bool(key, bool(value))) return;
            hidden.add(control);
            if (TfPlayground.feature(name) != null) tfHiddenFeatures.add(control);
        }

        /**
         * A crash-course threshold: its ordinal is the task (First is the first task); of a Min and a
         * Max threshold of one metric in one task the stricter (smaller) is kept.
         */
        void crashCourseGoal(String key, String value) {
            Object threshold = number(value);
            if (!(threshold instanceof Double)) {
                throw new ConfigException(key, "must be a number, got " + Values.describe(threshold));
            }
            int task = TfPlayground.crashCourseTask(key);
            String part = TfPlayground.crashCourseGoal(key);
            String by = goalSetBy.get(task + ":" + part);
            if (by != null && goalPart(by) == null) {
                // A Min and a Max threshold of one metric in one task: the stricter wins.
                if ((Double) threshold < (Double) goalTasks.get(task).get(part)) goalTasks.get(task).put(part, threshold);
                return;
            }
            setGoal(task, part, key, threshold);
        }

        void setGoal(int task, String part, String key, Object value) {
            if (task >= Goal.MAX_TASKS) {
                throw new ConfigException(key, "a goal has at most " + Goal.MAX_TASKS + " tasks");
            }
            String by = goalSetBy.get(task + ":" + part);
            if (by != null) {
                throw new ConfigException(key, "sets goal." + part + (task > 0 ? " of task " + (task + 1) : "")
                        + " which " + by + " already sets");
            }
            while (goalTasks.size() <= task) goalTasks.add(new LinkedHashMap<>());
            goalTasks.get(task).put(part, value);
            goalSetBy.put(task + ":" + part, key);
        }

        void setConfig(String configKey, String hashKey, Object value) {
            String by = configSetBy.get(configKey);
            if (by != null) {
                throw new ConfigException(configKey, "given twice, as " + by + " and as " + hashKey);
            }
            config.put(configKey, value);
            configSetBy.put(configKey, hashKey);
        }

        Decoded finish(Limits limits) {
            if (tfFeaturesGiven || !tfHiddenFeatures.isEmpty()) referenceFeatures();
            if (tfLink && REGRESSION.equals(config.get(PROBLEM))
                    && !REGRESSION_DATASETS.contains(config.get(DATASET))) {
                String name = regDataset == null ? TfPlayground.DEFAULT_REG_DATASET : regDataset;
                String dataset = TfPlayground.regressionDataset(name);
                if (dataset == null) {
                    throw new ConfigException(TfPlayground.REG_DATASET,
                            "must be reg-plane or reg-gauss, got " + Json.quote(name));
                }
                config.put(DATASET, dataset);
            }
            // The crash course's exercises use noise up to 80 (the reference's slider stops at 50
            // but its data generators take any value); our schema stops at 50, so such a link
            // opens with the most noise we have rather than not at all.
            Object noise = config.get(NOISE);
            if (tfLink && noise instanceof Double && (Double) noise > MAX_NOISE) config.put(NOISE, MAX_NOISE);
            Config c = Config.fromMap(config, limits);
            if (!hidden.isEmpty()) view.put(ViewOptions.HIDDEN, hidden);
            if (!locked.isEmpty()) view.put(ViewOptions.LOCKED, locked);
            ArrayList<Object> tasks = new ArrayList<>();
            for (LinkedHashMap<String, Object> task : goalTasks) {
                if (!task.isEmpty()) tasks.add(task);  // a missing ordinal leaves no gap
            }
            if (tasks.size() == 1) {
                view.put(ViewOptions.GOAL, tasks.get(0));
            } else if (tasks.size() > 1) {
                LinkedHashMap<String, Object> goal = new LinkedHashMap<>();
                goal.put(Goal.TASKS, tasks);
                view.put(ViewOptions.GOAL, goal);
            }
            return new Decoded(c, ViewOptions.fromMap(view));
        }

        /**
         * The features of a reference link: its toggles, less the hidden features (the
         * reference leaves those out of the network), unless {@code features} names them itself.
         */
        void referenceFeatures() {
            if (configSetBy.containsKey(FEATURES)) {
                if (tfFeaturesGiven) {
                    throw new ConfigException(FEATURES, "given twice, as features and as TensorFlow Playground's x, y, …");
                }
                return;
            }
            ArrayList<Object> features = new ArrayList<>();
            for (int i = 0; i < tfFeatures.length; i++) {
                String name = FEATURE_NAMES.get(i);
                if (tfFeatures[i] && !tfHiddenFeatures.contains(name)) features.add(name);
            }
            config.put(FEATURES, features);
        }
    }

    /** The {@link Goal} part one of our goal keys sets, or null. */
    private static String goalPart(String key) {
        for (String[] pair : GOAL_KEYS) {
            if (pair[0].equals(key)) return pair[1];
        }
        return null;
    }

    /** "true"/"false" as a Boolean; other text as itself, for the check to refuse with its value. */
    private static Object bool(String text) {
        if (text.equals("true")) return Boolean.TRUE;
        if (text.equals("false")) return Boolean.FALSE;
        return text;
    }

    /** A JSON-grammar number as a Double; other text as itself, for the schema to refuse. */
    private static Object number(String text) {
        return Json.isNumber(text) ? (Object) Numbers.parse(text) : text;
    }

    /** Integer text is our seed; any other text is a reference seed, hashed to 32 bits. */
    private static Object seed(String text) {
        int i = text.startsWith("-") ? 1 : 0;
        boolean integer = i < text.length();
        for (; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') integer = false;
        }
        return integer ? (Object) Numbers.parse(text) : (Object) TfPlayground.seed(text);
    }

    private static List<String> split(String text) {
        ArrayList<String> parts = new ArrayList<>();
        if (text.isEmpty()) return parts;
        int start = 0;
        while (true) {
            int comma = text.indexOf(',', start);
            if (comma < 0) {
                parts.add(text.substring(start));
                return parts;
            }
            parts.add(text.substring(start, comma));
            start = comma + 1;
        }
    }

    private static List<Object> numbers(String text) {
        ArrayList<Object> list = new ArrayList<>();
        for (String part : split(text)) list.add(number(part));
        return list;
    }

    private static List<Object> triples(List<Object> flat) {
        if (flat.size() % 3 != 0) {
            throw new ConfigException(CUSTOM_POINTS, "must hold x1,x2,label triples, got " + flat.size() + " numbers");
        }
        ArrayList<Object> list = new ArrayList<>();
        for (int i = 0; i < flat.size(); i += 3) list.add(new ArrayList<>(flat.subList(i, i + 3)));
        return list;
    }
}
