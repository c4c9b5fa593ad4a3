package playground.server.runs;

import com.github.kagkarlsson.scheduler.Scheduler;
import com.github.kagkarlsson.scheduler.SchedulerBuilder;
import com.github.kagkarlsson.scheduler.SchedulerClient;
import com.github.kagkarlsson.scheduler.SchedulerName;
import com.github.kagkarlsson.scheduler.jdbc.DefaultJdbcCustomization;
import com.github.kagkarlsson.scheduler.logging.LogLevel;
import com.github.kagkarlsson.scheduler.stats.MicrometerStatsRegistry;
import com.github.kagkarlsson.scheduler.task.DeadExecutionHandler;
import com.github.kagkarlsson.scheduler.task.ExecutionComplete;
import com.github.kagkarlsson.scheduler.task.ExecutionContext;
import com.github.kagkarlsson.scheduler.task.ExecutionOperations;
import com.github.kagkarlsson.scheduler.task.SchedulableInstance;
import com.github.kagkarlsson.scheduler.task.Task;
import com.github.kagkarlsson.scheduler.task.TaskInstance;
import com.github.kagkarlsson.scheduler.task.TaskInstanceId;
import com.github.kagkarlsson.scheduler.task.helper.OneTimeTask;
import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.Schedules;
import io.micrometer.core.instrument.MeterRegistry;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import playground.server.db.Database;
import playground.server.db.Vendor;

/**
 * Trials as db-scheduler tasks (docs/operations.md). Each trial is one execution of the one-time task
 * {@value #TRIAL_TASK}, instance {@code "<run id>:<trial>"}, in the {@code scheduled_tasks} table that
 * every server process on the database shares. db-scheduler decides which process runs what: each
 * picks due executions for its free worker threads, renews their heartbeats while they run, and
 * revives the executions of a process whose heartbeats stopped (killed, frozen, unplugged), so that
 * another process takes them on; the trial then resumes from its checkpoint ({@link TrialExecution}).
 * A process with no worker threads only submits and cancels.
 */
public final class RunScheduler implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(RunScheduler.class);
    public static final String TRIAL_TASK = "run-trial";
    public static final String CLEANUP_TASK = "run-cleanup";
    /** Database errors during a trial are retried this often, with growing pauses, before it fails. */
    static final int MAX_FAILURES = 5;
    private static final Duration RETRY_PAUSE = Duration.ofSeconds(5);
    private static final Duration CLEANUP_EVERY = Duration.ofHours(1);
    /** How long stopping waits for trials to checkpoint and hand over. */
    private static final Duration SHUTDOWN_WAIT = Duration.ofSeconds(20);

    /**
     * H2 has no database-specific support in db-scheduler; the generic one fits our table, whose
     * times are TIMESTAMP WITH TIME ZONE (said explicitly, which also spares a warning at startup).
     */
    private static final DefaultJdbcCustomization H2_COLUMNS = new DefaultJdbcCustomization(false);

    private final SchedulerClient client;
    private final Scheduler scheduler;

    private RunScheduler(SchedulerClient client, Scheduler scheduler) {
        this.client = client;
        this.scheduler = scheduler;
    }

    /**
     * Starts executing trials on {@code workers} threads (none: this process only submits).
     *
     * @param worker this process's name in the scheduler's table and in the trials (host:pid)
     */
    public static RunScheduler start(Database database, RunStore store, RunOptions options, int workers, String worker,
            MeterRegistry metrics) {
        TrialExecution execution = new TrialExecution(store, options.checkpoint(), worker);
        OneTimeTask<Void> trialTask = Tasks.oneTime(TRIAL_TASK)
                .onFailure((complete, operations) -> onFailure(store, complete, operations))
                .onDeadExecution(new DeadExecutionHandler.ReviveDeadExecution<>())
                .execute((instance, context) -> executeTrial(execution, instance, context));
        List<Task<?>> tasks = List.of(trialTask);
        if (workers == 0) {
            SchedulerClient.Builder client = SchedulerClient.Builder.create(database.dataSource(), tasks);
            if (database.vendor() == Vendor.H2) client = client.jdbcCustomization(H2_COLUMNS);
            return new RunScheduler(client.build(), null);
        }
        RecurringTask<Void> cleanup = Tasks.recurring(CLEANUP_TASK, Schedules.fixedDelay(CLEANUP_EVERY))
                .execute((instance, context) -> deleteExpired(store, options));
        List<Task<?>> all = new ArrayList<>(tasks);
        all.add(cleanup);
        SchedulerBuilder builder = Scheduler.create(database.dataSource(), tasks)
                .startTasks(cleanup)
                .schedulerName(new SchedulerName.Fixed(worker))
                .threads(workers)
                .pollingInterval(options.pollingInterval())
                .heartbeatInterval(options.heartbeat())
                .missedHeartbeatsLimit(options.missedHeartbeats())
                .shutdownMaxWait(SHUTDOWN_WAIT)
                .enableImmediateExecution()
                // Round-robin between clients: see submit.
                .enablePriority()
                // Our failure handler logs what is worth logging; a hand-over at shutdown is not an error.
                .failureLogging(LogLevel.DEBUG, false)
                .statsRegistry(new MicrometerStatsRegistry(metrics, all));
        if (database.vendor() == Vendor.H2) builder = builder.jdbcCustomization(H2_COLUMNS);
        if (database.vendor() == Vendor.POSTGRESQL) {
            // SELECT … FOR UPDATE SKIP LOCKED: each process locks only as many executions as it has free threads.
            builder = builder.pollUsingLockAndFetch(0.5, 1.0);
        }
        Scheduler scheduler = builder.build();
        scheduler.start();
        return new RunScheduler(scheduler, scheduler);
    }

    private static void executeTrial(TrialExecution execution, TaskInstance<Void> instance, ExecutionContext context) {
        TrialId id = TrialId.parse(instance.getId());
        TrialExecution.Outcome outcome;
        try {
            outcome = execution.execute(id.run(), id.index(), () -> context.getSchedulerState().isShuttingDown());
        } catch (SQLException e) {
            throw new IllegalStateException("database error in run " + id.run() + " trial " + id.index(), e);
        }
        if (outcome == TrialExecution.Outcome.HANDED_OVER) throw new HandedOver();
    }

    /**
     * A trial handed over (its process is stopping) is due again at once, as new, for another process;
     * one that met a database error is retried a few times after a pause, then recorded as failed.
     */
    private static void onFailure(RunStore store, ExecutionComplete complete, ExecutionOperations<Void> operations) {
        Throwable cause = complete.getCause().orElse(null);
        TaskInstance<?> instance = complete.getExecution().taskInstance;
        if (cause instanceof HandedOver) {
            LOG.info("trial {} handed over: this process is stopping", instance.getId());
            operations.removeAndScheduleNew(SchedulableInstance.of(
                    new TaskInstance<Void>(TRIAL_TASK, instance.getId(), () -> null, instance.getPriority()),
                    Instant.now()));
            return;
        }
        int failures = complete.getExecution().consecutiveFailures + 1;
        if (failures < MAX_FAILURES) {
            LOG.warn("trial {} failed ({} of {} tries), retrying", instance.getId(), failures, MAX_FAILURES, cause);
            operations.reschedule(complete, Instant.now().plus(RETRY_PAUSE.multipliedBy(failures)));
            return;
        }
        LOG.error("trial {} failed {} times; giving up", instance.getId(), failures, cause);
        TrialId id = TrialId.parse(instance.getId());
        try {
            store.fail(id.run(), id.index(), "failed " + failures + " times: " + cause);
        } catch (SQLException e) {
            LOG.error("cannot record the failure of trial {}", instance.getId(), e);
        }
        operations.stop();
    }

    private static void deleteExpired(RunStore store, RunOptions options) {
        try {
            int deleted = store.deleteFinishedBefore(Instant.now().minus(options.retention()));
            if (deleted > 0) LOG.info("deleted {} runs finished more than {} ago", deleted, options.retention());
        } catch (SQLException e) {
            throw new IllegalStateException("cannot delete old runs", e);
        }
    }

    /**
     * Makes every trial of a new run due now, queued round-robin between clients: a trial's
     * priority is minus its place in its client's queue ({@code queuedBefore} trials of the same
     * client are ahead of the run's first), and executions are picked by priority, then by when
     * they were due. So every client's next trial goes before anyone's trial after it, whoever
     * queued more first.
     */
    public void submit(String runId, int trials, int queuedBefore) {
        List<TaskInstance<?>> instances = new ArrayList<>(trials);
        for (int i = 0; i < trials; i++) {
            int priority = -Math.min(MAX_PLACE, queuedBefore + i);
            instances.add(new TaskInstance<Void>(TRIAL_TASK, new TrialId(runId, i).text(), () -> null, priority));
        }
        client.scheduleBatch(instances, Instant.now());
    }

    /** Places beyond this share the lowest priority (the column is a SMALLINT). */
    private static final int MAX_PLACE = 30_000;

    /**
     * Removes the executions of trials that have not started. (A running one cannot be removed; it
     * sees that its run was cancelled at its next progress write and stops.)
     */
    public void cancel(String runId, List<Integer> queuedTrials) {
        for (int index : queuedTrials) {
            try {
                client.cancel(TaskInstanceId.of(TRIAL_TASK, new TrialId(runId, index).text()));
            } catch (RuntimeException e) {
                // Picked up meanwhile (it will find the trial cancelled and do nothing), or already gone.
                LOG.debug("trial {}:{} not cancelled in the scheduler: {}", runId, index, e.toString());
            }
        }
    }

    /** Whether this process executes trials. */
    public boolean executes() {
        return scheduler != null;
    }

    /** Stops executing: running trials checkpoint and hand over to other processes. */
    @Override
    public void close() {
        if (scheduler != null) scheduler.stop();
    }

    /** The instance id of a trial's execution: {@code "<run id>:<trial>"}. */
    record TrialId(String run, int index) {
        String text() {
            return run + ":" + index;
        }

        static TrialId parse(String text) {
            int colon = text.lastIndexOf(':');
            return new TrialId(text.substring(0, colon), Integer.parseInt(text.substring(colon + 1)));
        }
    }

    /** The execution stopped because this process is stopping; not an error. */
    private static final class HandedOver extends RuntimeException {
        HandedOver() {
            super("handed over: this process is stopping", null, false, false);
        }
    }
}
