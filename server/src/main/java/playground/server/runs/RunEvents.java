package playground.server.runs;

import io.javalin.http.Context;
import io.javalin.http.sse.SseClient;
import io.javalin.http.sse.SseHandler;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import playground.config.Json;
import playground.server.http.ApiException;

/**
 * {@code GET /api/runs/{id}/events}: a run's progress as Server-Sent Events, read from the database
 * a few times a second, so any server process can stream any run, wherever its trials execute.
 * <ul>
 * <li>{@code event: progress}, {@code data: {status, progress, points, finished}}: {@code points}
 *     holds, per trial, the loss-curve entries since the previous event
 *     ({@code {trial, epoch, trainLoss: […], testLoss: […]}}, {@code epoch} being the first entry's;
 *     entry 0 is before training), {@code finished} the results of trials that finished since
 *     (as in {@code GET /api/runs/{id}}). The first event brings everything so far.</li>
 * <li>{@code event: done}, {@code data: {status, progress}} once the run is done, cancelled or
 *     failed; then the server closes the stream (an EventSource should {@code close()} on it, or
 *     it reconnects and gets the whole story again).</li>
 * <li>A comment line every {@value #KEEP_ALIVE_SECONDS} s while nothing changes, so proxies keep
 *     the connection.</li>
 * </ul>
 */
public final class RunEvents implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(RunEvents.class);
    public static final Duration POLL_INTERVAL = Duration.ofMillis(400);
    public static final long KEEP_ALIVE_SECONDS = 15;
    /** Streams one process serves at once; each costs a few queries per poll. */
    public static final int MAX_STREAMS = 500;

    private final RunStore store;
    private final Set<Stream> streams = ConcurrentHashMap.newKeySet();
    private final ScheduledExecutorService poller;

    public RunEvents(RunStore store) {
        this.store = store;
        this.poller = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "run-events");
            t.setDaemon(true);
            return t;
        });
        poller.scheduleWithFixedDelay(this::pollAll, POLL_INTERVAL.toMillis(), POLL_INTERVAL.toMillis(),
                TimeUnit.MILLISECONDS);
    }

    /** Turns the request into an event stream of run {@code id} (which exists). */
    void stream(String id, Context ctx) {
        if (streams.size() >= MAX_STREAMS) {
            throw ApiException.tooManyRequests("this server streams " + MAX_STREAMS
                    + " runs already; poll GET /api/runs/{id} instead, or try again shortly", 10);
        }
        new SseHandler(client -> {
            client.keepAlive();
            Stream stream = new Stream(id, client);
            client.onClose(() -> streams.remove(stream));
            streams.add(stream);
        }).handle(ctx);
    }

    private void pollAll() {
        for (Stream stream : streams) {
            try {
                if (!stream.poll()) streams.remove(stream);
            } catch (SQLException | RuntimeException e) {
                LOG.warn("cannot stream run {}: {}", stream.runId, e.toString());
            }
        }
    }

    /** How many streams are open (for tests and metrics). */
    public int open() {
        return streams.size();
    }

    @Override
    public void close() {
        poller.shutdownNow();
        for (Stream stream : streams) stream.client.close();
        streams.clear();
    }

    /** One client's stream: what it has been sent so far. */
    private final class Stream {
        final String runId;
        final SseClient client;
        /** Per trial, the last curve entry sent (-1: none). */
        private int[] sent = new int[0];
        /** Per trial, whether its result was sent. */
        private boolean[] reported = new boolean[0];
        private Map<String, Object> lastProgress;
        private RunStatus lastStatus;
        private long lastSendNanos = System.nanoTime();

        Stream(String runId, SseClient client) {
            this.runId = runId;
            this.client = client;
        }

        /** Sends what is new; returns false once the stream is over. */
        boolean poll() throws SQLException {
            if (client.terminated()) return false;
            // The run first: when it reads finished, the trials and points read after it are complete.
            Optional<RunStore.RunRow> found = store.run(runId);
            if (found.isEmpty()) {
                send("done", Map.of("status", "deleted"));
                client.close();
                return false;
            }
            RunStore.RunRow run = found.get();
            List<RunStore.TrialRow> trials = store.trials(runId);
            if (sent.length != trials.size()) {
                sent = new int[trials.size()];
                Arrays.fill(sent, -1);
                reported = new boolean[trials.size()];
            }
            List<Object> points = new ArrayList<>();
            List<Object> finished = new ArrayList<>();
            for (RunStore.TrialRow t : trials) {
                int i = t.index();
                if (t.status() != RunStatus.QUEUED && (sent[i] < 0 || t.epoch() > sent[i])) {
                    for (LossChunk chunk : store.points(runId, i, sent[i])) {
                        LossChunk news = chunk.after(sent[i]);
                        if (news.isEmpty()) continue;
                        Map<String, Object> p = new LinkedHashMap<>();
                        p.put("trial", i);
                        p.put("epoch", news.firstEpoch());
                        p.put("trainLoss", news.train());
                        p.put("testLoss", news.test());
                        points.add(p);
                        sent[i] = news.lastEpoch();
                    }
                }
                if (!t.status().isActive() && !reported[i]) {
                    finished.add(RunView.result(runId, t));
                    reported[i] = true;
                }
            }
            Map<String, Object> progress = RunView.progress(run, trials);
            if (!points.isEmpty() || !finished.isEmpty() || !progress.equals(lastProgress) || run.status() != lastStatus) {
                Map<String, Object> event = new LinkedHashMap<>();
                event.put("status", run.status().json);
                event.put("progress", progress);
                event.put("points", points);
                event.put("finished", finished);
                send("progress", event);
                lastProgress = progress;
                lastStatus = run.status();
            } else if (System.nanoTime() - lastSendNanos > TimeUnit.SECONDS.toNanos(KEEP_ALIVE_SECONDS)) {
                client.sendComment("keep-alive");
                lastSendNanos = System.nanoTime();
            }
            if (!run.status().isActive()) {
                Map<String, Object> done = new LinkedHashMap<>();
                done.put("status", run.status().json);
                done.put("progress", progress);
                send("done", done);
                client.close();
                return false;
            }
            return !client.terminated();
        }

        private void send(String event, Map<String, Object> data) {
            client.sendEvent(event, Json.write(data));
            lastSendNanos = System.nanoTime();
        }
    }
}
