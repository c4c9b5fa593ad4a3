package playground.server.experiments;

import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;
import playground.server.db.DatabaseOptions;

/** The experiments API on the embedded default: an H2 database file. */
class ExperimentsApiOnH2Test extends ExperimentsApiContract {
    @TempDir
    static Path folder;

    @Override
    DatabaseOptions database() {
        return DatabaseOptions.of("jdbc:h2:file:" + folder.resolve("experiments"), null, null);
    }
}
