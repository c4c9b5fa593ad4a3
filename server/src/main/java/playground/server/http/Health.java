package playground.server.http;

import io.javalin.config.JavalinConfig;
import java.util.LinkedHashMap;
import java.util.Map;
import playground.server.db.Database;

/**
 * {@code GET /health}: 200 {@code {"status":"ok","database":"ok"}} while the database answers,
 * 503 {@code {"status":"unavailable","database":"unreachable"}} while it does not (load balancers
 * then send readers elsewhere).
 */
public final class Health {
    public static final String PATH = "/health";

    private Health() {}

    public static void install(JavalinConfig config, Database database) {
        config.routes.get(PATH, ctx -> {
            ctx.header("Cache-Control", "no-store");
            if (database.isReachable()) {
                ctx.json(answer("ok", "ok"));
            } else {
                ctx.status(503).json(answer("unavailable", "unreachable"));
            }
        });
    }

    private static Map<String, String> answer(String status, String database) {
        Map<String, String> answer = new LinkedHashMap<>();
        answer.put("status", status);
        answer.put("database", database);
        return answer;
    }
}
