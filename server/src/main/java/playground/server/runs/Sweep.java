package playground.server.runs;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorCompletionService;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;
import playground.config.Config;
import playground.config.ConfigException;

/**
 * A grid of settings × a number of seeds: the trials, and what they add up to. Seeds are the base
 * configuration's seed, seed + 1, …; the cells are the grid's combinations.
 */
public final class Sweep {
    public final Config base;
    public final Grid grid;
    public final int seeds;
    public final int epochs;
    public final List<Trial> trials = new ArrayList<>();
    private final List<Map<String, Object>> cells;

    public Sweep(Config base, Grid grid, int seeds, int epochs) {
        if (seeds < 1 || seeds > RunLimits.MAX_SEEDS) {
            throw new ConfigException("seeds", "must be from 1 to " + RunLimits.MAX_SEEDS + ", got " + seeds);
        }
        this.base = base;
        this.grid = grid;
        this.seeds = seeds;
        this.epochs = epochs;
        this.cells = grid.cells();
        for (Map<String, Object> cell : cells) {
            Config config = Grid.apply(base, cell);
            for (int s = 0; s < seeds; s++) {
                trials.add(new Trial(trials.size(), cell, config.with("seed", (double) base.seed + s), epochs));
            }
        }
    }

    /** Runs every trial on {@code threads} threads; {@code onResult} sees each as it finishes, one at a time. */
    public List<Trial.Result> run(int threads, Consumer<Trial.Result> onResult) throws InterruptedException {
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "sweep");
            t.setDaemon(true);
            return t;
        });
        try {
            ExecutorCompletionService<Trial.Result> done = new ExecutorCompletionService<>(pool);
            for (Trial t : trials) done.submit(t::run);
            Trial.Result[] results = new Trial.Result[trials.size()];
            for (int i = 0; i < trials.size(); i++) {
                Trial.Result r = done.take().get();
                results[r.trial.index] = r;
                onResult.accept(r);
            }
            return List.of(results);
        } catch (ExecutionException e) {
            throw new IllegalStateException("a trial failed", e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }

    /**
     * Per cell, the mean and spread (sample standard deviation) of the final test loss over the
     * seeds, and the cell with the lowest mean: the summary line.
     */
    public Map<String, Object> summary(List<Trial.Result> results) {
        List<Object> cellSummaries = new ArrayList<>();
        Map<String, Object> best = null;
        double bestMean = Double.POSITIVE_INFINITY;
        for (int c = 0; c < cells.size(); c++) {
            double sum = 0, sumSq = 0, train = 0;
            int diverged = 0;
            for (int s = 0; s < seeds; s++) {
                Trial.Result r = results.get(c * seeds + s);
                double t = r.run.testLoss();
                sum += t;
                sumSq += t * t;
                train += r.run.trainLoss();
                if (r.diverged) diverged++;
            }
            double mean = sum / seeds;
            double variance = seeds > 1 ? Math.max(0, (sumSq - seeds * mean * mean) / (seeds - 1)) : 0;
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("settings", cells.get(c));
            m.put("meanTestLoss", mean);
            m.put("stdTestLoss", Math.sqrt(variance));
            m.put("meanTrainLoss", train / seeds);
            m.put("diverged", diverged);
            cellSummaries.add(m);
            if (mean < bestMean) {
                bestMean = mean;
                best = m;
            }
        }
        Map<String, Object> summary = new LinkedHashMap<>();
        summary.put("done", true);
        summary.put("trials", results.size());
        summary.put("cells", cellSummaries);
        summary.put("best", best);
        return summary;
    }
}
