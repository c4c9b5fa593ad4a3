package playground.server.db;

import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * Brings the schema up to date with Flyway, from SQL files on the classpath:
 * <ul>
 * <li>{@code db/migration/common/} — SQL that H2 and PostgreSQL both run as written;</li>
 * <li>{@code db/migration/h2/} and {@code db/migration/postgresql/} — where the two need different
 *     SQL: the same version number in both folders, each in its dialect.</li>
 * </ul>
 * Versions form one sequence over all folders: {@code V1__experiments.sql},
 * {@code V2__scheduled_tasks.sql}, … (two underscores; never edit a migration that has shipped,
 * add the next version instead). Several server processes may start at once on one PostgreSQL:
 * Flyway takes a lock, so only one of them migrates.
 */
public final class Migrations {
    public static final String ROOT = "db/migration";

    private Migrations() {}

    /** The Flyway locations for this vendor: the common folder, and the vendor's when it has one. */
    public static List<String> locations(Vendor vendor) {
        List<String> locations = new ArrayList<>();
        locations.add("classpath:" + ROOT + "/common");
        String own = ROOT + "/" + vendor.folder;
        if (Migrations.class.getClassLoader().getResource(own) != null) {
            locations.add("classpath:" + own);
        }
        return locations;
    }

    /** Applies every pending migration; returns how many ran. */
    public static int migrate(DataSource dataSource, Vendor vendor) {
        MigrateResult result = Flyway.configure(Migrations.class.getClassLoader())
                .dataSource(dataSource)
                .locations(locations(vendor).toArray(new String[0]))
                .validateMigrationNaming(true)
                .load()
                .migrate();
        return result.migrationsExecuted;
    }
}
