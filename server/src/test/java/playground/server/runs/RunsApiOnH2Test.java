package playground.server.runs;

import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.io.TempDir;
import playground.server.db.DatabaseOptions;

/** The runs API on the embedded default: an H2 database file, one server process. */
class RunsApiOnH2Test extends RunsApiContract {
    private static final AtomicInteger DATABASES = new AtomicInteger();

    @TempDir
    static Path folder;

    @Override
    DatabaseOptions database() {
        return DatabaseOptions.of("jdbc:h2:file:" + folder.resolve("runs" + DATABASES.incrementAndGet()), null, null);
    }
}
