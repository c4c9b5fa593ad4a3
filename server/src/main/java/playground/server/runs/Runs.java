package playground.server.runs;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.net.InetAddress;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import playground.core.Json;
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
    /** Seconds a client is asked to wait when the storage is full: old runs expire by the hour. */
    static final long STORAGE_FULL_RETRY_SECONDS = 3600;
    private static final AtomicInteger INSTANCES = new AtomicInteger();

    /** Connections for trials beyond one per worker thread: db-scheduler's polling and heartbeats. */
    private static final int SCHEDULER_CONNECTIONS = 4;

    private final Database database;
    private final Database workPool;
    private final RunStore store;
    private final RunScheduler scheduler;
    private final RunOptions options;
    private final String worker;
    private final Counter submitted;
    private final ViewCache views = new ViewCache(System::nanoTime);

    private Runs(Database database, Database workPool, RunStore store, RunScheduler scheduler, RunOptions options,
            String worker, MeterRegistry metrics) {
        this.database = database;
        this.workPool = workPool;
        this.store = store;
        this.scheduler = scheduler;
        this.options = options;
        this.worker = worker;
        this.submitted = Counter.builder("playground.runs.submitted").description("Server runs accepted").register(metrics);
    }

    /**
     * Starts executing trials on {@code workers} threads (0: this process only submits, reads and
     * cancels; others execute). Trials and the scheduler take their connections from a pool of
     * their own, so that readers holding every connection of the main pool cannot make a trial's
     * write time out.
     */
    public static Runs start(Database database, RunOptions options, int workers, MeterRegistry metrics) {
        RunStore store = new RunStore(database);
        String worker = processName();
        if (workers == 0) {
            RunScheduler scheduler = RunScheduler.start(database, store, options, 0, worker, metrics);
            return new Runs(database, null, store, scheduler, options, worker, metrics);
        }
        Database workPool = database.openPool("playground-trials", workers + SCHEDULER_CONNECTIONS, metrics);
        try {
            RunScheduler scheduler = RunScheduler.start(workPool, new RunStore(workPool), options, workers, worker,
                    metrics);
            return new Runs(database, workPool, store, scheduler, options, worker, metrics);
        } catch (RuntimeException e) {
            workPool.close();
            throw e;
        }
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

    /** The client of runs submitted from inside this process (benchmarks, tests). */
    public static final String LOCAL_CLIENT = "local";

    /** Accepts a run from inside this process; see {@link #submit(RunRequest, String)}. */
    public String submit(RunRequest request) throws SQLException {
        return submit(request, LOCAL_CLIENT);
    }

    /**
     * Accepts a run: checks it against the limits ({@link RunOptions}, {@link RunLimits}), stores it
     * and makes its trials due, each after the trials this client already has queued (round-robin
     * between clients). Two submissions at the same instant may both pass a limit that only one of
     * them fits; the limits are about abuse, not exact accounting.
     *
     * @param client the submitting address (the TCP peer)
     * @return the new run's id
     */
    public String submit(RunRequest request, String client) throws SQLException {
        RunLimits limits = options.limits();
        double cost = request.cost();
        if (cost > options.budget()) throw overBudget(request, cost);
        long storage = RunStorage.bytes(request);
        if (storage > limits.runStorageBytes()) {
            throw Refusal.tooLarge(null, "this run may store up to " + RunStorage.format(storage)
                    + " (loss curves of every epoch, checkpoints and final states of its " + request.trials().size()
                    + " trials), more than the limit of " + RunStorage.format(limits.runStorageBytes())
                    + " per run; ask for fewer epochs, seeds or grid values, or a smaller network");
        }
        int trials = request.trials().size();
        RunStore.Usage usage = store.usage(client);
        if (usage.activeTrials() + trials > options.maxQueuedTrials()) {
            throw Refusal.busy("the queue is full: " + usage.activeTrials() + " trials are queued or"
                    + " running, this run adds " + trials + " and the limit is " + options.maxQueuedTrials()
                    + "; try again later", QUEUE_FULL_RETRY_SECONDS);
        }
        if (usage.clientTrials() + trials > limits.trialsPerAddress()) {
            throw Refusal.busy("this address has " + usage.clientTrials() + " trials queued or running,"
                    + " this run adds " + trials + " and each address may have " + limits.trialsPerAddress()
                    + "; wait for some to finish", QUEUE_FULL_RETRY_SECONDS);
        }
        if (usage.clientCompute() + cost > limits.computePerAddress()) {
            throw Refusal.busy("this address has runs of " + ComputeBudget.format(usage.clientCompute())
                    + " units of compute queued or running, this run adds " + ComputeBudget.format(cost)
                    + " and each address may have " + ComputeBudget.format(limits.computePerAddress())
                    + "; wait for some to finish", QUEUE_FULL_RETRY_SECONDS);
        }
        if (usage.storage() + storage > limits.storageBytes()) {
            throw Refusal.busy("the server's storage for runs is full: stored runs may take "
                    + RunStorage.format(usage.storage()) + ", this one up to " + RunStorage.format(storage)
                    + " and the limit is " + RunStorage.format(limits.storageBytes()) + "; finished runs are deleted"
                    + " after " + options.retention().toDays() + " days, try again later", STORAGE_FULL_RETRY_SECONDS);
        }
        long free = database.freeDiskBytes();
        if (free >= 0 && free - storage < limits.minFreeDiskBytes()) {
            throw Refusal.busy("the server's disk is nearly full (" + RunStorage.format(free)
                    + " free, this run may store up to " + RunStorage.format(storage) + "); try again later",
                    STORAGE_FULL_RETRY_SECONDS);
        }
        String id = IDS.newId();
        store.create(id, request, cost, client, storage);
        try {
            scheduler.submit(id, trials, usage.clientTrials());
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
     * {@link #view} as JSON, from the {@link ViewCache} when a reader asked for it a moment ago and
     * no trial finished since: a crowd reading one large run costs a one-row read each and one
     * database read a second, or a minute once it finished.
     */
    public Optional<String> viewJson(String id) throws SQLException {
        Optional<String> stamp = store.stamp(id);  // before the view: a change after it makes the next hit read again
        if (stamp.isEmpty()) {
            views.remove(id);
            return Optional.empty();
        }
        ViewCache.Entry cached = views.get(id);
        if (cached != null && cached.stamp().equals(stamp.get())) return Optional.of(cached.json());
        Optional<Map<String, Object>> view = view(id);
        if (view.isEmpty()) {
            views.remove(id);
            return Optional.empty();
        }
        String json = Json.write(view.get());
        views.put(id, json, stamp.get(), !RunStatus.of((String) view.get().get("status")).isActive());
        return Optional.of(json);
    }

    /**
     * Cancels the run if it is queued or running (a finished run stays as it is).
     *
     * @return false if there is no such run
     */
    public boolean cancel(String id) throws SQLException {
        Optional<List<Integer>> queued = store.cancel(id);
        views.remove(id);
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
        if (workPool != null) workPool.close();
    }
}
