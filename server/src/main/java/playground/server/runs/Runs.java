package playground.server.runs;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.net.InetAddress;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import playground.server.db.Database;
import playground.server.db.RandomIds;
import playground.server.refusal.Refusal;

/**
 * Server runs as the API sees them (docs/api.md): submit within the limits, read, cancel. The runs
 * and their results live in the database ({@link RunStore}); their trials are executed by whichever
 * server processes on that database have worker threads ({@link RunScheduler}).
 */
public final class Runs implements AutoCloseable {
    /** 12 characters, about 71 bits: knowing the id is what lets one watch or cancel a run. */
    public static final RandomIds IDS = new RandomIds(12);
    /** Seconds a client is asked to wait when the queue is full. */
    static final long QUEUE_FULL_RETRY_SECONDS = 30;
    private static final AtomicInteger INSTANCES = new AtomicInteger();

    private final RunStore store;
    private final RunScheduler scheduler;
    private final RunOptions options;
    private final String worker;
    private final Counter submitted;

    private Runs(RunStore store, RunScheduler scheduler, RunOptions options, String worker, MeterRegistry metrics) {
        this.store = store;
        this.scheduler = scheduler;
        this.options = options;
        this.worker = worker;
        this.submitted = Counter.builder("playground.runs.submitted").description("Server runs accepted").register(metrics);
    }

    /**
     * Starts executing trials on {@code workers} threads (0: this process only submits, reads and
     * cancels; others execute).
     */
    public static Runs start(Database database, RunOptions options, int workers, MeterRegistry metrics) {
        RunStore store = new RunStore(database);
        String worker = processName();
        RunScheduler scheduler = RunScheduler.start(database, store, options, workers, worker, metrics);
        return new Runs(store, scheduler, options, worker, metrics);
    }

    /**
     * This process as recorded with the trials it executes: host and process id, and a counter
     * when one JVM runs several servers (tests).
     */
    static String processName() {
        String host;
        try {
            host = InetAddress.getLocalHost().getHostName();
        } catch (Exception e) {
            host = "localhost";
        }
        int n = INSTANCES.incrementAndGet();
        return host + ":" + ProcessHandle.current().pid() + (n > 1 ? "/" + n : "");
    }

    /**
     * Accepts a run: checks the compute budget (413) and the queue (429), stores it and makes its
     * trials due.
     *
     * @return the new run's id
     */
    public String submit(RunRequest request) throws SQLException {
        double cost = request.cost();
        if (cost > options.budget()) throw overBudget(request, cost);
        int trials = request.trials().size();
        int active = store.activeTrials();
        if (active + trials > options.maxQueuedTrials()) {
            throw Refusal.busy("the queue is full: " + active + " trials are queued or running, this run"
                    + " adds " + trials + " and the limit is " + options.maxQueuedTrials() + "; try again later",
                    QUEUE_FULL_RETRY_SECONDS);
        }
        String id = IDS.newId();
        store.create(id, request, cost);
        try {
            scheduler.submit(id, trials);
        } catch (RuntimeException e) {
            store.abandon(id, "could not be scheduled: " + e.getMessage());
            throw e;
        }
        submitted.increment();
        return id;
    }

    private Refusal overBudget(RunRequest request, double cost) {
        Trial largest = request.trials().get(0);
        for (Trial t : request.trials()) {
            if (ComputeBudget.cost(t.config, t.epochs) > ComputeBudget.cost(largest.config, largest.epochs)) largest = t;
        }
        int n = request.trials().size();
        String example = largest.epochs + " epochs × " + ComputeBudget.points(largest.config) + " points × "
                + ComputeBudget.parameters(largest.config) + " parameters";
        return Refusal.tooLarge(null, "this run needs " + ComputeBudget.format(cost)
                + " units of compute (epochs × points × parameters, summed over its " + n
                + (n == 1 ? " trial: " : " trials; the largest: ") + example + "), more than the limit of "
                + ComputeBudget.format(options.budget()) + " per run; ask for fewer epochs, points, seeds or grid"
                + " values, or a smaller network");
    }

    /** The run as {@code GET /api/runs/{id}} shows it, or empty if there is none. */
    public Optional<Map<String, Object>> view(String id) throws SQLException {
        Optional<RunStore.RunRow> run = store.run(id);
        if (run.isEmpty()) return Optional.empty();
        List<RunStore.TrialRow> trials = store.trials(id);
        List<LossChunk> points = run.get().seeds() > 1 ? store.points(id) : List.of();
        return Optional.of(RunView.of(run.get(), trials, points));
    }

    /**
     * Cancels the run if it is queued or running (a finished run stays as it is).
     *
     * @return false if there is no such run
     */
    public boolean cancel(String id) throws SQLException {
        Optional<List<Integer>> queued = store.cancel(id);
        if (queued.isEmpty()) return false;
        scheduler.cancel(id, queued.get());
        return true;
    }

    public RunStore store() {
        return store;
    }

    public RunOptions options() {
        return options;
    }

    /** This process's name in the trials it executes (host:pid). */
    public String worker() {
        return worker;
    }

    /** Stops executing trials: those running checkpoint and are handed to other processes. */
    @Override
    public void close() {
        scheduler.close();
    }
}
