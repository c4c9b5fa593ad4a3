package playground.config;

import java.util.Arrays;
import java.util.List;

/**
 * How far one run has come towards a {@link Goal}: its tasks are ticked in order, each at the
 * first checked epoch where every part of it holds (after the task before it was ticked, possibly
 * at the same epoch); the goal is met when its last task is. For each part of each task it also
 * keeps the first epoch the part held, up to the task's tick, so that a card can show every part
 * as it stood when the task was met, and one verdict: met at an epoch, missed, or not yet.
 *
 * <p>Epochs are checked in increasing order; the untrained network (epoch 0) wins nothing.
 */
public final class GoalProgress {
    public final Goal goal;
    private final int layers;
    private final int neurons;
    /** Per task, the epoch it was ticked at, or -1. */
    private final int[] taskMetAt;
    /** Per task and part ({@link Goal#KEYS} order), the first epoch the part held, or -1. */
    private final int[][] partMetAt;
    /** The first task not yet ticked. */
    private int current;
    private int lastEpoch;

    /** A fresh start for a network of {@code layers} hidden layers and {@code neurons} hidden neurons. */
    public GoalProgress(Goal goal, int layers, int neurons) {
        this.goal = goal;
        this.layers = layers;
        this.neurons = neurons;
        int n = goal.tasks.size();
        taskMetAt = new int[n];
        Arrays.fill(taskMetAt, -1);
        partMetAt = new int[n][Goal.KEYS.size()];
        for (int[] row : partMetAt) Arrays.fill(row, -1);
    }

    /** Checks one epoch; returns true when this epoch met the whole goal (it happens once). */
    public boolean check(int epoch, double trainLoss, double testLoss) {
        if (epoch < 1 || epoch <= lastEpoch || met()) return false;
        lastEpoch = epoch;
        List<Goal> tasks = goal.tasks;
        for (int t = current; t < tasks.size(); t++) {
            Goal task = tasks.get(t);
            for (int p = 0; p < Goal.KEYS.size(); p++) {
                if (partMetAt[t][p] < 0 && holds(task, Goal.KEYS.get(p), trainLoss, testLoss, epoch)) {
                    partMetAt[t][p] = epoch;
                }
            }
        }
        while (current < tasks.size() && tasks.get(current).isMetBy(trainLoss, testLoss, layers, neurons, epoch)) {
            taskMetAt[current++] = epoch;
        }
        return met();
    }

    /** Whether the part {@code part} (a {@link Goal#KEYS} name) is set on the task and holds. */
    private boolean holds(Goal task, String part, double train, double test, int epoch) {
        switch (part) {
            case Goal.TEST_LOSS_BELOW: return task.testLossBelow != null && test < task.testLossBelow;
            case Goal.TRAIN_LOSS_BELOW: return task.trainLossBelow != null && train < task.trainLossBelow;
            case Goal.TRAIN_TEST_GAP_BELOW:
                return task.trainTestGapBelow != null && Math.abs(test - train) < task.trainTestGapBelow;
            case Goal.MAX_LAYERS: return task.maxLayers != null && layers <= task.maxLayers;
            case Goal.MAX_NEURONS: return task.maxNeurons != null && neurons <= task.maxNeurons;
            default: return task.withinEpochs != null && epoch <= task.withinEpochs;
        }
    }

    public int tasks() {
        return goal.tasks.size();
    }

    /** The epoch task {@code task} (from 0) was ticked at, or -1. */
    public int taskMetAt(int task) {
        return taskMetAt[task];
    }

    /** The first epoch part {@code part} of task {@code task} held, or -1 (also for a part the task does not set). */
    public int partMetAt(int task, String part) {
        return partMetAt[task][Goal.KEYS.indexOf(part)];
    }

    /** The first task not yet ticked ({@link #tasks} once the goal is met). */
    public int currentTask() {
        return current;
    }

    public boolean met() {
        return current == taskMetAt.length;
    }

    /** The epoch the goal was met at (its last task's tick), or -1. */
    public int metAt() {
        return met() ? taskMetAt[taskMetAt.length - 1] : -1;
    }

    /** True when the current task has a deadline that {@code epoch} has passed: it can no longer be met. */
    public boolean missed(int epoch) {
        if (met()) return false;
        Integer within = goal.tasks.get(current).withinEpochs;
        return within != null && epoch > within;
    }

    /** The last epoch checked (0 before any). */
    public int lastEpoch() {
        return lastEpoch;
    }
}
