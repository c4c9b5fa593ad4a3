package playground.server.runs;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import playground.config.Config;
import playground.core.Json;
import playground.config.Limits;

/**
 * What {@code GET /api/runs/{id}} answers: the request, its status and progress, each trial's
 * results, and what they add up to: for several seeds the mean and spread of the loss curves, for
 * a sweep a table of final test losses per grid cell. Numbers are written by the core's JSON
 * writer, so each loss reads back to the exact bits the trial computed.
 */
public final class RunView {
    /** Curves longer than this are thinned to every k-th epoch (the last one always kept). */
    public static final int MAX_CURVE_POINTS = 1000;

    private RunView() {}

    /** The whole answer, as a JSON-ready map. */
    public static Map<String, Object> of(RunStore.RunRow run, List<RunStore.TrialRow> trials, List<LossChunk> points) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", run.id());
        m.put("kind", kind(run).json);
        m.put("status", run.status().json);
        m.put("config", Config.fromJson(run.config(), Limits.SERVER).toMap());
        m.put("epochs", run.epochs());
        m.put("seeds", run.seeds());
        m.put("grid", run.grid() == null ? null : parse(run.grid()));
        m.put("createdAt", run.createdAt().toString());
        m.put("finishedAt", run.finishedAt() == null ? null : run.finishedAt().toString());
        m.put("cost", run.cost());
        m.put("progress", progress(run, trials));
        List<Object> results = new ArrayList<>();
        for (RunStore.TrialRow t : trials) results.add(result(run.id(), t));
        m.put("results", results);
        if (run.seeds() > 1) m.put("curves", curves(run, trials, points));
        if (run.grid() != null) m.put("sweep", sweep(run, trials));
        return m;
    }

    static RunRequest.Kind kind(RunStore.RunRow run) {
        if (run.grid() != null) return RunRequest.Kind.SWEEP;
        return run.seeds() > 1 ? RunRequest.Kind.SEEDS : RunRequest.Kind.SINGLE;
    }

    /** Trials done of all, and epochs trained of all (a finished trial counts in full, also one that diverged). */
    public static Map<String, Object> progress(RunStore.RunRow run, List<RunStore.TrialRow> trials) {
        int done = 0;
        long epochs = 0;
        for (RunStore.TrialRow t : trials) {
            if (t.status() == RunStatus.DONE) {
                done++;
                epochs += run.epochs();
            } else {
                epochs += Math.min(t.epoch(), run.epochs());
            }
        }
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("trialsDone", done);
        m.put("trials", run.trials());
        m.put("epochsDone", epochs);
        m.put("epochs", (long) run.trials() * run.epochs());
        return m;
    }

    /** One trial: its settings and seed, where it stands, and its losses; a link to its final state once done. */
    public static Map<String, Object> result(String runId, RunStore.TrialRow t) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("trial", t.index());
        m.put("status", t.status().json);
        m.put("settings", parse(t.settings()));
        m.put("seed", t.seed());
        m.put("epoch", t.epoch());
        m.put("trainLoss", t.trainLoss());
        m.put("testLoss", t.testLoss());
        m.put("bestTestLoss", t.bestTestLoss());
        m.put("bestEpoch", t.bestEpoch());
        m.put("diverged", t.diverged());
        m.put("snapshot", t.status() == RunStatus.DONE ? snapshotPath(runId, t.index()) : null);
        if (t.error() != null) m.put("error", t.error());
        return m;
    }

    public static String snapshotPath(String runId, int trial) {
        return "/api/runs/" + runId + "/trials/" + trial + "/snapshot";
    }

    /**
     * Per grid cell (one without a grid), the mean and sample standard deviation over its seeds of
     * the train and test loss at every epoch, over the seeds whose curves reach that epoch so far.
     */
    static List<Object> curves(RunStore.RunRow run, List<RunStore.TrialRow> trials, List<LossChunk> points) {
        LossCurves[] byTrial = new LossCurves[run.trials()];
        for (int i = 0; i < byTrial.length; i++) byTrial[i] = new LossCurves();
        for (LossChunk c : points) byTrial[c.trial()].add(c);
        List<Object> cells = new ArrayList<>();
        int seeds = run.seeds();
        for (int first = 0; first + seeds <= trials.size(); first += seeds) {
            int length = 0;
            for (int s = 0; s < seeds; s++) length = Math.max(length, byTrial[first + s].size());
            int step = Math.max(1, (length + MAX_CURVE_POINTS - 1) / MAX_CURVE_POINTS);
            List<Object> epochs = new ArrayList<>();
            List<Object> meanTrain = new ArrayList<>(), stdTrain = new ArrayList<>();
            List<Object> meanTest = new ArrayList<>(), stdTest = new ArrayList<>();
            for (int e = 0; e < length; e = next(e, step, length)) {
                Spread train = new Spread(), test = new Spread();
                for (int s = 0; s < seeds; s++) {
                    LossCurves curve = byTrial[first + s];
                    if (e < curve.size()) {
                        train.add(curve.train(e));
                        test.add(curve.test(e));
                    }
                }
                epochs.add(e);
                meanTrain.add(train.mean());
                stdTrain.add(train.std());
                meanTest.add(test.mean());
                stdTest.add(test.std());
            }
            Map<String, Object> cell = new LinkedHashMap<>();
            cell.put("settings", parse(trials.get(first).settings()));
            cell.put("epoch", epochs);
            cell.put("meanTrainLoss", meanTrain);
            cell.put("stdTrainLoss", stdTrain);
            cell.put("meanTestLoss", meanTest);
            cell.put("stdTestLoss", stdTest);
            cells.add(cell);
        }
        return cells;
    }

    /** The next epoch to show: every step-th, and always the last. */
    private static int next(int e, int step, int length) {
        if (e == length - 1) return length;
        return Math.min(e + step, length - 1);
    }

    /**
     * The sweep's table: the settings and their values (the axes of a heatmap), and per cell the
     * mean and spread over its seeds of the final test loss, the mean final train loss, how many
     * seeds diverged; and the finished cell with the lowest mean test loss.
     */
    static Map<String, Object> sweep(RunStore.RunRow run, List<RunStore.TrialRow> trials) {
        @SuppressWarnings("unchecked")
        Map<String, Object> grid = (Map<String, Object>) parse(run.grid());
        List<Object> cells = new ArrayList<>();
        Map<String, Object> best = null;
        double bestMean = Double.POSITIVE_INFINITY;
        int seeds = run.seeds();
        for (int first = 0; first + seeds <= trials.size(); first += seeds) {
            Spread test = new Spread(), train = new Spread();
            int done = 0, diverged = 0;
            for (int s = 0; s < seeds; s++) {
                RunStore.TrialRow t = trials.get(first + s);
                if (t.status() != RunStatus.DONE) continue;
                done++;
                if (t.diverged()) diverged++;
                test.add(t.testLoss() == null ? Double.NaN : t.testLoss());
                train.add(t.trainLoss() == null ? Double.NaN : t.trainLoss());
            }
            Map<String, Object> cell = new LinkedHashMap<>();
            cell.put("settings", parse(trials.get(first).settings()));
            cell.put("trials", range(first, seeds));
            cell.put("trialsDone", done);
            cell.put("meanTestLoss", test.mean());
            cell.put("stdTestLoss", test.std());
            cell.put("meanTrainLoss", train.mean());
            cell.put("diverged", diverged);
            cells.add(cell);
            Double mean = test.mean();
            if (done == seeds && mean != null && mean < bestMean) {
                bestMean = mean;
                best = cell;
            }
        }
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("settings", new ArrayList<>(grid.keySet()));
        m.put("values", grid);
        m.put("cells", cells);
        m.put("best", best);
        return m;
    }

    /**
     * Stored settings or grid, with whole numbers as integers again ({@code [8, 8]}, not
     * {@code [8.0, 8.0]}: the core's reader gives every number as a double).
     */
    static Object parse(String json) {
        return wholeNumbersAsIntegers(Json.parse(json));
    }

    @SuppressWarnings("unchecked")
    private static Object wholeNumbersAsIntegers(Object value) {
        if (value instanceof Double) {
            double d = (Double) value;
            return d == Math.rint(d) && Math.abs(d) < 1e15 ? (Object) (long) d : value;
        }
        if (value instanceof List) {
            List<Object> list = new ArrayList<>();
            for (Object item : (List<Object>) value) list.add(wholeNumbersAsIntegers(item));
            return list;
        }
        if (value instanceof Map) {
            Map<String, Object> map = new LinkedHashMap<>();
            for (Map.Entry<String, Object> e : ((Map<String, Object>) value).entrySet()) {
                map.put(e.getKey(), wholeNumbersAsIntegers(e.getValue()));
            }
            return map;
        }
        return value;
    }

    private static List<Object> range(int first, int count) {
        List<Object> indices = new ArrayList<>();
        for (int i = 0; i < count; i++) indices.add(first + i);
        return indices;
    }

    /** A trial's loss history, assembled from its chunks. */
    private static final class LossCurves {
        private double[] train = new double[0];
        private double[] test = new double[0];

        void add(LossChunk c) {
            int end = c.lastEpoch() + 1;
            if (end > train.length) {
                train = Arrays.copyOf(train, end);
                test = Arrays.copyOf(test, end);
            }
            System.arraycopy(c.train(), 0, train, c.firstEpoch(), c.train().length);
            System.arraycopy(c.test(), 0, test, c.firstEpoch(), c.test().length);
        }

        int size() {
            return train.length;
        }

        double train(int e) {
            return train[e];
        }

        double test(int e) {
            return test[e];
        }
    }

    /**
     * Mean and sample standard deviation of some numbers: null for none; NaN or infinite where a
     * value is (the core's JSON writes them as "NaN", "Infinity").
     */
    static final class Spread {
        private final List<Double> values = new ArrayList<>();

        void add(double x) {
            values.add(x);
        }

        /** Null when no seed reached the epoch; NaN or infinite when a seed's loss is. */
        Double mean() {
            if (values.isEmpty()) return null;
            double sum = 0;
            for (double x : values) sum += x;
            return sum / values.size();
        }

        /** Two passes (mean, then squared deviations), which stay accurate when the spread is tiny. */
        Double std() {
            Double mean = mean();
            if (mean == null) return null;
            if (!Double.isFinite(mean)) return Double.NaN;
            if (values.size() < 2) return 0.0;
            double squares = 0;
            for (double x : values) squares += (x - mean) * (x - mean);
            return Math.sqrt(squares / (values.size() - 1));
        }
    }
}
