package playground.server.runs;

import java.time.Duration;

/**
 * How server runs are limited and executed (docs/operations.md); {@code serve} fills it from flags and the
 * environment.
 *
 * @param budget the most compute one run may ask for: epochs × points × parameters, summed over its
 *     trials
 * @param maxQueuedTrials the most unfinished trials (queued or running, all runs together) before
 *     new runs are refused with 429
 * @param runsPerMinute runs each client address may submit a minute (a token bucket); 0 = no limit
 * @param heartbeat how often an executing process renews its executions' heartbeats; after
 *     {@link #missedHeartbeats} missed ones another process takes the execution over
 * @param missedHeartbeats heartbeats missed before an execution counts as dead (db-scheduler's
 *     minimum is 4)
 * @param checkpoint how often a running trial stores its whole state, so that a killed process loses
 *     at most this much work
 * @param pollingInterval how often each process looks for due trials
 * @param retention how long a finished run is kept before it is deleted
 * @param limits what one address and all runs together may take of the queue, compute and disk
 */
public record RunOptions(
        double budget,
        int maxQueuedTrials,
        int runsPerMinute,
        Duration heartbeat,
        int missedHeartbeats,
        Duration checkpoint,
        Duration pollingInterval,
        Duration retention,
        RunLimits limits) {
    public static final double DEFAULT_BUDGET = 2e11;
    public static final int DEFAULT_MAX_QUEUED_TRIALS = 1000;
    public static final int DEFAULT_RUNS_PER_MINUTE = 10;
    public static final Duration DEFAULT_HEARTBEAT = Duration.ofSeconds(10);
    public static final int DEFAULT_MISSED_HEARTBEATS = 6;
    public static final Duration DEFAULT_CHECKPOINT = Duration.ofSeconds(5);
    public static final Duration DEFAULT_POLLING_INTERVAL = Duration.ofSeconds(1);
    public static final Duration DEFAULT_RETENTION = Duration.ofDays(7);
    /** db-scheduler refuses fewer. */
    public static final int MIN_MISSED_HEARTBEATS = 4;

    public RunOptions {
        if (!(budget > 0) || budget == Double.POSITIVE_INFINITY) throw new IllegalArgumentException("budget must be > 0");
        if (maxQueuedTrials < 1) throw new IllegalArgumentException("maxQueuedTrials must be ≥ 1");
        if (runsPerMinute < 0) throw new IllegalArgumentException("runsPerMinute must be ≥ 0");
        positive(heartbeat, "heartbeat");
        if (missedHeartbeats < MIN_MISSED_HEARTBEATS) {
            throw new IllegalArgumentException("missedHeartbeats must be ≥ " + MIN_MISSED_HEARTBEATS);
        }
        positive(checkpoint, "checkpoint");
        positive(pollingInterval, "pollingInterval");
        positive(retention, "retention");
        if (limits == null) throw new IllegalArgumentException("limits required");
    }

    private static void positive(Duration d, String name) {
        if (d == null || d.isNegative() || d.isZero()) throw new IllegalArgumentException(name + " must be > 0");
    }

    public static RunOptions defaults() {
        return new RunOptions(DEFAULT_BUDGET, DEFAULT_MAX_QUEUED_TRIALS, DEFAULT_RUNS_PER_MINUTE, DEFAULT_HEARTBEAT,
                DEFAULT_MISSED_HEARTBEATS, DEFAULT_CHECKPOINT, DEFAULT_POLLING_INTERVAL, DEFAULT_RETENTION,
                RunLimits.defaults());
    }

    /** How long an executing process may stay silent before its executions are taken over. */
    public Duration deadAfter() {
        return heartbeat.multipliedBy(missedHeartbeats);
    }

    public RunOptions withBudget(double newBudget) {
        return new RunOptions(newBudget, maxQueuedTrials, runsPerMinute, heartbeat, missedHeartbeats, checkpoint,
                pollingInterval, retention, limits);
    }

    public RunOptions withMaxQueuedTrials(int n) {
        return new RunOptions(budget, n, runsPerMinute, heartbeat, missedHeartbeats, checkpoint, pollingInterval,
                retention, limits);
    }

    public RunOptions withRunsPerMinute(int n) {
        return new RunOptions(budget, maxQueuedTrials, n, heartbeat, missedHeartbeats, checkpoint, pollingInterval,
                retention, limits);
    }

    public RunOptions withHeartbeat(Duration d) {
        return new RunOptions(budget, maxQueuedTrials, runsPerMinute, d, missedHeartbeats, checkpoint, pollingInterval,
                retention, limits);
    }

    public RunOptions withMissedHeartbeats(int n) {
        return new RunOptions(budget, maxQueuedTrials, runsPerMinute, heartbeat, n, checkpoint, pollingInterval,
                retention, limits);
    }

    public RunOptions withCheckpoint(Duration d) {
        return new RunOptions(budget, maxQueuedTrials, runsPerMinute, heartbeat, missedHeartbeats, d, pollingInterval,
                retention, limits);
    }

    public RunOptions withPollingInterval(Duration d) {
        return new RunOptions(budget, maxQueuedTrials, runsPerMinute, heartbeat, missedHeartbeats, checkpoint, d,
                retention, limits);
    }

    public RunOptions withRetention(Duration d) {
        return new RunOptions(budget, maxQueuedTrials, runsPerMinute, heartbeat, missedHeartbeats, checkpoint,
                pollingInterval, d, limits);
    }

    public RunOptions withLimits(RunLimits newLimits) {
        return new RunOptions(budget, maxQueuedTrials, runsPerMinute, heartbeat, missedHeartbeats, checkpoint,
                pollingInterval, retention, newLimits);
    }
}
