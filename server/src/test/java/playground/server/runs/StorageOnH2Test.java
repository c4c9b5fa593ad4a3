package playground.server.runs;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;
import playground.server.db.DatabaseOptions;

/** Storage on the embedded default, an H2 file: its size on disk. */
class StorageOnH2Test extends StorageContract {
    @TempDir
    static Path folder;

    @Override
    DatabaseOptions database() {
        return DatabaseOptions.of("jdbc:h2:file:" + folder.resolve("storage"), null, null);
    }

    @Override
    long databaseBytes() throws Exception {
        return Files.size(server.options().database().localFile());
    }
}
