package playground.core;

import static org.junit.jupiter.api.Assertions.*;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class JsonTest {
    @Test
    void parsesEveryKindOfValueIntoPlainJavaValues() {
        Object v = Json.parse(" {\"a\": [1, -2.5e3, true, false, null, \"s\"], \"b\": {}} ");
        Map<?, ?> map = (Map<?, ?>) v;
        assertEquals(Arrays.asList("a", "b"), new ArrayList<>(map.keySet()));
        assertEquals(Arrays.asList(1.0, -2500.0, true, false, Json.NULL, "s"), map.get("a"));
        assertEquals(new LinkedHashMap<>(), map.get("b"));
        assertTrue(map instanceof LinkedHashMap);
        assertTrue(map.get("a") instanceof ArrayList);
    }

    @Test
    void objectsKeepTheirKeyOrder() {
        Map<?, ?> map = (Map<?, ?>) Json.parse("{\"z\":1,\"a\":2,\"m\":3}");
        assertEquals(Arrays.asList("z", "a", "m"), new ArrayList<>(map.keySet()));
        assertEquals("{\"z\":1,\"a\":2,\"m\":3}", Json.write(map));
    }

    @Test
    void everyNumberIsADouble() {
        assertEquals(Double.valueOf(7), Json.parse("7"));
        assertEquals(Double.valueOf(-0.0), Json.parse("-0"));
        assertEquals(Double.valueOf(1e-5), Json.parse("1E-5"));
    }

    @Test
    void aTopLevelScalarIsAValue() {
        assertEquals("x", Json.parse("\"x\""));
        assertSame(Json.NULL, Json.parse("null"));
    }

    @Test
    void aDuplicateKeyIsAnErrorAtTheRepeatedKey() {
        JsonException e = assertThrows(JsonException.class, () -> Json.parse("{\"a\":1,\"a\":2}"));
        assertEquals("duplicate key \"a\" at 7", e.getMessage());
        assertEquals(7, e.position());
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
        "``                      | expected a value at 0",
        "`   `                   | expected a value at 3",
        "{\"a\":1 \"b\":2}       | expected ',' or '}' at 7",
        "{\"a\":1,}              | expected a string key at 7",
        "{a:1}                   | expected a string key at 1",
        "{\"a\" 1}               | expected ':' at 5",
        "[1,2                    | expected ',' or ']' at 4",
        "[1,]                    | expected a value at 3",
        "[01]                    | expected ',' or ']' at 2",
        "1.                      | malformed number at 0",
        "-                       | malformed number at 0",
        "1e                      | malformed number at 0",
        "+1                      | expected a value at 0",
        ".5                      | expected a value at 0",
        "NaN                     | expected a value at 0",
        "Infinity                | expected a value at 0",
        "1e999                   | number out of range at 0",
        "tru                     | expected a value at 0",
        "nul                     | expected a value at 0",
        "\"abc                   | unterminated string at 4",
        "\"a\\x\"                | bad escape '\\x' at 3",
        "\"\\u12G4\"             | bad \\u escape at 1",
        "\"\\u12\"               | bad \\u escape at 1",
        "[1] [2]                 | expected end of input at 4",
        "{} x                    | expected end of input at 3",
        "// comment\\n1          | expected a value at 0",
    })
    void malformedTextIsRefusedWithItsPosition(String text, String message) {
        String json = text.replace("\\n", "\n");
        JsonException e = assertThrows(JsonException.class, () -> Json.parse(json));
        assertEquals(message, e.getMessage());
    }

    @Test
    void controlCharactersMustBeEscapedInStrings() {
        JsonException e = assertThrows(JsonException.class, () -> Json.parse("\"a\tb\""));
        assertEquals("control character in string at 2", e.getMessage());
    }

    @Test
    void nestingDeeperThanTheLimitIsRefused() {
        String ok = "[".repeat(Json.MAX_DEPTH) + "]".repeat(Json.MAX_DEPTH);
        assertNotNull(Json.parse(ok));
        String deep = "[".repeat(Json.MAX_DEPTH + 1) + "]".repeat(Json.MAX_DEPTH + 1);
        JsonException e = assertThrows(JsonException.class, () -> Json.parse(deep));
        assertEquals("nested deeper than 64 at 64", e.getMessage());
        String deepObject = "{\"a\":".repeat(100000);
        assertThrows(JsonException.class, () -> Json.parse(deepObject));
    }

    @Test
    void escapesAreDecodedIncludingSurrogatePairs() {
        assertEquals("\"\\/\b\f\n\r\t", Json.parse("\"\\\"\\\\\\/\\b\\f\\n\\r\\t\""));
        assertEquals("é€", Json.parse("\"\\u00e9\\u20AC\""));
        assertEquals("😀", Json.parse("\"\\ud83d\\ude00\""));
        assertEquals("😀", Json.parse("\"😀\""));
    }

    @Test
    void writingEscapesOnlyWhatMustBeEscaped() {
        assertEquals("\"a\\\"b\\\\c\\n\\r\\t\\b\\f\\u0001\\u001f é😀/\"",
                Json.write("a\"b\\c\n\r\t\b\f\u0001\u001f é😀/"));
        assertEquals("\"\\u2028\\u2029\"", Json.write("\u2028\u2029"));
        assertEquals("\"\\ud83d x \\ude00\"", Json.write("\ud83d x \ude00"));
    }

    @Test
    void trickyStringsRoundTrip() {
        String[] strings = {"", "quote\"", "back\\slash", "\u0000\u0007\u001f", "\u007f", "tab\tnew\nline",
            "中文 ✓", "😀 pair", "lone high \ud800", "lone low \udc00 end", "\udbff\udfff", "\u2028", "</script>"};
        for (String s : strings) {
            assertEquals(s, Json.parse(Json.write(s)));
            List<Object> list = new ArrayList<>();
            list.add(s);
            Map<String, Object> map = new LinkedHashMap<>();
            map.put(s, list);
            assertEquals(map, Json.parse(Json.write(map)));
        }
    }

    @Test
    void randomDoublesRoundTripToTheSameBits() {
        Random random = new Random(20240521L);  // java.util.Random only in tests
        for (int i = 0; i < 20000; i++) {
            double d = i % 2 == 0 ? Double.longBitsToDouble(random.nextLong()) : random.nextGaussian() * Math.pow(10, random.nextInt(40) - 20);
            if (Double.isNaN(d) || Double.isInfinite(d)) continue;
            Object back = Json.parse(Json.write(new double[] {d}));
            double e = (Double) ((List<?>) back).get(0);
            assertEquals(Double.doubleToRawLongBits(d), Double.doubleToRawLongBits(e), () -> "for " + d);
        }
    }

    @Test
    void doublesAreWrittenShortestAndNonFiniteAsWords() {
        assertEquals("[1,0.03,0.00001,1e-7,-0.0,\"NaN\",\"Infinity\",\"-Infinity\"]", Json.write(Arrays.asList(
                1.0, 0.03, 1e-5, 1e-7, -0.0, Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY)));
        assertEquals("[0.5,\"NaN\"]", Json.write(new double[] {0.5, Double.NaN}));
        assertEquals("0.5", Json.write(0.5f));
    }

    @Test
    void whereANumberIsExpectedTheWordsOfTheNonFiniteValuesCount() {
        List<?> back = (List<?>) Json.parse(Json.write(new double[] {
                Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, -0.0, Double.MIN_VALUE, Double.MAX_VALUE}));
        assertEquals(Double.NaN, Json.toDouble(back.get(0)));
        assertEquals(Double.POSITIVE_INFINITY, Json.toDouble(back.get(1)));
        assertEquals(Double.NEGATIVE_INFINITY, Json.toDouble(back.get(2)));
        assertEquals(Double.doubleToRawLongBits(-0.0), Double.doubleToRawLongBits(Json.toDouble(back.get(3))));
        assertEquals(Double.MIN_VALUE, Json.toDouble(back.get(4)));
        assertEquals(Double.MAX_VALUE, Json.toDouble(back.get(5)));
        assertEquals(3.0, Json.toDouble(3));
        assertNull(Json.toDouble("nan"));
        assertNull(Json.toDouble(Json.NULL));
        assertNull(Json.toDouble(true));
    }

    @Test
    void integersArraysBooleansAndNullsAreWrittenPlainly() {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("i", 3);
        map.put("l", 12345678901L);
        map.put("ints", new int[] {4, 2});
        map.put("names", new String[] {"x1", "x2"});
        map.put("empty", new ArrayList<>());
        map.put("t", true);
        map.put("n", null);
        map.put("N", Json.NULL);
        assertEquals("{\"i\":3,\"l\":12345678901,\"ints\":[4,2],\"names\":[\"x1\",\"x2\"],\"empty\":[],"
                + "\"t\":true,\"n\":null,\"N\":null}", Json.write(map));
    }

    @Test
    void writingIsDeterministic() {
        Object parsed = Json.parse("{\"b\":[1,2,{\"c\":\"d\"}],\"a\":null}");
        assertEquals(Json.write(parsed), Json.write(Json.parse(Json.write(parsed))));
        assertEquals("{\"b\":[1,2,{\"c\":\"d\"}],\"a\":null}", Json.write(parsed));
    }

    @Test
    void numbersGoThroughTheInstalledCodec() {
        Numbers.install(s -> Double.parseDouble(s) + 1);  // marks that this codec read the number
        try {
            assertEquals("[100,0.5]", Json.write(new double[] {100, 0.5}));
            assertEquals(8.0, Json.parse("7"));
        } finally {
            Numbers.install(null);
        }
    }

    @Test
    void unsupportedValuesAreRefusedWhenWriting() {
        assertThrows(JsonException.class, () -> Json.write(new Object()));
        Map<Object, Object> map = new LinkedHashMap<>();
        map.put(1, 2);
        assertThrows(JsonException.class, () -> Json.write(map));
    }

    @Test
    void isNumberFollowsTheJsonGrammar() {
        for (String ok : new String[] {"0", "-0", "12", "1.5", "1e5", "1E+5", "1.0E-5", "-0.25"}) {
            assertTrue(Json.isNumber(ok), ok);
        }
        for (String bad : new String[] {"", "-", "01", "1.", ".5", "+1", "1e", "NaN", "Infinity", " 1", "1 ", "0x10", "1f", "abc"}) {
            assertFalse(Json.isNumber(bad), bad);
        }
    }
}
