package playground.server.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import playground.server.refusal.Refusal;

/** The one reader of JSON bodies that the experiments and the runs APIs share. */
class JsonBodiesTest {
    private static final List<String> KEYS = List.of("config", "epochs");
    private static final String SHAPE = "{config, epochs?}";

    private static Map<String, Object> read(byte[] body) {
        return JsonBodies.object(body, KEYS, SHAPE);
    }

    private static Map<String, Object> read(String body) {
        return read(body.getBytes(StandardCharsets.UTF_8));
    }

    private static Refusal refused(String body) {
        return refused(body.getBytes(StandardCharsets.UTF_8));
    }

    private static Refusal refused(byte[] body) {
        return assertThrows(Refusal.class, () -> read(body));
    }

    @Test
    void aLeadingByteOrderMarkIsSkipped() {
        byte[] text = "{\"epochs\":3}".getBytes(StandardCharsets.UTF_8);
        byte[] withMark = new byte[text.length + 3];
        withMark[0] = (byte) 0xEF;
        withMark[1] = (byte) 0xBB;
        withMark[2] = (byte) 0xBF;
        System.arraycopy(text, 0, withMark, 3, text.length);
        assertEquals(Map.of("epochs", 3.0), read(withMark));
    }

    @Test
    void invalidUtf8IsABadBodyInOurOwnWords() {
        Refusal e = refused(new byte[] {'{', '"', 'c', '"', ':', '"', (byte) 0xC3, '"', '}'});
        assertEquals(Refusal.Reason.INVALID, e.reason());
        assertEquals("body", e.field());
        assertEquals("body: is not valid UTF-8", e.getMessage());
    }

    @Test
    void malformedJsonNamesTheBodyAndWhere() {
        Refusal e = refused("{\"config\":}");
        assertEquals("body", e.field());
        assertTrue(e.getMessage().startsWith("body: not valid JSON: ") && e.getMessage().endsWith(" at 10"),
                e.getMessage());
        assertEquals("body", refused("{\"config\":{},\"config\":{}}").field(), "a repeated key");
        assertEquals("body", refused("{} {}").field(), "trailing text");
    }

    @Test
    void nestingIsLimitedAsTheCoreLimitsIt() {
        String deep = "{\"config\":" + "[".repeat(100) + "]".repeat(100) + "}";
        Refusal e = refused(deep);
        assertEquals("body", e.field());
        assertTrue(e.getMessage().contains("nested deeper than"), e.getMessage());
    }

    @Test
    void onlyAnObjectWithKnownKeys() {
        assertEquals("body: must be a JSON object {config, epochs?}, got an array", refused("[]").getMessage());
        Refusal unknown = refused("{\"config\":{},\"epoch\":3}");
        assertEquals("epoch", unknown.field());
        assertEquals("epoch: unknown key; known keys are config, epochs", unknown.getMessage());
    }

    @Test
    void nullIsAbsentAndHugeNumbersAreLeftToTheFieldsCheck() {
        Map<String, Object> map = read("{\"config\":null,\"epochs\":1e999}");
        assertFalse(map.containsKey("config"), "null means absent");
        assertEquals(Double.POSITIVE_INFINITY, map.get("epochs"));
        assertEquals("a number beyond the range of a double", JsonBodies.kind(map.get("epochs")));
    }
}
