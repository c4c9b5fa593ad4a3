package playground.config;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import playground.nn.Activation;
import playground.nn.ConfigName;
import playground.nn.Feature;
import playground.nn.Init;
import playground.nn.Loss;
import playground.nn.Optimizer;
import playground.nn.Regularization;

/**
 * The configuration schema, written down once: key names and their order, allowed values,
 * defaults and ranges. {@link Config}, {@link ViewOptions}, {@link HashCodec}, the page and the
 * server all ask here instead of repeating a list. The defaults are TensorFlow Playground's.
 *
 * <p>Size limits that depend on where a run happens (points, layers, widths) live in
 * {@link Limits}.
 */
public final class Schema {
    private Schema() {}

    // ---------------------------------------------------------------- keys, in their canonical order

    public static final String PROBLEM = "problem";
    public static final String DATASET = "dataset";
    public static final String POINTS = "points";
    public static final String CLASSES = "classes";
    public static final String CUSTOM_POINTS = "customPoints";
    public static final String NOISE = "noise";
    public static final String TRAIN_PERCENT = "trainPercent";
    public static final String SEED = "seed";
    /** Optional: fixes the initial weights and the batch order apart from {@link #SEED}. */
    public static final String INIT_SEED = "initSeed";
    public static final String FEATURES = "features";
    public static final String HIDDEN_LAYERS = "hiddenLayers";
    public static final String ACTIVATION = "activation";
    public static final String LEARNING_RATE = "learningRate";
    public static final String BATCH_SIZE = "batchSize";
    public static final String REGULARIZATION = "regularization";
    public static final String REGULARIZATION_RATE = "regularizationRate";
    public static final String OPTIMIZER = "optimizer";
    public static final String LOSS = "loss";
    public static final String INIT = "init";

    /** Every configuration key, in the order {@link Config#toMap} and the hash write them. */
    public static final List<String> KEYS = list(PROBLEM, DATASET, POINTS, CLASSES, CUSTOM_POINTS,
            NOISE, TRAIN_PERCENT, SEED, INIT_SEED, FEATURES, HIDDEN_LAYERS, ACTIVATION, LEARNING_RATE,
            BATCH_SIZE, REGULARIZATION, REGULARIZATION_RATE, OPTIMIZER, LOSS, INIT);

    // ---------------------------------------------------------------- allowed names

    public static final String CLASSIFICATION = "classification";
    public static final String REGRESSION = "regression";
    public static final List<String> PROBLEMS = list(CLASSIFICATION, REGRESSION);

    /** The data set whose points come from {@code customPoints}; allowed for both problems. */
    public static final String CUSTOM = "custom";

    public static final List<String> CLASSIFICATION_DATASETS =
            list("circle", "xor", "gauss", "spiral", "moons", "checker", CUSTOM);
    /** {@code houses}: distance to the city centre against price, of the linear-regression lesson. */
    public static final List<String> REGRESSION_DATASETS = list("plane", "multigauss", "houses", CUSTOM);
    /** Every data set name, classification ones first. */
    public static final List<String> DATASETS = list("circle", "xor", "gauss", "spiral", "moons",
            "checker", "plane", "multigauss", "houses", CUSTOM);
    /** The classification data sets that can have 3 to 5 classes. */
    public static final List<String> MULTICLASS_DATASETS = list("gauss", "spiral", CUSTOM);

    /** Input features in canonical order: a config's {@code features} are always in this order. */
    public static final List<String> FEATURE_NAMES =
            ConfigName.names(Feature.values());

    public static final List<String> ACTIVATIONS = ConfigName.names(Activation.values());
    public static final String NO_REGULARIZATION = Regularization.NONE.configName;
    public static final List<String> REGULARIZATIONS = ConfigName.names(Regularization.values());
    public static final List<String> OPTIMIZERS = ConfigName.names(Optimizer.values());
    public static final String CROSSENTROPY = Loss.CROSSENTROPY.configName;
    /** {@code mse} is the reference's ½·(output − target)²; {@code crossentropy} is for classification. */
    public static final List<String> LOSSES = ConfigName.names(Loss.values());
    /**
     * {@code uniform} is the reference's: weights uniform in ±0.5, biases 0.1. {@code zero} is the
     * reference's {@code initZero}: weights 0, biases still 0.1.
     */
    public static final List<String> INITS = ConfigName.names(Init.values());

    // ---------------------------------------------------------------- ranges

    public static final int MIN_CLASSES = 2;
    public static final int MAX_CLASSES = 5;
    /** Noise in percent, 0 to 50 as the reference's slider. */
    public static final double MAX_NOISE = 50;
    public static final int MIN_TRAIN_PERCENT = 10;
    public static final int MAX_TRAIN_PERCENT = 90;
    public static final int MIN_BATCH_SIZE = 1;
    public static final int MAX_BATCH_SIZE = 100;
    /** The page's batch-size slider goes to 30, like the reference's. */
    public static final int UI_MAX_BATCH_SIZE = 30;
    /** The learning rate must be greater than 0 and at most this. */
    public static final double MAX_LEARNING_RATE = 10;
    public static final double MAX_REGULARIZATION_RATE = 10;
    /** Points lie in the square [-6, 6]². */
    public static final double COORDINATE_LIMIT = 6;
    public static final int MIN_SEED = Integer.MIN_VALUE;
    public static final int MAX_SEED = Integer.MAX_VALUE;
    /** The least number of custom points ({@link Limits#maxPoints} is the most). */
    public static final int MIN_CUSTOM_POINTS = 1;

    /** The learning rates the page offers, as the reference's drop-down. */
    public static final List<Double> LEARNING_RATES = Collections.unmodifiableList(Arrays.asList(
            0.00001, 0.0001, 0.001, 0.003, 0.01, 0.03, 0.1, 0.3, 1.0, 3.0, 10.0));
    /** The regularization rates the page offers, as the reference's drop-down. */
    public static final List<Double> REGULARIZATION_RATES = Collections.unmodifiableList(Arrays.asList(
            0.0, 0.001, 0.003, 0.01, 0.03, 0.1, 0.3, 1.0, 3.0, 10.0));

    // ---------------------------------------------------------------- defaults

    public static final String DEFAULT_PROBLEM = CLASSIFICATION;
    public static final String DEFAULT_DATASET = "circle";
    public static final String DEFAULT_REGRESSION_DATASET = "plane";
    public static final int DEFAULT_POINTS_CLASSIFICATION = 500;
    public static final int DEFAULT_POINTS_REGRESSION = 1200;
    public static final int DEFAULT_CLASSES = 2;
    public static final double DEFAULT_NOISE = 0;
    public static final int DEFAULT_TRAIN_PERCENT = 50;
    public static final int DEFAULT_SEED = 1;
    public static final List<String> DEFAULT_FEATURES = list(Feature.X1.configName, Feature.X2.configName);
    public static final List<Integer> DEFAULT_HIDDEN_LAYERS =
            Collections.unmodifiableList(Arrays.asList(4, 2));
    public static final String DEFAULT_ACTIVATION = Activation.TANH.configName;
    public static final double DEFAULT_LEARNING_RATE = 0.03;
    public static final int DEFAULT_BATCH_SIZE = 10;
    public static final String DEFAULT_REGULARIZATION = NO_REGULARIZATION;
    public static final double DEFAULT_REGULARIZATION_RATE = 0;
    public static final String DEFAULT_OPTIMIZER = Optimizer.SGD.configName;
    public static final String DEFAULT_LOSS = Loss.MSE.configName;
    public static final String DEFAULT_INIT = Init.UNIFORM.configName;

    /** The data sets of a problem. */
    public static List<String> datasetsFor(String problem) {
        return REGRESSION.equals(problem) ? REGRESSION_DATASETS : CLASSIFICATION_DATASETS;
    }

    /** The first data set of a problem, taken when none is given: circle, or plane for regression. */
    public static String defaultDataset(String problem) {
        return REGRESSION.equals(problem) ? DEFAULT_REGRESSION_DATASET : DEFAULT_DATASET;
    }

    /** As the reference: 500 points for classification, 1200 for regression. */
    public static int defaultPoints(String problem) {
        return REGRESSION.equals(problem) ? DEFAULT_POINTS_REGRESSION : DEFAULT_POINTS_CLASSIFICATION;
    }

    // ---------------------------------------------------------------- controls of the page

    public static final String SHOW_TEST_DATA = "showTestData";
    public static final String DISCRETIZE = "discretize";

    /** Controls of the page that are not a configuration key. */
    public static final List<String> VIEW_CONTROLS =
            list(SHOW_TEST_DATA, DISCRETIZE, "play", "step", "reset", "regenerate", "replay");

    /**
     * Every control a link may hide or lock: each configuration key, each single feature toggle,
     * and the {@link #VIEW_CONTROLS}. Hidden and locked sets are kept in this order.
     */
    public static final List<String> CONTROLS;

    static {
        ArrayList<String> all = new ArrayList<>(KEYS);
        all.addAll(FEATURE_NAMES);
        all.addAll(VIEW_CONTROLS);
        CONTROLS = Collections.unmodifiableList(all);
    }

    /** The names joined by ", " for messages: "relu, tanh, sigmoid". */
    static String join(List<?> names) {
        StringBuilder sb = new StringBuilder();
        for (Object name : names) {
            if (sb.length() > 0) sb.append(", ");
            sb.append(name);
        }
        return sb.toString();
    }

    private static List<String> list(String... names) {
        return Collections.unmodifiableList(Arrays.asList(names));
    }
}
