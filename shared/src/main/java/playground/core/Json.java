package playground.core;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A small, strict JSON reader and writer (RFC 8259) that runs the same on the JVM and under TeaVM.
 *
 * <p>Reading gives plain Java values: {@code LinkedHashMap<String, Object>} for objects (key order
 * kept; a repeated key is an error), {@code ArrayList<Object>} for arrays, {@code String},
 * {@code Double} for every number (converted by {@link Numbers#parse}), {@code Boolean}, and the
 * sentinel {@link #NULL} for {@code null}. Anything outside the grammar is a {@link
 * JsonException} naming the character offset: no comments, no trailing commas, no leading zeros,
 * no unescaped control characters, no NaN. Nesting deeper than {@link #MAX_DEPTH} is refused, so
 * hostile input cannot exhaust the stack.
 *
 * <p>Writing is compact and deterministic: maps in their iteration order, no spaces. Doubles go
 * through {@link Numbers#format}, the shortest text that reads back to the same bits and the same
 * text on every runtime, so the same value is the same bytes on the JVM, in JavaScript and in
 * WebAssembly. NaN and the infinities, which JSON has no number for, are written as the strings
 * {@code "NaN"}, {@code "Infinity"} and {@code "-Infinity"}; where a reader expects a number,
 * {@link #toDouble} turns them back into those values.
 */
public final class Json {
    private Json() {}

    /** The JSON {@code null}. A sentinel, so that a map can tell "null" from "absent". */
    public static final Object NULL = new Object() {
        @Override
        public String toString() {
            return "null";
        }
    };

    /** Deepest nesting of arrays and objects that {@link #parse} accepts. */
    public static final int MAX_DEPTH = 64;

    // ---------------------------------------------------------------- reading

    /** Parses one JSON value that makes up the whole of {@code text} (whitespace around it allowed). */
    public static Object parse(String text) {
        return parse(text, false);
    }

    /**
     * As {@link #parse(String)}, but a number beyond the range of a double (such as {@code 1e999})
     * reads as an infinity instead of failing: for readers whose checks of each value name the
     * field, so that the message says which value is out of range.
     */
    public static Object parseKeepingHugeNumbers(String text) {
        return parse(text, true);
    }

    private static Object parse(String text, boolean hugeNumbersAsInfinity) {
        if (text == null) throw new JsonException("no JSON text", 0);
        Reader r = new Reader(text, hugeNumbersAsInfinity);
        r.skipSpace();
        Object value = r.value(0);
        r.skipSpace();
        if (r.pos < text.length()) throw r.error("expected end of input");
        return value;
    }

    /** True if {@code s} is exactly a JSON number ({@code -?(0|[1-9][0-9]*)(.[0-9]+)?([eE][+-]?[0-9]+)?}). */
    public static boolean isNumber(String s) {
        return s != null && !s.isEmpty() && numberEnd(s, 0) == s.length();
    }

    /** End of the JSON number starting at {@code start}, or -1 if none starts there. */
    private static int numberEnd(String s, int start) {
        int i = start, n = s.length();
        if (i < n && s.charAt(i) == '-') i++;
        if (i >= n) return -1;
        if (s.charAt(i) == '0') {
            i++;
        } else if (isDigit(s.charAt(i))) {
            while (i < n && isDigit(s.charAt(i))) i++;
        } else {
            return -1;
        }
        if (i < n && s.charAt(i) == '.') {
            i++;
            if (i >= n || !isDigit(s.charAt(i))) return -1;
            while (i < n && isDigit(s.charAt(i))) i++;
        }
        if (i < n && (s.charAt(i) == 'e' || s.charAt(i) == 'E')) {
            i++;
            if (i < n && (s.charAt(i) == '+' || s.charAt(i) == '-')) i++;
            if (i >= n || !isDigit(s.charAt(i))) return -1;
            while (i < n && isDigit(s.charAt(i))) i++;
        }
        return i;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    /** A cursor over the text; one per parse. */
    private static final class Reader {
        final String s;
        final boolean hugeNumbersAsInfinity;
        int pos;

        Reader(String s, boolean hugeNumbersAsInfinity) {
            this.s = s;
            this.hugeNumbersAsInfinity = hugeNumbersAsInfinity;
        }

        JsonException error(String what) {
            return new JsonException(what, pos);
        }

        void skipSpace() {
            while (pos < s.length()) {
                char c = s.charAt(pos);
                if (c != ' ' && c != '\t' && c != '\n' && c != '\r') return;
                pos++;
            }
        }

        Object value(int depth) {
            if (pos >= s.length()) throw error("expected a value");
            char c = s.charAt(pos);
            switch (c) {
                case '{': return object(depth + 1);
                case '[': return array(depth + 1);
                case '"': return string();
                case 't': return literal("true", Boolean.TRUE);
                case 'f': return literal("false", Boolean.FALSE);
                case 'n': return literal("null", NULL);
                default:
                    if (c == '-' || isDigit(c)) return number();
                    throw error("expected a value");
            }
        }

        Object literal(String word, Object value) {
            if (!s.startsWith(word, pos)) throw error("expected a value");
            pos += word.length();
            return value;
        }

        Double number() {
            int end = numberEnd(s, pos);
            if (end < 0) throw error("malformed number");
            double d = Numbers.parse(s.substring(pos, end));
            if (Double.isInfinite(d) && !hugeNumbersAsInfinity) throw error("number out of range");
            pos = end;
            return d;
        }

        Map<String, Object> object(int depth) {
            if (depth > MAX_DEPTH) throw error("nested deeper than " + MAX_DEPTH);
            pos++;  // '{'
            LinkedHashMap<String, Object> map = new LinkedHashMap<>();
            skipSpace();
            if (pos < s.length() && s.charAt(pos) == '}') {
                pos++;
                return map;
            }
            while (true) {
                skipSpace();
                if (pos >= s.length() || s.charAt(pos) != '"') throw error("expected a string key");
                int keyPos = pos;
                String key = string();
                if (map.containsKey(key)) {
                    throw new JsonException("duplicate key " + quote(key), keyPos);
                }
                skipSpace();
                if (pos >= s.length() || s.charAt(pos) != ':') throw error("expected ':'");
                pos++;
                skipSpace();
                map.put(key, value(depth));
                skipSpace();
                if (pos < s.length() && s.charAt(pos) == ',') {
                    pos++;
                } else if (pos < s.length() && s.charAt(pos) == '}') {
                    pos++;
                    return map;
                } else {
                    throw error("expected ',' or '}'");
                }
            }
        }

        List<Object> array(int depth) {
            if (depth > MAX_DEPTH) throw error("nested deeper than " + MAX_DEPTH);
            pos++;  // '['
            ArrayList<Object> list = new ArrayList<>();
            skipSpace();
            if (pos < s.length() && s.charAt(pos) == ']') {
                pos++;
                return list;
            }
            while (true) {
                skipSpace();
                list.add(value(depth));
                skipSpace();
                if (pos < s.length() && s.charAt(pos) == ',') {
                    pos++;
                } else if (pos < s.length() && s.charAt(pos) == ']') {
                    pos++;
                    return list;
                } else {
                    throw error("expected ',' or ']'");
                }
            }
        }

        /**
         * A string literal. Escaped surrogate pairs become the two chars they stand for; a lone
         * escaped surrogate is kept as it is, as the RFC's grammar allows, so that every Java
         * string written by {@link #write} reads back unchanged.
         */
        String string() {
            pos++;  // opening quote
            StringBuilder sb = null;
            int runStart = pos;
            while (true) {
                if (pos >= s.length()) throw error("unterminated string");
                char c = s.charAt(pos);
                if (c == '"') {
                    String tail = s.substring(runStart, pos);
                    pos++;
                    return sb == null ? tail : sb.append(tail).toString();
                }
                if (c < 0x20) throw error("control character in string");
                if (c != '\\') {
                    pos++;
                    continue;
                }
                if (sb == null) sb = new StringBuilder();
                sb.append(s, runStart, pos);
                pos++;
                if (pos >= s.length()) throw error("unterminated string");
                char e = s.charAt(pos);
                switch (e) {
                    case '"': sb.append('"'); break;
                    case '\\': sb.append('\\'); break;
                    case '/': sb.append('/'); break;
                    case 'b': sb.append('\b'); break;
                    case 'f': sb.append('\f'); break;
                    case 'n': sb.append('\n'); break;
                    case 'r': sb.append('\r'); break;
                    case 't': sb.append('\t'); break;
                    case 'u': sb.append(hex4(pos + 1)); pos += 4; break;
                    default: throw error("bad escape '\\" + e + "'");
                }
                pos++;
                runStart = pos;
            }
        }

        char hex4(int at) {
            if (at + 4 > s.length()) throw new JsonException("bad \\u escape", at - 2);
            int v = 0;
            for (int i = at; i < at + 4; i++) {
                int d = Character.digit(s.charAt(i), 16);
                if (d < 0) throw new JsonException("bad \\u escape", at - 2);
                v = v * 16 + d;
            }
            return (char) v;
        }
    }

    // ---------------------------------------------------------------- writing

    /**
     * Compact JSON for {@code value}: a {@code Map} with string keys (in iteration order), a
     * {@code List}, a {@code double[]}, {@code int[]} or {@code String[]}, a {@code String}, a
     * {@code Boolean}, an {@code Integer}/{@code Long}/{@code Short}/{@code Byte} (as an integer),
     * a {@code Double}/{@code Float} (via {@link Numbers#format}; non-finite as the strings
     * {@code "NaN"}, {@code "Infinity"}, {@code "-Infinity"}), or
     * {@code null}/{@link #NULL}. Anything else is a {@link JsonException}.
     */
    public static String write(Object value) {
        StringBuilder sb = new StringBuilder();
        write(sb, value);
        return sb.toString();
    }

    public static void write(StringBuilder sb, Object value) {
        if (value == null || value == NULL) {
            sb.append("null");
        } else if (value instanceof String) {
            quote(sb, (String) value);
        } else if (value instanceof Boolean) {
            sb.append(((Boolean) value).booleanValue() ? "true" : "false");
        } else if (value instanceof Integer || value instanceof Long
                || value instanceof Short || value instanceof Byte) {
            sb.append(((Number) value).longValue());
        } else if (value instanceof Double || value instanceof Float) {
            writeDouble(sb, ((Number) value).doubleValue());
        } else if (value instanceof Map) {
            writeMap(sb, (Map<?, ?>) value);
        } else if (value instanceof List) {
            sb.append('[');
            boolean first = true;
            for (Object item : (List<?>) value) {
                if (!first) sb.append(',');
                first = false;
                write(sb, item);
            }
            sb.append(']');
        } else if (value instanceof double[]) {
            double[] a = (double[]) value;
            sb.append('[');
            for (int i = 0; i < a.length; i++) {
                if (i > 0) sb.append(',');
                writeDouble(sb, a[i]);
            }
            sb.append(']');
        } else if (value instanceof int[]) {
            int[] a = (int[]) value;
            sb.append('[');
            for (int i = 0; i < a.length; i++) {
                if (i > 0) sb.append(',');
                sb.append(a[i]);
            }
            sb.append(']');
        } else if (value instanceof String[]) {
            String[] a = (String[]) value;
            sb.append('[');
            for (int i = 0; i < a.length; i++) {
                if (i > 0) sb.append(',');
                write(sb, a[i]);
            }
            sb.append(']');
        } else {
            throw new JsonException("cannot write a " + value.getClass().getName() + " as JSON", -1);
        }
    }

    private static void writeMap(StringBuilder sb, Map<?, ?> map) {
        sb.append('{');
        boolean first = true;
        for (Map.Entry<?, ?> e : map.entrySet()) {
            if (!(e.getKey() instanceof String)) {
                throw new JsonException("JSON object keys must be strings, got " + e.getKey(), -1);
            }
            if (!first) sb.append(',');
            first = false;
            quote(sb, (String) e.getKey());
            sb.append(':');
            write(sb, e.getValue());
        }
        sb.append('}');
    }

    private static void writeDouble(StringBuilder sb, double d) {
        String text = Numbers.format(d);
        if (Double.isNaN(d) || Double.isInfinite(d)) {
            sb.append('"').append(text).append('"');
        } else {
            sb.append(text);
        }
    }

    /**
     * The double a parsed value stands for where a number is expected: a number, or one of the
     * strings {@code "NaN"}, {@code "Infinity"}, {@code "-Infinity"} that {@link #write} gives for
     * the values that are not finite; null for anything else (so the caller names what is wrong).
     */
    public static Double toDouble(Object value) {
        if (value instanceof Number) return ((Number) value).doubleValue();
        if (value instanceof String) return Numbers.nonFinite((String) value);
        return null;
    }

    /** {@code s} as a JSON string literal, quotes included. */
    public static String quote(String s) {
        StringBuilder sb = new StringBuilder(s.length() + 2);
        quote(sb, s);
        return sb.toString();
    }

    private static final char[] HEX = "0123456789abcdef".toCharArray();

    /**
     * Escapes what JSON requires (quote, backslash, control characters), plus U+2028/U+2029
     * (which end a line in older JavaScript) and lone surrogates (so the text is valid Unicode
     * and survives UTF-8); everything else is written as it is.
     */
    public static void quote(StringBuilder sb, String s) {
        sb.append('"');
        int n = s.length();
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"': sb.append("\\\""); continue;
                case '\\': sb.append("\\\\"); continue;
                case '\n': sb.append("\\n"); continue;
                case '\r': sb.append("\\r"); continue;
                case '\t': sb.append("\\t"); continue;
                case '\b': sb.append("\\b"); continue;
                case '\f': sb.append("\\f"); continue;
                default: break;
            }
            boolean pairedHigh = Character.isHighSurrogate(c) && i + 1 < n
                    && Character.isLowSurrogate(s.charAt(i + 1));
            if (pairedHigh) {
                sb.append(c).append(s.charAt(i + 1));
                i++;
            } else if (c < 0x20 || c == '\u2028' || c == '\u2029' || Character.isSurrogate(c)) {
                sb.append("\\u").append(HEX[c >> 12]).append(HEX[(c >> 8) & 15])
                        .append(HEX[(c >> 4) & 15]).append(HEX[c & 15]);
            } else {
                sb.append(c);
            }
        }
        sb.append('"');
    }
}
