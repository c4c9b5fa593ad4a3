package playground.server.db;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

/** Database URLs as operators give them, and what the pool connects with. */
class DatabaseOptionsTest {
    @Test
    void h2FilesGetDurableCommitsUnlessTheUrlSaysOtherwise() {
        assertEquals("jdbc:h2:file:./data/playground;WRITE_DELAY=0", DatabaseOptions.defaults().connectionUrl());
        assertEquals("jdbc:h2:file:/x;MODE=PostgreSQL;WRITE_DELAY=0",
                DatabaseOptions.of("jdbc:h2:file:/x;MODE=PostgreSQL", null, null).connectionUrl());
        assertEquals("jdbc:h2:file:/x;write_delay=100",
                DatabaseOptions.of("jdbc:h2:file:/x;write_delay=100", null, null).connectionUrl());
        assertEquals("jdbc:h2:mem:test", DatabaseOptions.of("jdbc:h2:mem:test", null, null).connectionUrl());
        assertEquals("jdbc:postgresql://h/db", DatabaseOptions.of("jdbc:postgresql://h/db", null, null).connectionUrl());
    }

    @Test
    void platformUrlsAreTranslated() {
        DatabaseOptions options = DatabaseOptions.of("postgresql://u:pw@host/db", null, null);
        assertEquals("jdbc:postgresql://host/db", options.jdbcUrl());
        assertEquals("u", options.user());
        assertEquals("pw", options.password());
        DatabaseOptions explicit = DatabaseOptions.of("postgres://u:pw@host:6543/db", "admin", "other");
        assertEquals("jdbc:postgresql://host:6543/db", explicit.jdbcUrl());
        assertEquals("admin", explicit.user());
        assertEquals("other", explicit.password());
        assertThrows(IllegalArgumentException.class, () -> DatabaseOptions.of("postgres://host", null, null));
    }

    @Test
    void passwordsInUrlsAreHiddenInDescriptions() {
        assertEquals("jdbc:postgresql://h/db?user=u&password=***&ssl=true",
                DatabaseOptions.of("jdbc:postgresql://h/db?user=u&password=s3cret&ssl=true", null, null).describe());
        assertEquals("jdbc:h2:file:/x;PASSWORD=***",
                DatabaseOptions.of("jdbc:h2:file:/x;PASSWORD=s3cret", null, null).describe());
    }

    @Test
    void otherDatabasesAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> DatabaseOptions.of("jdbc:mysql://h/db", null, null));
        assertThrows(IllegalArgumentException.class, () -> DatabaseOptions.of("./data", null, null));
    }
}
