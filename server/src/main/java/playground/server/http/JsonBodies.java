package playground.server.http;

import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import playground.config.Config;
import playground.config.ConfigException;
import playground.core.Json;
import playground.core.JsonException;
import playground.config.Limits;
import playground.server.refusal.Refusal;

/**
 * JSON request bodies, read one way for every API: at most the API's size limit, strict UTF-8
 * (a leading byte order mark is skipped, as JSON readers may), the core's {@link Json} grammar
 * and nesting limit, a JSON object holding only the keys the API knows. Every refusal (a
 * {@link Refusal}, as the features' own) names {@code body}, or the unknown key; the messages are
 * our own. A number too large for a double
 * reads as an infinity, which the check of that value refuses naming its field.
 */
public final class JsonBodies {
    private static final byte[] BYTE_ORDER_MARK = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    private JsonBodies() {}

    /** The request's body, at most {@code maxBytes} of it (413 naming {@code body} beyond). */
    public static byte[] read(Context ctx, int maxBytes) throws IOException {
        try (InputStream in = ctx.bodyInputStream()) {
            return RequestBodies.read(in, ctx.req().getContentLengthLong(), maxBytes);
        }
    }

    /**
     * The body's JSON object. Keys whose value is JSON {@code null} are left out: null and absent
     * mean the same in every body.
     *
     * @param keys the keys the API knows; any other is refused by name
     * @param shape the object as messages describe it, such as {@code {config, epochs, seeds?, grid?}}
     */
    @SuppressWarnings("unchecked")
    public static Map<String, Object> object(byte[] body, List<String> keys, String shape) {
        Object parsed;
        try {
            parsed = Json.parseKeepingHugeNumbers(utf8(body));
        } catch (JsonException e) {
            throw Refusal.invalid("body", "not valid JSON: " + e.getMessage());
        }
        if (!(parsed instanceof Map)) {
            throw Refusal.invalid("body", "must be a JSON object " + shape + ", got " + kind(parsed));
        }
        Map<String, Object> map = (Map<String, Object>) parsed;
        for (String key : map.keySet()) {
            if (!keys.contains(key)) {
                throw Refusal.invalid(key, "unknown key; known keys are " + String.join(", ", keys));
            }
        }
        map.values().removeIf(value -> value == Json.NULL);
        return map;
    }

    /**
     * The body's configuration object ({@code value} as read), checked by the core under these
     * limits; a refusal names {@code config}, or {@code config.<key>} for a value the core refuses.
     */
    @SuppressWarnings("unchecked")
    public static Config config(Object value, Limits limits) {
        if (value == null) {
            throw Refusal.invalid("config", "required: the configuration object (see the configuration reference)");
        }
        if (!(value instanceof Map)) throw Refusal.invalid("config", "must be an object, got " + kind(value));
        try {
            return Config.fromMap((Map<String, Object>) value, limits);
        } catch (ConfigException e) {
            throw Refusal.invalid("config." + e.key(), e.problem());
        }
    }

    /** What a value read from JSON is, for messages. */
    public static String kind(Object value) {
        if (value == null || value == Json.NULL) return "null";
        if (value instanceof String) return "a string";
        if (value instanceof Double && ((Double) value).isInfinite()) return "a number beyond the range of a double";
        if (value instanceof Number) return "a number";
        if (value instanceof Boolean) return "a boolean";
        if (value instanceof Map) return "an object";
        if (value instanceof List) return "an array";
        return value.getClass().getSimpleName();
    }

    private static String utf8(byte[] body) {
        int start = startsWithByteOrderMark(body) ? BYTE_ORDER_MARK.length : 0;
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(body, start, body.length - start))
                    .toString();
        } catch (CharacterCodingException e) {
            throw Refusal.invalid("body", "is not valid UTF-8");
        }
    }

    private static boolean startsWithByteOrderMark(byte[] body) {
        if (body.length < BYTE_ORDER_MARK.length) return false;
        for (int i = 0; i < BYTE_ORDER_MARK.length; i++) {
            if (body[i] != BYTE_ORDER_MARK[i]) return false;
        }
        return true;
    }
}
