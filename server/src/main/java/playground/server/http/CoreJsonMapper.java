package playground.server.http;

import io.javalin.json.JsonMapper;
import java.lang.reflect.Type;
import playground.core.Json;

/**
 * {@code ctx.json(…)} through the core's {@link Json}, so that every answer is written one way:
 * maps, lists, strings, numbers and booleans, as the API's own code builds them. Requests are read
 * by {@link JsonBodies}, never through Javalin.
 */
public final class CoreJsonMapper implements JsonMapper {
    @Override
    public String toJsonString(Object value, Type type) {
        return Json.write(value);
    }
}
