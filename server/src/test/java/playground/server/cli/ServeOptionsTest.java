package playground.server.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.Test;
import playground.server.ServerOptions;
import playground.server.db.Vendor;

/** {@code serve}'s options (docs/operations.md): each from a flag, else the environment, else its default. */
class ServeOptionsTest {
    private static ServerOptions parse(Map<String, String> env, String... args) throws UsageException {
        return ServeCommand.parse(args, env);
    }

    @Test
    void defaults() throws UsageException {
        ServerOptions options = parse(Map.of());
        assertEquals(7070, options.port());
        assertEquals("jdbc:h2:file:./data/playground", options.database().jdbcUrl());
        assertEquals(Runtime.getRuntime().availableProcessors(), options.workers());
        assertEquals(30, options.writesPerMinute());
        assertNull(options.publicUrl());
    }

    @Test
    void flagsWinOverTheEnvironment() throws UsageException {
        Map<String, String> env = Map.of("DATABASE_URL", "jdbc:postgresql://db/env", "WORKERS", "3",
                "WRITES_PER_MINUTE", "5", "PUBLIC_URL", "https://env.example", "DATABASE_USER", "envuser");
        ServerOptions fromEnv = parse(env);
        assertEquals("jdbc:postgresql://db/env", fromEnv.database().jdbcUrl());
        assertEquals("envuser", fromEnv.database().user());
        assertEquals(3, fromEnv.workers());
        assertEquals(5, fromEnv.writesPerMinute());
        assertEquals("https://env.example", fromEnv.publicUrl());

        ServerOptions fromFlags = parse(env, "--database-url", "jdbc:h2:file:/tmp/x", "--workers", "0",
                "--writes-per-minute=0", "--public-url", "http://flag.example:8080/", "--database-password", "secret");
        assertEquals("jdbc:h2:file:/tmp/x", fromFlags.database().jdbcUrl());
        assertEquals(Vendor.H2, fromFlags.database().vendor());
        assertEquals("secret", fromFlags.database().password());
        assertEquals(0, fromFlags.workers(), "0 workers: this process only serves the web");
        assertEquals(0, fromFlags.writesPerMinute());
        assertEquals("http://flag.example:8080/", fromFlags.publicUrl());
    }

    @Test
    void aPlatformDatabaseUrlBecomesJdbcWithItsCredentials() throws UsageException {
        ServerOptions options = parse(Map.of("DATABASE_URL", "postgres://ann:p%40ss@db.example:5433/playground?sslmode=require"));
        assertEquals("jdbc:postgresql://db.example:5433/playground?sslmode=require", options.database().jdbcUrl());
        assertEquals("ann", options.database().user());
        assertEquals("p@ss", options.database().password());
        assertEquals(Vendor.POSTGRESQL, options.database().vendor());
    }

    @Test
    void badValuesNameTheirFlagOrVariable() {
        assertMessage("--workers: not a number of threads from 0 to 1024: 'many'", "--workers", "many");
        assertMessage("--workers: not a number of threads from 0 to 1024: '-1'", "--workers", "-1");
        assertMessage("--writes-per-minute: not a number of requests from 0 (no limit) to 1000000: '1.5'",
                "--writes-per-minute", "1.5");
        assertMessage("--database-url: unsupported database URL 'mysql://x': use jdbc:h2:… or jdbc:postgresql:…"
                + " (or postgres://user:password@host/database)", "--database-url", "mysql://x");
        assertMessage("--public-url: must be like https://playground.example.org, got 'example.org'",
                "--public-url", "example.org");
        assertMessage("--database-url: missing value", "--database-url");
        UsageException e = assertThrows(UsageException.class, () -> parse(Map.of("WORKERS", "lots")));
        assertEquals("WORKERS: not a number of threads from 0 to 1024: 'lots'", e.getMessage());
    }

    private static void assertMessage(String message, String... args) {
        UsageException e = assertThrows(UsageException.class, () -> parse(Map.of(), args));
        assertEquals(message, e.getMessage());
    }

    @Test
    void theUsageListsEveryOption() {
        for (String flag : new String[] {"--port", "--database-url", "--database-user", "--database-password",
                "--workers", "--writes-per-minute", "--public-url"}) {
            assertTrue(Usage.SERVE.contains(flag), flag);
        }
    }
}
