package playground.server.http;

import io.javalin.config.JavalinConfig;
import java.util.LinkedHashMap;
import java.util.Map;
import playground.server.db.Database;

/**
 * {@code GET /health}: 200 {@code {"status":"ok","database":"ok","pool":"ok","disk":"ok"}} while the
 * database answers, 503 {@code {"status":"unavailable","database":"unreachable"}} while it does not
 * (load balancers then send readers elsewhere). The database is asked through a connection of its
 * own, so a pool that readers keep busy shows as {@code "pool":"busy"} with 200, not as a database
 * that is down; {@code "disk":"low"} warns that the disk holding an H2 file has less free space than
 * new runs need ({@code disk} is left out where this process cannot see the database's disk).
 */
public final class Health {
    public static final String PATH = "/health";

    private Health() {}

    /** @param minFreeDiskBytes free disk space below which the disk counts as low */
    public static void install(JavalinConfig config, Database database, long minFreeDiskBytes) {
        config.routes.get(PATH, ctx -> {
            ctx.header("Cache-Control", "no-store");
            Database.Health health = database.health();
            if (health == Database.Health.DOWN) {
                Map<String, String> answer = new LinkedHashMap<>();
                answer.put("status", "unavailable");
                answer.put("database", "unreachable");
                ctx.status(503).json(answer);
                return;
            }
            Map<String, String> answer = new LinkedHashMap<>();
            answer.put("status", "ok");
            answer.put("database", "ok");
            answer.put("pool", health == Database.Health.BUSY ? "busy" : "ok");
            long free = database.freeDiskBytes();
            if (free >= 0) answer.put("disk", free < minFreeDiskBytes ? "low" : "ok");
            ctx.json(answer);
        });
    }
}
