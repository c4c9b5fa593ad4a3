package playground.config;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import playground.core.Json;

/**
 * A challenge carried by a link (docs/sharing.md): "test loss below 0.05 with at most 2 hidden layers",
 * or the crash course's "train/test gap below 0.1". Every part is optional ({@code null} when not
 * set) but at least one is set; the goal is met when every part that is set holds.
 *
 * <p>A goal may also be a list of successive tasks, as the crash course's exercises ("test loss
 * below 0.35, then below 0.2"): {@link #tasks} in order, each a one-task Goal; the goal is met
 * when its last task is, after the earlier ones ({@link GoalProgress} follows a run). Its own
 * parts are then its last task's. In JSON a one-task goal is the plain object of its parts (as it
 * always was) and a longer one is {@code {"tasks": [{…}, {…}]}}.
 *
 * <p>The page words the goal itself (in the reader's language); this class only holds and checks it.
 */
public final class Goal {
    public static final String TEST_LOSS_BELOW = "testLossBelow";
    public static final String TRAIN_LOSS_BELOW = "trainLossBelow";
    public static final String TRAIN_TEST_GAP_BELOW = "trainTestGapBelow";
    public static final String MAX_LAYERS = "maxLayers";
    public static final String MAX_NEURONS = "maxNeurons";
    public static final String WITHIN_EPOCHS = "withinEpochs";
    /** The keys of {@link #toMap}, in order. */
    public static final List<String> KEYS = Arrays.asList(
            TEST_LOSS_BELOW, TRAIN_LOSS_BELOW, TRAIN_TEST_GAP_BELOW, MAX_LAYERS, MAX_NEURONS, WITHIN_EPOCHS);
    /** The JSON key of a goal of several tasks. */
    public static final String TASKS = "tasks";
    /** The most tasks one goal may have. */
    public static final int MAX_TASKS = 10;

    /** Test loss must fall below this. */
    public final Double testLossBelow;
    /** Training loss must fall below this (the crash course's learning-rate exercise). */
    public final Double trainLossBelow;
    /** |test loss − training loss| must be below this. */
    public final Double trainTestGapBelow;
    /** At most this many hidden layers. */
    public final Integer maxLayers;
    /** At most this many hidden neurons in all. */
    public final Integer maxNeurons;
    /** Reached by this epoch at the latest. */
    public final Integer withinEpochs;

    /** The tasks in order; a one-task goal's only task is itself. */
    public final List<Goal> tasks;

    /** Checks every part; a ConfigException names it as {@code goal.<part>}. */
    public Goal(Double testLossBelow, Double trainLossBelow, Double trainTestGapBelow,
            Integer maxLayers, Integer maxNeurons, Integer withinEpochs) {
        this("goal.", testLossBelow, trainLossBelow, trainTestGapBelow, maxLayers, maxNeurons, withinEpochs);
    }

    private Goal(String prefix, Double testLossBelow, Double trainLossBelow, Double trainTestGapBelow,
            Integer maxLayers, Integer maxNeurons, Integer withinEpochs) {
        this.tasks = Collections.singletonList(this);
        this.testLossBelow = testLossBelow == null ? null : Values.positive(prefix + TEST_LOSS_BELOW, testLossBelow);
        this.trainLossBelow = trainLossBelow == null ? null : Values.positive(prefix + TRAIN_LOSS_BELOW, trainLossBelow);
        this.trainTestGapBelow = trainTestGapBelow == null ? null
                : Values.positive(prefix + TRAIN_TEST_GAP_BELOW, trainTestGapBelow);
        this.maxLayers = maxLayers == null ? null
                : Values.integer(prefix + MAX_LAYERS, maxLayers, 0, Integer.MAX_VALUE);
        this.maxNeurons = maxNeurons == null ? null
                : Values.integer(prefix + MAX_NEURONS, maxNeurons, 0, Integer.MAX_VALUE);
        this.withinEpochs = withinEpochs == null ? null
                : Values.integer(prefix + WITHIN_EPOCHS, withinEpochs, 1, Integer.MAX_VALUE);
        if (testLossBelow == null && trainLossBelow == null && trainTestGapBelow == null
                && maxLayers == null && maxNeurons == null && withinEpochs == null) {
            throw new ConfigException(prefix.substring(0, prefix.length() - 1),
                    "must set at least one of " + Schema.join(KEYS));
        }
    }

    /** A goal of successive tasks, each a one-task goal; the parts are the last task's. */
    private Goal(List<Goal> tasks) {
        Goal last = tasks.get(tasks.size() - 1);
        this.testLossBelow = last.testLossBelow;
        this.trainLossBelow = last.trainLossBelow;
        this.trainTestGapBelow = last.trainTestGapBelow;
        this.maxLayers = last.maxLayers;
        this.maxNeurons = last.maxNeurons;
        this.withinEpochs = last.withinEpochs;
        this.tasks = Collections.unmodifiableList(new ArrayList<>(tasks));
    }

    /** The goal of these tasks in order: the task itself when there is one. */
    public static Goal ofTasks(List<Goal> tasks) {
        if (tasks.isEmpty() || tasks.size() > MAX_TASKS) {
            throw new ConfigException("goal." + TASKS, "must hold 1 to " + MAX_TASKS + " tasks, got " + tasks.size());
        }
        for (int i = 0; i < tasks.size(); i++) {
            if (tasks.get(i).tasks.size() != 1) {
                throw new ConfigException("goal." + TASKS + "[" + i + "]", "must be one task, not a list of tasks");
            }
        }
        return tasks.size() == 1 ? tasks.get(0) : new Goal(tasks);
    }

    /** Reads a goal object, as {@link Json#parse} gives it; unknown keys are an error. */
    public static Goal fromMap(Map<String, ?> map) {
        if (map.containsKey(TASKS)) {
            if (map.size() > 1) {
                throw new ConfigException("goal." + TASKS, "must be the goal's only key; put each part in a task");
            }
            List<?> list = Values.list("goal." + TASKS, map.get(TASKS));
            ArrayList<Goal> tasks = new ArrayList<>();
            for (int i = 0; i < list.size(); i++) {
                String prefix = "goal." + TASKS + "[" + i + "]";
                tasks.add(task(prefix + ".", Values.map(prefix, list.get(i))));
            }
            return ofTasks(tasks);
        }
        return task("goal.", map);
    }

    private static Goal task(String prefix, Map<String, ?> map) {
        for (String key : map.keySet()) {
            if (!KEYS.contains(key)) {
                throw new ConfigException(prefix + key, "unknown key; known keys are " + Schema.join(KEYS)
                        + (prefix.equals("goal.") ? ", or " + TASKS : ""));
            }
        }
        return new Goal(prefix, threshold(prefix, map, TEST_LOSS_BELOW), threshold(prefix, map, TRAIN_LOSS_BELOW),
                threshold(prefix, map, TRAIN_TEST_GAP_BELOW), count(prefix, map, MAX_LAYERS, 0),
                count(prefix, map, MAX_NEURONS, 0), count(prefix, map, WITHIN_EPOCHS, 1));
    }

    private static Double threshold(String prefix, Map<String, ?> map, String key) {
        return map.containsKey(key) ? Values.positive(prefix + key, map.get(key)) : null;
    }

    private static Integer count(String prefix, Map<String, ?> map, String key, int min) {
        return map.containsKey(key) ? Values.integer(prefix + key, map.get(key), min, Integer.MAX_VALUE) : null;
    }

    /** The parts that are set, in {@link #KEYS} order; {@code {"tasks": […]}} for several tasks. */
    public LinkedHashMap<String, Object> toMap() {
        LinkedHashMap<String, Object> map = new LinkedHashMap<>();
        if (tasks.size() > 1) {
            ArrayList<Object> list = new ArrayList<>();
            for (Goal task : tasks) list.add(task.toMap());
            map.put(TASKS, list);
            return map;
        }
        if (testLossBelow != null) map.put(TEST_LOSS_BELOW, testLossBelow);
        if (trainLossBelow != null) map.put(TRAIN_LOSS_BELOW, trainLossBelow);
        if (trainTestGapBelow != null) map.put(TRAIN_TEST_GAP_BELOW, trainTestGapBelow);
        if (maxLayers != null) map.put(MAX_LAYERS, maxLayers);
        if (maxNeurons != null) map.put(MAX_NEURONS, maxNeurons);
        if (withinEpochs != null) map.put(WITHIN_EPOCHS, withinEpochs);
        return map;
    }

    /**
     * Whether a network with {@code layers} hidden layers and {@code neurons} hidden neurons, at
     * {@code epoch} with these losses, meets every part of the goal (of a goal of several tasks:
     * its last task's; {@link GoalProgress} follows the order). A NaN loss never meets a loss part
     * (a diverged network wins nothing).
     */
    public boolean isMetBy(double trainLoss, double testLoss, int layers, int neurons, int epoch) {
        return !partsMet(trainLoss, testLoss, layers, neurons, epoch).containsValue(Boolean.FALSE);
    }

    /** Each part that is set (in {@link #KEYS} order) and whether it holds for such a network, as {@link #isMetBy}. */
    public LinkedHashMap<String, Boolean> partsMet(double trainLoss, double testLoss, int layers, int neurons,
            int epoch) {
        LinkedHashMap<String, Boolean> parts = new LinkedHashMap<>();
        if (testLossBelow != null) parts.put(TEST_LOSS_BELOW, testLoss < testLossBelow);
        if (trainLossBelow != null) parts.put(TRAIN_LOSS_BELOW, trainLoss < trainLossBelow);
        if (trainTestGapBelow != null) parts.put(TRAIN_TEST_GAP_BELOW, Math.abs(testLoss - trainLoss) < trainTestGapBelow);
        if (maxLayers != null) parts.put(MAX_LAYERS, layers <= maxLayers);
        if (maxNeurons != null) parts.put(MAX_NEURONS, neurons <= maxNeurons);
        if (withinEpochs != null) parts.put(WITHIN_EPOCHS, epoch <= withinEpochs);
        return parts;
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof Goal)) return false;
        Goal g = (Goal) o;
        if (tasks.size() > 1 || g.tasks.size() > 1) return tasks.size() == g.tasks.size() && tasks.equals(g.tasks);
        return Objects.equals(testLossBelow, g.testLossBelow) && Objects.equals(trainLossBelow, g.trainLossBelow)
                && Objects.equals(trainTestGapBelow, g.trainTestGapBelow) && Objects.equals(maxLayers, g.maxLayers)
                && Objects.equals(maxNeurons, g.maxNeurons) && Objects.equals(withinEpochs, g.withinEpochs);
    }

    @Override
    public int hashCode() {
        if (tasks.size() > 1) return tasks.hashCode();
        return Objects.hash(testLossBelow, trainLossBelow, trainTestGapBelow, maxLayers, maxNeurons, withinEpochs);
    }

    @Override
    public String toString() {
        return Json.write(toMap());
    }
}
