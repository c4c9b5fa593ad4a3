package playground.server.runs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import playground.config.Config;
import playground.config.Limits;
import playground.server.db.Database;
import playground.server.db.DatabaseOptions;

/** A trial taken over by another process goes on from its checkpoint, and its progress never goes back. */
class ProgressAfterResumeTest {
    private static final String RUN = "ProgressTst1";

    @TempDir
    Path folder;

    @Test
    void epochsDoneNeverGoBackWhenATrialResumesFromAnEarlierCheckpoint() throws SQLException {
        try (Database database = Database.open(DatabaseOptions.of("jdbc:h2:file:" + folder.resolve("db"), null, null), null)) {
            RunStore store = new RunStore(database);
            RunRequest request = RunRequest.of(Config.fromJson("{\"dataset\":\"xor\"}", Limits.SERVER), 100, 1, null);
            store.create(RUN, request, request.cost(), "127.0.0.1", RunStorage.bytes(request));

            assertEquals(1, store.claim(RUN, 0, "first:1").attempt());
            assertTrue(store.progress(RUN, 0, 1, chunk(0, 10), 10, 0.5, 0.5, "{\"checkpoint\":10}"));
            assertTrue(store.progress(RUN, 0, 1, chunk(11, 30), 30, 0.4, 0.4, null));
            assertEquals(30L, epochsDone(store));

            // The first process dies; the second resumes from epoch 10 and trains 11 … 30 again.
            assertEquals(2, store.claim(RUN, 0, "second:2").attempt());
            assertEquals(30L, epochsDone(store), "just after the takeover");
            assertTrue(store.progress(RUN, 0, 2, chunk(11, 20), 20, 0.45, 0.45, null));
            assertEquals(30L, epochsDone(store), "while epochs already counted are done again");
            assertTrue(store.progress(RUN, 0, 2, chunk(21, 35), 35, 0.3, 0.3, null));
            assertEquals(35L, epochsDone(store), "and on beyond");
        }
    }

    private static long epochsDone(RunStore store) throws SQLException {
        return ((Number) RunView.progress(store.run(RUN).orElseThrow(), store.trials(RUN)).get("epochsDone")).longValue();
    }

    private static LossChunk chunk(int first, int last) {
        double[] losses = new double[last - first + 1];
        return new LossChunk(0, first, losses, losses.clone());
    }
}
