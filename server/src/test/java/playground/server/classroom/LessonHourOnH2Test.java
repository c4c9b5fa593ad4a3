package playground.server.classroom;

import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;
import playground.server.db.DatabaseOptions;

/** A lesson hour with a class on the embedded default: an H2 database file. */
class LessonHourOnH2Test extends LessonHourContract {
    @TempDir
    static Path folder;

    @Override
    DatabaseOptions database() {
        return DatabaseOptions.of("jdbc:h2:file:" + folder.resolve("classes"), null, null);
    }
}
