package playground.server;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import playground.config.Config;
import playground.config.ConfigException;
import playground.core.Json;
import playground.config.Limits;
import playground.config.Schema;

/**
 * Random valid configurations from a seed, for comparing runtimes. Every choice that must be
 * covered is drawn from a "deck": the values shuffled, dealt one by one, reshuffled when used
 * up. So each value comes up once per round of the deck while the combinations stay random.
 * Sizes stay within the browser's limits and small enough to train fast.
 *
 * <p>{@link #coverage} counts what the validated configurations really contain (read back from
 * {@link Config}, not from the generator's intentions).
 */
final class RandomConfigs {
    /** A configuration as the browser receives it, the validated result, and how long to train. */
    record Case(String json, Config config, int epochs) {}

    private final Random random;
    private final Map<String, Deck<?>> decks = new LinkedHashMap<>();
    /** Maps the generator built that {@link Config#fromMap} refused (the repair failed). */
    int refused;

    RandomConfigs(long seed) {
        random = new Random(seed);
    }

    List<Case> generate(int count) {
        return generate(count, false);
    }

    /**
     * Configurations made to blow up within a few epochs: regression with learning rate 3 or 10
     * and an unbounded activation in three layers, so that losses and weights go to infinity and
     * NaN (whose bits must match too).
     */
    List<Case> generateDiverging(int count) {
        return generate(count, true);
    }

    private List<Case> generate(int count, boolean diverging) {
        List<Case> cases = new ArrayList<>();
        while (cases.size() < count) {
            Map<String, Object> map = next();
            if (diverging) {
                map.put("learningRate", deal("diverging learningRate", List.of(3.0, 10.0)));
                map.put("activation", deal("diverging activation", List.of("relu", "leakyrelu", "linear")));
                map.put("hiddenLayers", List.of(4 + random.nextInt(5), 4 + random.nextInt(5), 4 + random.nextInt(5)));
                map.put("regularization", "none");
                // A linear output neuron is unbounded: regression diverges fastest.
                map.put("problem", "regression");
                map.put("dataset", deal("diverging dataset", List.of("plane", "multigauss", "houses")));
                map.put("classes", 2);
                map.remove("customPoints");
                map.put("points", 100 + random.nextInt(200));
                map.put("loss", "mse");
                // Steps proportional to the gradient (Adam's are bounded), from non-zero weights.
                map.put("optimizer", deal("diverging optimizer", List.of("sgd", "momentum")));
                map.put("init", deal("diverging init", List.of("uniform", "xavier", "he")));
                map.put("batchSize", 1 + random.nextInt(10));
            }
            Config config;
            try {
                config = Config.fromMap(map, Limits.SERVER);
            } catch (ConfigException e) {
                refused++;
                if (refused > count) throw new IllegalStateException("generator builds invalid configs: " + e.getMessage(), e);
                continue;
            }
            String json = Json.write(map);
            cases.add(new Case(json, config, 3 + random.nextInt(6)));
        }
        return cases;
    }

    /** One configuration map; constraints between keys are respected while drawing. */
    Map<String, Object> next() {
        Map<String, Object> m = new LinkedHashMap<>();
        String dataset = deal("dataset", Schema.DATASETS);
        String problem = Schema.CUSTOM.equals(dataset)
                ? deal("custom problem", Schema.PROBLEMS)
                : Schema.REGRESSION_DATASETS.contains(dataset) ? Schema.REGRESSION : Schema.CLASSIFICATION;
        boolean regression = Schema.REGRESSION.equals(problem);
        m.put("problem", problem);
        m.put("dataset", dataset);
        int classes = 2;
        if (!regression && Schema.MULTICLASS_DATASETS.contains(dataset)) {
            classes = deal("classes of " + dataset, List.of(2, 3, 4, 5));
        }
        m.put("classes", classes);
        if (Schema.CUSTOM.equals(dataset)) {
            m.put("customPoints", customPoints(1 + random.nextInt(60), regression, classes));
        } else {
            m.put("points", deal("points", List.of(10, 40 + random.nextInt(100), 150 + random.nextInt(150))));
        }
        m.put("noise", deal("noise", List.of(0, 1 + random.nextInt(49), random.nextInt(500) / 10.0, 50)));
        m.put("trainPercent", deal("trainPercent", List.of(10, 11 + random.nextInt(79), 90)));
        m.put("seed", random.nextInt());
        m.put("features", features());
        m.put("hiddenLayers", hiddenLayers());
        m.put("activation", deal("activation", Schema.ACTIVATIONS));
        m.put("learningRate", deal("learningRate", Schema.LEARNING_RATES));
        m.put("batchSize", deal("batchSize", List.of(1, 2 + random.nextInt(28), 30)));
        m.put("regularization", deal("regularization", Schema.REGULARIZATIONS));
        List<Double> nonZeroRates = Schema.REGULARIZATION_RATES.subList(1, Schema.REGULARIZATION_RATES.size());
        m.put("regularizationRate", deal("regularizationRate", nonZeroRates));
        m.put("optimizer", deal("optimizer", Schema.OPTIMIZERS));
        m.put("loss", regression ? "mse" : deal("loss", Schema.LOSSES));
        m.put("init", deal("init", Schema.INITS));
        return m;
    }

    /** Points anywhere in [-6, 6]², with any bits; labels valid for the problem and class count. */
    private List<Object> customPoints(int n, boolean regression, int classes) {
        List<Object> points = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            double x1 = random.nextDouble() * 12 - 6;
            double x2 = random.nextDouble() * 12 - 6;
            Object label;
            if (regression) label = random.nextDouble() * 4 - 2;
            else if (classes == 2) label = random.nextBoolean() ? 1 : -1;
            else label = random.nextInt(classes);
            points.add(List.of(x1, x2, label));
        }
        return points;
    }

    /**
     * A subset of the nine features: one dealt from a deck (so each appears), plus the two
     * coordinates, a random selection, all nine, or nothing more, by a deck of shapes.
     */
    private List<String> features() {
        List<String> names = Schema.FEATURE_NAMES;
        boolean[] chosen = new boolean[names.size()];
        chosen[names.indexOf(deal("feature", names))] = true;
        switch (deal("feature set", List.of("single", "with x1 x2", "random", "all"))) {
            case "with x1 x2":
                chosen[0] = chosen[1] = true;
                break;
            case "random":
                for (int i = 0; i < chosen.length; i++) chosen[i] |= random.nextInt(3) == 0;
                break;
            case "all":
                Arrays.fill(chosen, true);
                break;
            default:
        }
        List<String> features = new ArrayList<>();
        for (int i = 0; i < chosen.length; i++) if (chosen[i]) features.add(names.get(i));
        Collections.shuffle(features, random); // order in the config does not matter
        return features;
    }

    /** 0 to 6 layers (a deck), widths 1 to 8 with the extremes more likely. */
    private List<Integer> hiddenLayers() {
        int layers = deal("layers", List.of(0, 1, 2, 3, 4, 5, 6));
        List<Integer> widths = new ArrayList<>();
        for (int i = 0; i < layers; i++) widths.add(deal("width", List.of(1, 2 + random.nextInt(6), 8)));
        return widths;
    }

    @SuppressWarnings("unchecked")
    private <T> T deal(String name, List<T> values) {
        Deck<T> deck = (Deck<T>) decks.computeIfAbsent(name, k -> new Deck<T>());
        return deck.deal(values, random);
    }

    /**
     * Values shuffled and dealt until used up. The values are passed at every deal because
     * some are drawn afresh each time (the middle one of {@code 1, random, 30}).
     */
    private static final class Deck<T> {
        private final List<Integer> order = new ArrayList<>();

        T deal(List<T> values, Random random) {
            if (order.isEmpty()) {
                for (int i = 0; i < values.size(); i++) order.add(i);
                Collections.shuffle(order, random);
            }
            return values.get(order.remove(order.size() - 1));
        }
    }

    /** For each aspect, how many configurations have each value. */
    static Map<String, Map<String, Integer>> coverage(List<Case> cases) {
        Map<String, Map<String, Integer>> c = new TreeMap<>();
        for (Case k : cases) {
            Config cfg = k.config();
            count(c, "problem", cfg.problem);
            count(c, "dataset", cfg.dataset);
            count(c, "activation", cfg.activation);
            count(c, "optimizer", cfg.optimizer);
            count(c, "regularization", cfg.regularization);
            if (!"none".equals(cfg.regularization) && cfg.regularizationRate > 0) {
                count(c, "regularization with a non-zero rate", cfg.regularization);
            }
            count(c, "init", cfg.init);
            count(c, "loss/" + cfg.problem, cfg.loss);
            count(c, "learningRate", String.valueOf(cfg.learningRate));
            if (cfg.classes > 2) {
                count(c, "classes", String.valueOf(cfg.classes));
                count(c, "multi-class dataset", cfg.dataset);
                count(c, "multi-class loss", cfg.loss);
            }
            for (String f : cfg.features) count(c, "feature", f);
            count(c, "feature count", cfg.features.length == 9 ? "all" : cfg.features.length == 1 ? "one" : "some");
            count(c, "layers", String.valueOf(cfg.hiddenLayers.length));
            for (int w : cfg.hiddenLayers) count(c, "width", String.valueOf(w));
            count(c, "batchSize", cfg.batchSize == 1 ? "1" : cfg.batchSize == 30 ? "30" : "2..29");
            count(c, "noise", cfg.noise == 0 ? "0" : cfg.noise == 50 ? "50" : cfg.noise != Math.rint(cfg.noise) ? "fractional" : "1..49");
            count(c, "trainPercent", cfg.trainPercent == 10 ? "10" : cfg.trainPercent == 90 ? "90" : "11..89");
            count(c, "epochs", String.valueOf(k.epochs()));
        }
        return c;
    }

    private static void count(Map<String, Map<String, Integer>> c, String aspect, String value) {
        c.computeIfAbsent(aspect, a -> new TreeMap<>()).merge(value, 1, Integer::sum);
    }
}
