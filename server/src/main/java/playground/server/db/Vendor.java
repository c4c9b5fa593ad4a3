package playground.server.db;

import java.util.Locale;

/**
 * The databases the server supports, told apart by their JDBC URL. Each has a folder of its own
 * migrations beside the common ones (see {@link Migrations}).
 */
public enum Vendor {
    /** Embedded H2 (a file under ./data by default; in-memory in some tests). */
    H2("h2", "jdbc:h2:"),
    /** PostgreSQL, for production and for several server processes sharing one database. */
    POSTGRESQL("postgresql", "jdbc:postgresql:");

    /** The folder name under {@code db/migration/}, as Flyway and db-scheduler spell the vendor. */
    public final String folder;
    private final String urlPrefix;

    Vendor(String folder, String urlPrefix) {
        this.folder = folder;
        this.urlPrefix = urlPrefix;
    }

    /** The vendor of a JDBC URL. */
    public static Vendor of(String jdbcUrl) {
        String lower = jdbcUrl.toLowerCase(Locale.ROOT);
        for (Vendor vendor : values()) {
            if (lower.startsWith(vendor.urlPrefix)) return vendor;
        }
        throw new IllegalArgumentException("unsupported database URL '" + jdbcUrl
                + "': use jdbc:h2:… or jdbc:postgresql:… (or postgres://user:password@host/database)");
    }
}
