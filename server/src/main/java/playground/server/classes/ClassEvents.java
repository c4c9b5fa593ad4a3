package playground.server.classes;

import io.javalin.http.Context;
import java.sql.SQLException;
import java.time.Duration;
import java.util.HashMap;
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
import playground.server.http.ConnectionSlots;
import playground.server.http.EventConnection;

/**
 * {@code GET /api/classes/{id}/events}: a class's attempts as Server-Sent Events for its teacher.
 * First every attempt so far (after {@code Last-Event-ID} when the client reconnects), then each
 * new one as it is recorded: {@code id: <seq>}, {@code event: attempt}, {@code data:} the attempt as
 * in the list. A deleted class ends its streams with {@code event: deleted}. A comment every
 * {@value #KEEP_ALIVE_SECONDS} s keeps proxies from closing a quiet stream.
 *
 * <p>One thread reads the database for every stream, so any server process streams attempts that
 * any other recorded; it never waits for a client (a stream whose client does not read is skipped,
 * then cut after {@link #SEND_TIMEOUT}). Streams are limited in total and per client address.
 */
public final class ClassEvents implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(ClassEvents.class);
    public static final Duration POLL_INTERVAL = Duration.ofMillis(500);
    public static final long KEEP_ALIVE_SECONDS = 15;
    public static final int MAX_STREAMS = 200;
    /** A teacher may have the page open on a few devices. */
    public static final int MAX_STREAMS_PER_ADDRESS = 8;
    public static final Duration SEND_TIMEOUT = Duration.ofSeconds(10);
    /** Attempts read for one stream in one poll; a long backlog comes over several polls. */
    private static final int BATCH = 50;

    private final ClassStore store;
    private final ConnectionSlots slots = new ConnectionSlots(MAX_STREAMS, MAX_STREAMS_PER_ADDRESS, "class streams");
    private final Set<Stream> streams = ConcurrentHashMap.newKeySet();
    private final ScheduledExecutorService poller;
    private boolean databaseDown;

    public ClassEvents(ClassStore store) {
        this.store = store;
        this.poller = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "class-events");
            t.setDaemon(true);
            return t;
        });
        poller.scheduleWithFixedDelay(this::pollAll, POLL_INTERVAL.toMillis(), POLL_INTERVAL.toMillis(),
                TimeUnit.MILLISECONDS);
    }

    /** Turns the request into the event stream of class {@code classId} after attempt {@code afterSeq}, or refuses it with 429. */
    void stream(String classId, long afterSeq, Context ctx) {
        Stream stream = new Stream(classId, afterSeq);
        stream.connection = slots.openStream(ctx, "read GET /api/classes/{id}/attempts instead",
                () -> streams.remove(stream));
        streams.add(stream);
    }

    /** How many streams are open. */
    public int open() {
        return slots.inUse();
    }

    private void pollAll() {
        // What one poll read, shared by the streams of one class at one place.
        Map<String, Optional<Classroom>> classes = new HashMap<>();
        Map<String, List<Attempt>> read = new HashMap<>();
        try {
            for (Stream stream : streams) pollOne(stream, classes, read);
        } catch (SQLException e) {
            if (!databaseDown) LOG.warn("class streams wait for the database: {}", e.toString());
            databaseDown = true;
            return;
        } catch (RuntimeException e) {
            LOG.warn("class streams: {}", e.toString());
        }
        if (databaseDown) LOG.info("class streams go on: the database answers again");
        databaseDown = false;
    }

    private void pollOne(Stream stream, Map<String, Optional<Classroom>> classes, Map<String, List<Attempt>> read)
            throws SQLException {
        EventConnection connection = stream.connection;
        if (connection.stalledNanos() > SEND_TIMEOUT.toNanos()) {
            connection.abort();
            return;
        }
        if (!connection.isReady()) return;
        Optional<Classroom> classroom = classes.get(stream.classId);
        if (classroom == null) {
            classroom = store.find(stream.classId);
            classes.put(stream.classId, classroom);
        }
        if (classroom.isEmpty()) {
            connection.send("deleted", "{\"id\":\"" + stream.classId + "\"}");
            connection.close();
            return;
        }
        String key = stream.classId + ":" + stream.afterSeq;
        List<Attempt> news = read.get(key);
        if (news == null) {
            news = store.attempts(stream.classId, stream.afterSeq, BATCH);
            read.put(key, news);
        }
        for (Attempt attempt : news) {
            if (!connection.send(Long.toString(attempt.seq()), "attempt", attempt.json(stream.classId))) break;
            stream.afterSeq = attempt.seq();
            stream.lastSendNanos = System.nanoTime();
            if (!connection.isReady()) break;
        }
        if (System.nanoTime() - stream.lastSendNanos > TimeUnit.SECONDS.toNanos(KEEP_ALIVE_SECONDS)
                && connection.comment("keep-alive")) {
            stream.lastSendNanos = System.nanoTime();
        }
    }

    @Override
    public void close() {
        poller.shutdownNow();
        for (Stream stream : streams) stream.connection.close();
        streams.clear();
    }

    /** One teacher's stream: the last attempt it was sent. */
    private static final class Stream {
        final String classId;
        EventConnection connection;
        long afterSeq;
        long lastSendNanos = System.nanoTime();

        Stream(String classId, long afterSeq) {
            this.classId = classId;
            this.afterSeq = afterSeq;
        }
    }
}
