package playground.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;
import playground.server.cli.ServeCommand;
import playground.server.cli.UsageException;

/** The command-line dispatch, with captured output streams (a bad command line exits with status 2). */
class CommandLineTest {
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        return Main.run(args, print(out), print(err));
    }

    private static PrintStream print(ByteArrayOutputStream bytes) {
        return new PrintStream(bytes, true, StandardCharsets.UTF_8);
    }

    private String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private String err() {
        return err.toString(StandardCharsets.UTF_8);
    }

    @Test
    void noCommandPrintsUsageAndExits2() {
        assertEquals(2, run());
        assertTrue(err().startsWith("usage: "), err());
        assertEquals("", out());
    }

    @Test
    void unknownCommandPrintsUsageAndExits2() {
        assertEquals(2, run("frobnicate"));
        assertTrue(err().contains("unknown command 'frobnicate'"), err());
        assertTrue(err().contains("usage: "), err());
    }

    @Test
    void helpGoesToStandardOutput() {
        assertEquals(0, run("--help"));
        assertTrue(out().startsWith("usage: "), out());
    }

    @Test
    void serveHelpPrintsItsUsage() {
        assertEquals(0, run("serve", "--help"));
        assertTrue(out().startsWith("usage: java -jar playground.jar serve"), out());
    }

    @Test
    void serveRejectsBadOptions() {
        assertEquals(2, run("serve", "--port", "many"));
        assertTrue(err().contains("--port: not a port number: 'many'"), err());
        assertEquals(2, run("serve", "--colour"));
        assertTrue(err().contains("unknown option '--colour'"), err());
        assertEquals(2, run("serve", "--port"));
    }

    @Test
    void servePortComesFromFlagThenEnvironmentThenDefault() throws UsageException {
        assertEquals(7070, ServeCommand.parse(new String[0], Map.of()).port());
        assertEquals(8080, ServeCommand.parse(new String[0], Map.of("PORT", "8080")).port());
        assertEquals(9090, ServeCommand.parse(new String[] {"--port", "9090"}, Map.of("PORT", "8080")).port());
        assertEquals(9191, ServeCommand.parse(new String[] {"--port=9191"}, Map.of()).port());
        assertThrows(UsageException.class, () -> ServeCommand.parse(new String[0], Map.of("PORT", "70000")));
    }

}
