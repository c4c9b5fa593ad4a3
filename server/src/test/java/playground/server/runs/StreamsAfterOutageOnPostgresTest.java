package playground.server.runs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static playground.server.runs.RunsClient.body;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.junit.jupiter.api.Test;
import playground.server.WebServer;
import playground.server.testing.PostgresServer;
import playground.server.testing.TestServer;
import playground.server.testing.Wait;
import java.time.Duration;

/**
 * A database outage holds up every stream at once, for the length of the outage: when PostgreSQL
 * is back, the next poll serves all of them, not one after another.
 */
class StreamsAfterOutageOnPostgresTest {
    @Test
    void aHundredStreamsGoOnTogetherAfterTheDatabaseComesBack() throws Exception {
        PostgresServer postgres = PostgresServer.shared();
        // No workers: the run stays queued, and its streams wait for news.
        try (WebServer server = WebServer.start(TestServer.options(postgres.createDatabase()).withWorkers(0));
                ExecutorServiceCloser readers = new ExecutorServiceCloser(Executors.newFixedThreadPool(100))) {
            RunsClient runs = new RunsClient("http://localhost:" + server.port());
            String id = runs.submit(body("config", body("dataset", "circle"), "epochs", 10));
            List<RawStream> streams = new ArrayList<>();
            try {
                for (int i = 0; i < 100; i++) {
                    RawStream stream = RawStream.open("127.0.0." + (2 + i % 4), server.port(), "/api/runs/" + id + "/events", 0);
                    assertEquals(200, stream.status);
                    assertTrue(stream.awaitEvent("progress"), "stream " + i + " starts");
                    stream.socket.setSoTimeout(20_000);
                    streams.add(stream);
                }

                postgres.stop();
                Thread.sleep(10_000);
                postgres.restart();
                waitForDatabase(runs);

                // Cancelling the run ends every stream with done within a few polls (not one stream after another).
                List<Future<Boolean>> done = new ArrayList<>();
                for (RawStream stream : streams) done.add(readers.pool.submit(() -> stream.awaitEvent("done")));
                assertEquals(200, runs.http.delete("/api/runs/" + id).status());
                long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
                int ended = 0;
                for (Future<Boolean> d : done) {
                    try {
                        if (d.get(Math.max(0, end - System.nanoTime()), TimeUnit.NANOSECONDS)) ended++;
                    } catch (TimeoutException late) {
                        // counted as not ended
                    }
                }
                assertEquals(100, ended, "every stream reports the cancelled run within 10 s");
            } finally {
                streams.forEach(RawStream::close);
                postgres.restart();
            }
        }
    }

    private static void waitForDatabase(RunsClient runs) throws InterruptedException {
        Wait.until("the database comes back (/health 200)", Duration.ofSeconds(30),
                () -> runs.http.get("/health").status() == 200);
    }

    /** Shuts the pool down with the test. */
    private record ExecutorServiceCloser(ExecutorService pool) implements AutoCloseable {
        @Override
        public void close() {
            pool.shutdownNow();
        }
    }
}
