package playground.server.classes;

import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;
import playground.server.db.DatabaseOptions;

/** Classes on the embedded default: an H2 database file. */
class ClassesApiOnH2Test extends ClassesApiContract {
    @TempDir
    static Path folder;

    @Override
    DatabaseOptions database() {
        return DatabaseOptions.of("jdbc:h2:file:" + folder.resolve("classes"), null, null);
    }
}
