package playground.config;

import java.util.Arrays;
import java.util.List;

/**
 * How TensorFlow Playground's URL-hash keys (its {@code state.ts}) and the Machine Learning Crash
 * Course's goal keys map onto ours. Only {@link HashCodec} uses this; it is kept apart so that
 * the whole correspondence can be read in one place.
 *
 * <h2>Keys</h2>
 * <ul>
 * <li>Shared with ours, same meaning: {@code activation} (relu, tanh, sigmoid, linear),
 *     {@code batchSize}, {@code dataset} (circle, xor, gauss, spiral), {@code learningRate},
 *     {@code regularizationRate}, {@code noise}, {@code problem}, {@code showTestData},
 *     {@code discretize}, {@code hideText}. {@code regularization} spells L1/L2 in capitals.</li>
 * <li>{@code seed}: the reference's seed is any text ({@code "0.64536"}) fed to seedrandom. Text
 *     that is an integer is taken as our seed; any other text becomes the 32-bit FNV-1a hash of
 *     its UTF-16 code units ({@link #seed}), so one link always gives one seed.</li>
 * <li>{@code regDataset} (reg-plane → plane, reg-gauss → multigauss) gives the data set when
 *     {@code problem=regression}; the {@code dataset} key then holds the reference's remembered
 *     classification choice and is ignored. Absent, reg-plane is the reference's default.</li>
 * <li>{@code networkShape} ("4,2"; empty = no hidden layer) → {@code hiddenLayers};
 *     {@code percTrainData} → {@code trainPercent}; {@code initZero=true} → {@code init=zero}
 *     (as in the reference, weights 0 and biases 0.1).</li>
 * <li>Feature toggles {@code x, y, xSquared, ySquared, xTimesY, sinX, sinY, cosX, cosY} →
 *     x1, x2, x1sq, x2sq, x1x2, sinx1, sinx2, cosx1, cosx2; missing ones take the reference's
 *     defaults (x and y on, the rest off).</li>
 * <li>{@code <control>_hide=true} hides the control ({@link #hiddenControl}). As in the
 *     reference, a hidden feature is removed from the network's inputs, not only from view.</li>
 * <li>{@code collectStats} (analytics) and {@code tutorial} (text of Google's own pages) are
 *     accepted and ignored.</li>
 * <li>{@code noise} above 50 (the crash course uses 80) is read as 50, our schema's maximum.</li>
 * </ul>
 *
 * <h2>Crash-course goals</h2>
 * The crash course's exercises carry keys {@code goal<Metric><Min|Max>Threshold<Ordinal>}, with
 * Metric one of TestLoss, TrainLoss, TrainTestDiff and Ordinal First, Second, Third…, one per
 * task of the exercise (for example {@code goalTestLossMinThresholdFirst=0.35},
 * {@code …Second=0.2}, {@code …Third=0.177} for "reach a test loss of 0.177 at most"). Its page's
 * source is not public; from the exercise texts every threshold reads as "this metric below this
 * value", later tasks asking for lower values. Each ordinal is one task of a {@link Goal}
 * ({@link Goal#tasks}, First the first), holding the thresholds of that ordinal: TestLoss →
 * {@code testLossBelow}, TrainLoss → {@code trainLossBelow}, TrainTestDiff →
 * {@code trainTestGapBelow}. Min and Max are treated alike; when one task has both for one
 * metric the smaller wins (a Max threshold has so far always been the looser one). A missing
 * ordinal leaves no empty task.
 */
final class TfPlayground {
    private TfPlayground() {}

    /** Their feature keys and ours, in the same order. */
    private static final List<String> FEATURE_KEYS =
            Arrays.asList("x", "y", "xSquared", "ySquared", "xTimesY", "sinX", "sinY", "cosX", "cosY");

    /** The controls their {@code _hide} keys name, and ours. */
    private static final String[][] CONTROLS = {
        {"showTestData", "showTestData"}, {"discretize", "discretize"},
        {"playButton", "play"}, {"stepButton", "step"}, {"resetButton", "reset"},
        {"learningRate", "learningRate"}, {"activation", "activation"},
        {"regularization", "regularization"}, {"regularizationRate", "regularizationRate"},
        {"problem", "problem"}, {"dataset", "dataset"}, {"regDataset", "dataset"},
        {"percTrainData", "trainPercent"}, {"noise", "noise"}, {"batchSize", "batchSize"},
        {"numHiddenLayers", "hiddenLayers"}, {"networkShape", "hiddenLayers"}, {"seed", "seed"},
    };

    static final String HIDE_SUFFIX = "_hide";
    static final String REG_DATASET = "regDataset";
    static final String NETWORK_SHAPE = "networkShape";
    static final String PERC_TRAIN_DATA = "percTrainData";
    static final String INIT_ZERO = "initZero";
    static final String DEFAULT_REG_DATASET = "reg-plane";
    private static final List<String> IGNORED = Arrays.asList("collectStats", "tutorial");
    private static final List<String> ORDINALS = Arrays.asList("First", "Second", "Third", "Fourth", "Fifth");

    /** Our feature name for their feature key, or null. */
    static String feature(String key) {
        int i = FEATURE_KEYS.indexOf(key);
        return i < 0 ? null : Schema.FEATURE_NAMES.get(i);
    }

    /** Our control for the name before {@code _hide}, or null when the reference has no such control. */
    static String hiddenControl(String name) {
        for (String[] pair : CONTROLS) {
            if (pair[0].equals(name)) return pair[1];
        }
        return feature(name);
    }

    /** Our data set for their regression data set, or null for one we do not have. */
    static String regressionDataset(String name) {
        if ("reg-plane".equals(name)) return "plane";
        if ("reg-gauss".equals(name)) return "multigauss";
        return null;
    }

    /** Their L1/L2 spelled ours; anything else unchanged, for the schema to judge. */
    static String regularization(String name) {
        if ("L1".equals(name)) return "l1";
        if ("L2".equals(name)) return "l2";
        return name;
    }

    static boolean isIgnored(String key) {
        return IGNORED.contains(key);
    }

    /** 32-bit FNV-1a of the text's UTF-16 code units: the seed for a non-integer seed text. */
    static int seed(String text) {
        int h = 0x811C9DC5;
        for (int i = 0; i < text.length(); i++) {
            h ^= text.charAt(i);
            h *= 0x01000193;
        }
        return h;
    }

    /** The task (0 for First) of a crash-course goal key ({@link #crashCourseGoal} not null). */
    static int crashCourseTask(String key) {
        return ORDINALS.indexOf(key.substring(key.indexOf("Threshold") + "Threshold".length()));
    }

    /** The {@link Goal} part a crash-course goal key sets, or null if the key is not one. */
    static String crashCourseGoal(String key) {
        if (!key.startsWith("goal")) return null;
        String rest = key.substring(4);
        String part;
        if (rest.startsWith("TestLoss")) {
            part = Goal.TEST_LOSS_BELOW;
            rest = rest.substring(8);
        } else if (rest.startsWith("TrainTestDiff")) {
            part = Goal.TRAIN_TEST_GAP_BELOW;
            rest = rest.substring(13);
        } else if (rest.startsWith("TrainLoss")) {
            part = Goal.TRAIN_LOSS_BELOW;
            rest = rest.substring(9);
        } else {
            return null;
        }
        if (!rest.startsWith("MinThreshold") && !rest.startsWith("MaxThreshold")) return null;
        return ORDINALS.contains(rest.substring(12)) ? part : null;
    }
}
