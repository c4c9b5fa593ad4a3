package playground.server.previews;

import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;
import playground.server.db.DatabaseOptions;

/** Link previews with the embedded default: an H2 database file. */
class LinkPreviewsOnH2Test extends LinkPreviewsContract {
    @TempDir
    static Path folder;

    @Override
    DatabaseOptions database() {
        return DatabaseOptions.of("jdbc:h2:file:" + folder.resolve("previews"), null, null);
    }
}
