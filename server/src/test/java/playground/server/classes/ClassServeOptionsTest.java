package playground.server.classes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import playground.server.cli.ServeCommand;
import playground.server.cli.UsageException;

/** {@code serve}'s options for classes: flags, else the environment, else the defaults. */
class ClassServeOptionsTest {
    @Test
    void defaultsFlagsAndEnvironment() throws UsageException {
        assertEquals(ClassLimits.defaults(), ServeCommand.parse(new String[0], Map.of()).classes());
        assertEquals(Duration.ofDays(90), ClassLimits.defaults().retention());

        Map<String, String> env = Map.of("PLAYGROUND_CLASS_RETENTION_DAYS", "30", "PLAYGROUND_CLASS_ATTEMPTS", "50");
        ClassLimits fromEnv = ServeCommand.parse(new String[0], env).classes();
        assertEquals(Duration.ofDays(30), fromEnv.retention());
        assertEquals(50, fromEnv.attemptsPerClass());

        ClassLimits fromFlags = ServeCommand.parse(new String[] {"--class-retention-days", "7",
            "--class-attempts-per-address=100", "--classes-per-address", "5"}, env).classes();
        assertEquals(Duration.ofDays(7), fromFlags.retention(), "the flag wins");
        assertEquals(50, fromFlags.attemptsPerClass(), "from the environment");
        assertEquals(100, fromFlags.attemptsPerAddress());
        assertEquals(5, fromFlags.classesPerAddress());
    }

    @Test
    void badValuesNameTheOption() {
        UsageException e = assertThrows(UsageException.class,
                () -> ServeCommand.parse(new String[] {"--class-retention-days", "0"}, Map.of()));
        assertTrue(e.getMessage().startsWith("--class-retention-days: not a number of days"), e.getMessage());
        e = assertThrows(UsageException.class,
                () -> ServeCommand.parse(new String[0], Map.of("PLAYGROUND_CLASS_ATTEMPTS", "many")));
        assertTrue(e.getMessage().startsWith("PLAYGROUND_CLASS_ATTEMPTS: not a number"), e.getMessage());
    }
}
