package playground.server.http;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** A text file that ships in the jar (a page, a template), read whole as UTF-8. */
public final class ClasspathText {
    private ClasspathText() {}

    /** The text of {@code resource}; a missing one is a broken build, said as such. */
    public static String read(String resource) {
        try (InputStream in = ClasspathText.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) throw new IllegalStateException(resource + " is not on the classpath: the jar is incomplete");
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
