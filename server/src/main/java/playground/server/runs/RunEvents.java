package playground.server.runs;

import io.javalin.http.Context;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
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
import playground.core.Json;
import playground.server.http.ConnectionSlots;
import playground.server.http.EventConnection;

/**
 * {@code GET /api/runs/{id}/events}: a run's progress as Server-Sent Events, read from the database
 * a few times a second, so any server process can stream any run, wherever its trials execute.
 * <ul>
 * <li>{@code event: progress}, {@code data: {status, progress, points, finished}}: {@code points}
 *     holds, per trial, the loss-curve entries since the previous event
 *     ({@code {trial, epoch, trainLoss: […], testLoss: […]}}, {@code epoch} being the first entry's;
 *     entry 0 is before training), {@code finished} the results of trials that finished since
 *     (as in {@code GET /api/runs/{id}}), each once its curve has been sent. A long history comes
 *     in several events of at most {@value #MAX_EVENT_ENTRIES} entries, one after another.</li>
 * <li>{@code event: done}, {@code data: {status, progress}} once the run is done, cancelled or
 *     failed and everything is sent; then the server closes the stream (an EventSource should
 *     {@code close()} on it, or it reconnects and gets the whole story again).</li>
 * <li>A comment line every {@value #KEEP_ALIVE_SECONDS} s while nothing changes, so proxies keep
 *     the connection.</li>
 * </ul>
 * One thread reads the database for every stream and never waits for a client: a stream whose client
 * has not taken the last event is skipped, and cut after {@link #SEND_TIMEOUT}. Streams are limited
 * in total and per client address; a refused client gets 429 and should poll
 * {@code GET /api/runs/{id}} instead.
 */
public final class RunEvents implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(RunEvents.class);
    public static final Duration POLL_INTERVAL = Duration.ofMillis(400);
    public static final long KEEP_ALIVE_SECONDS = 15;
    /** Streams one process serves at once; each costs a few queries per poll. */
    public static final int MAX_STREAMS = 500;
    /** Streams one client address may hold (a classroom behind one router shares an address). */
    public static final int MAX_STREAMS_PER_ADDRESS = 32;
    /** How long a client may leave an event unread before its stream is cut. */
    public static final Duration SEND_TIMEOUT = Duration.ofSeconds(10);
    /** Curve entries (epochs of all trials together) in one event: some 200 kB of JSON. */
    public static final int MAX_EVENT_ENTRIES = 4000;
    /** Trial results in one event. */
    public static final int MAX_EVENT_RESULTS = 100;
    /** How long one poll may spend sending the backlog of streams that catch up. */
    public static final Duration POLL_WORK = Duration.ofMillis(150);

    private final RunStore store;
    private final ConnectionSlots slots = new ConnectionSlots(MAX_STREAMS, MAX_STREAMS_PER_ADDRESS, "event streams");
    private final Set<Stream> streams = ConcurrentHashMap.newKeySet();
    private final ScheduledExecutorService poller;
    /** Whether the last poll found the database unreachable (logged once per outage). */
    private boolean databaseDown;
    /** Events sent so far (by the poller thread). */
    private long eventsSent;

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

    /** Turns the request into an event stream of run {@code id} (which exists), or refuses it with 429. */
    void stream(String id, Context ctx) {
        Stream stream = new Stream(id);
        stream.connection = slots.openStream(ctx, "poll GET /api/runs/{id} instead", () -> streams.remove(stream));
        streams.add(stream);
    }

    /**
     * One poll: every stream that can take an event gets what is new, at most one event each;
     * then, while the poll's time lasts, streams with more to send (a long history) get further
     * events in turns for {@link #POLL_WORK}. Clients that catch up thus delay the news of the
     * others by little more than that per poll.
     */
    private void pollAll() {
        Map<String, RunState> round = new HashMap<>();
        try {
            List<Stream> behind = new ArrayList<>();
            for (Stream stream : streams) {
                if (pollOne(stream, round)) behind.add(stream);
            }
            long deadline = System.nanoTime() + POLL_WORK.toNanos();
            while (!behind.isEmpty() && System.nanoTime() < deadline) {
                long before = eventsSent;
                behind.removeIf(stream -> System.nanoTime() < deadline && !pollOne(stream, round));
                if (eventsSent == before) pause(); // their clients are still reading: let them
            }
        } catch (DatabaseDown e) {
            // Every other stream would wait for the same database: try them all again next poll.
            if (!databaseDown) LOG.warn("run streams wait for the database: {}", e.getCause().toString());
            databaseDown = true;
            return;
        }
        if (databaseDown) LOG.info("run streams go on: the database answers again");
        databaseDown = false;
    }

    /** Sends one event of what is new, if the client can take it; returns whether more is waiting. */
    private boolean pollOne(Stream stream, Map<String, RunState> round) {
        EventConnection connection = stream.connection;
        if (connection.stalledNanos() > SEND_TIMEOUT.toNanos()) {
            connection.abort();
            return false;
        }
        if (!connection.isReady()) return stream.behind;
        try {
            stream.behind = stream.poll(round);
            return stream.behind;
        } catch (SQLException e) {
            throw new DatabaseDown(e);
        } catch (RuntimeException e) {
            LOG.warn("cannot stream run {}: {}", stream.runId, e.toString());
            connection.close();
            return false;
        }
    }

    private static void pause() {
        try {
            Thread.sleep(2);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt(); // closing: the poll ends at its deadline
        }
    }

    /** The database did not answer a stream's query; it will not answer the others' either. */
    private static final class DatabaseDown extends RuntimeException {
        DatabaseDown(SQLException cause) {
            super(cause);
        }
    }

    /** How many streams are open (for tests and metrics). */
    public int open() {
        return slots.inUse();
    }

    @Override
    public void close() {
        poller.shutdownNow();
        for (Stream stream : streams) stream.connection.close();
        streams.clear();
    }

    /** What one poll read about a run, shared by every stream of it. */
    private final class RunState {
        final Optional<RunStore.RunRow> run;
        final List<RunStore.TrialRow> trials;
        /** Per trial, the curve stretches read and the epoch they were read after. */
        private final Map<Integer, Tail> tails = new HashMap<>();

        final Map<String, Object> progress;
        /** The events worked out in this poll, by the position of the streams they are for. */
        final Map<String, News> news = new HashMap<>();

        RunState(String runId) throws SQLException {
            // The run first: when it reads finished, the trials and points read after it are complete.
            run = store.run(runId);
            trials = run.isPresent() ? store.trials(runId) : List.of();
            progress = run.isPresent() ? RunView.progress(run.get(), trials) : Map.of();
        }

        /**
         * The next stretches reaching beyond {@code after} (perhaps some before it too: callers
         * skip those), read at most {@value #TAIL_CHUNKS} at a time, so a long history is never
         * read whole for one event.
         */
        Tail points(String runId, int trial, int after) throws SQLException {
            Tail tail = tails.get(trial);
            if (tail == null || tail.after > after || !tail.reachesBeyond(after)) {
                List<LossChunk> chunks = store.points(runId, trial, after, TAIL_CHUNKS);
                tail = new Tail(after, chunks, chunks.size() < TAIL_CHUNKS);
                tails.put(trial, tail);
            }
            return tail;
        }
    }

    /** Stretches of a curve read after an epoch; {@code complete} when they are all there are. */
    private record Tail(int after, List<LossChunk> chunks, boolean complete) {
        boolean reachesBeyond(int epoch) {
            return complete || (!chunks.isEmpty() && chunks.get(chunks.size() - 1).lastEpoch() > epoch);
        }
    }

    /** Curve stretches read from the database at a time (a trial writes one every second or so). */
    private static final int TAIL_CHUNKS = 8;

    /**
     * The next event for streams at one position: its data (null when there is nothing new), the
     * position it leaves them at, and whether more is waiting. Streams that opened together share
     * it, so many watchers of one run cost one encoding per event.
     */
    private record News(String data, int[] sent, boolean[] reported, boolean more) {}

    /** One client's stream: what it has been sent so far. */
    private final class Stream {
        final String runId;
        EventConnection connection;
        /** Per trial, the last curve entry sent (-1: none). */
        private int[] sent = new int[0];
        /** Per trial, whether its result was sent. */
        private boolean[] reported = new boolean[0];
        private Map<String, Object> lastProgress;
        private RunStatus lastStatus;
        private long lastSendNanos = System.nanoTime();
        /** Whether the last poll left more to send than one event held. */
        boolean behind;

        Stream(String runId) {
            this.runId = runId;
        }

        /** Sends one event of what is new (and done once all is sent); returns whether more is left to send. */
        boolean poll(Map<String, RunState> round) throws SQLException {
            RunState state = round.get(runId);
            if (state == null) {
                state = new RunState(runId);
                round.put(runId, state);
            }
            if (state.run.isEmpty()) {
                send("done", Map.of("status", "deleted"));
                connection.close();
                return false;
            }
            RunStore.RunRow run = state.run.get();
            List<RunStore.TrialRow> trials = state.trials;
            if (sent.length != trials.size()) {
                sent = new int[trials.size()];
                Arrays.fill(sent, -1);
                reported = new boolean[trials.size()];
            }
            if (sendNews(run, state)) return true;
            if (!run.status().isActive() && connection.isReady()) {
                Map<String, Object> done = new LinkedHashMap<>();
                done.put("status", run.status().json);
                done.put("progress", state.progress);
                send("done", done);
                connection.close();
            }
            return false;
        }

        /** Sends one event of what is new (if anything); returns whether more is left to send. */
        private boolean sendNews(RunStore.RunRow run, RunState state) throws SQLException {
            boolean changed = !state.progress.equals(lastProgress) || run.status() != lastStatus;
            String position = Arrays.toString(sent) + Arrays.toString(reported) + changed;
            News news = state.news.get(position);
            if (news == null) {
                news = workOut(run, state, changed);
                state.news.put(position, news);
            }
            sent = news.sent().clone();
            reported = news.reported().clone();
            if (news.data() != null) {
                connection.send("progress", news.data());
                countSent();
                lastProgress = state.progress;
                lastStatus = run.status();
            } else if (System.nanoTime() - lastSendNanos > TimeUnit.SECONDS.toNanos(KEEP_ALIVE_SECONDS)) {
                connection.comment("keep-alive");
                lastSendNanos = System.nanoTime();
            }
            return news.more();
        }

        /** The next event from this stream's position, at most {@value #MAX_EVENT_ENTRIES} curve entries. */
        private News workOut(RunStore.RunRow run, RunState state, boolean changed) throws SQLException {
            int[] sent = this.sent.clone();
            boolean[] reported = this.reported.clone();
            List<Object> points = new ArrayList<>();
            List<Object> finished = new ArrayList<>();
            int room = MAX_EVENT_ENTRIES;
            boolean more = false;
            for (RunStore.TrialRow t : state.trials) {
                int i = t.index();
                boolean curveSent = true;
                if (t.status() != RunStatus.QUEUED && (sent[i] < 0 || t.epoch() > sent[i])) {
                    while (true) {
                        Tail tail = state.points(runId, i, sent[i]);
                        boolean took = false;
                        for (LossChunk chunk : tail.chunks()) {
                            LossChunk news = chunk.after(sent[i]);
                            if (news.isEmpty()) continue;
                            if (room == 0) {
                                curveSent = false;
                                break;
                            }
                            if (news.train().length > room) {
                                news = new LossChunk(i, news.firstEpoch(), Arrays.copyOf(news.train(), room),
                                        Arrays.copyOf(news.test(), room));
                                curveSent = false; // the rest of this stretch goes in the next event
                            }
                            Map<String, Object> p = new LinkedHashMap<>();
                            p.put("trial", i);
                            p.put("epoch", news.firstEpoch());
                            p.put("trainLoss", news.train());
                            p.put("testLoss", news.test());
                            points.add(p);
                            sent[i] = news.lastEpoch();
                            room -= news.train().length;
                            took = true;
                        }
                        if (room == 0 || tail.complete() || !took) break; // else read the next stretches
                    }
                }
                if (!t.status().isActive() && !reported[i]) {
                    if (curveSent && finished.size() < MAX_EVENT_RESULTS) {
                        finished.add(RunView.result(runId, t));
                        reported[i] = true;
                    } else {
                        more = true;
                    }
                }
                more |= !curveSent;
            }
            String data = null;
            if (!points.isEmpty() || !finished.isEmpty() || changed) {
                Map<String, Object> event = new LinkedHashMap<>();
                event.put("status", run.status().json);
                event.put("progress", state.progress);
                event.put("points", points);
                event.put("finished", finished);
                data = Json.write(event);
            }
            return new News(data, sent, reported, more);
        }

        private void send(String event, Map<String, Object> data) {
            connection.send(event, Json.write(data));
            countSent();
        }

        private void countSent() {
            lastSendNanos = System.nanoTime();
            eventsSent++;
        }
    }
}
