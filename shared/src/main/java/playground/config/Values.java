package playground.config;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import playground.core.Json;
import playground.core.Numbers;

/**
 * Checks of single values against a rule, each throwing a {@link ConfigException} that names the
 * key, says what is allowed and shows what was given. Values come from {@link Json#parse} (numbers
 * as {@code Double}), from Jackson (any {@code Number}) or from Java callers (arrays).
 */
final class Values {
    private Values() {}

    /** An integer in [min, max]. */
    static int integer(String key, Object value, int min, int max) {
        if (!(value instanceof Number)) throw new ConfigException(key, "must be an integer, got " + describe(value));
        double d = ((Number) value).doubleValue();
        if (!isIntegral(d) || d < min || d > max) {
            throw new ConfigException(key, "must be an integer from " + min + " to " + max + ", got " + describe(value));
        }
        return (int) d;
    }

    /** A number in [min, max], or in (min, max] when {@code minExclusive}. Minus zero becomes zero. */
    static double number(String key, Object value, double min, boolean minExclusive, double max) {
        if (!(value instanceof Number)) throw new ConfigException(key, "must be a number, got " + describe(value));
        double d = ((Number) value).doubleValue();
        boolean aboveMin = minExclusive ? d > min : d >= min;
        if (!aboveMin || !(d <= max)) {  // the negated test also refuses NaN
            throw new ConfigException(key, "must be " + (minExclusive ? "> " : "≥ ") + plain(min)
                    + " and ≤ " + plain(max) + ", got " + describe(value));
        }
        return d + 0.0;
    }

    /** A finite number greater than 0 (thresholds of a goal). */
    static double positive(String key, Object value) {
        if (!(value instanceof Number)) throw new ConfigException(key, "must be a number, got " + describe(value));
        double d = ((Number) value).doubleValue();
        if (!(d > 0) || Double.isInfinite(d)) {
            throw new ConfigException(key, "must be a number > 0, got " + describe(value));
        }
        return d;
    }

    /** One of the allowed names. */
    static String name(String key, Object value, List<String> allowed) {
        if (!(value instanceof String) || !allowed.contains(value)) {
            throw new ConfigException(key, "must be one of " + Schema.join(allowed) + ", got " + describe(value));
        }
        return (String) value;
    }

    static boolean bool(String key, Object value) {
        if (!(value instanceof Boolean)) throw new ConfigException(key, "must be true or false, got " + describe(value));
        return (Boolean) value;
    }

    /** A list: a {@code List}, or one of the arrays Java callers like to pass. */
    static List<?> list(String key, Object value) {
        if (value instanceof List) return (List<?>) value;
        if (value instanceof Object[]) return Arrays.asList((Object[]) value);
        if (value instanceof int[]) {
            ArrayList<Object> list = new ArrayList<>();
            for (int i : (int[]) value) list.add(i);
            return list;
        }
        if (value instanceof double[]) {
            ArrayList<Object> list = new ArrayList<>();
            for (double d : (double[]) value) list.add(d);
            return list;
        }
        throw new ConfigException(key, "must be a list, got " + describe(value));
    }

    /** A JSON object with string keys. */
    @SuppressWarnings("unchecked")
    static Map<String, ?> map(String key, Object value) {
        if (!(value instanceof Map)) throw new ConfigException(key, "must be an object, got " + describe(value));
        for (Object k : ((Map<?, ?>) value).keySet()) {
            if (!(k instanceof String)) throw new ConfigException(key, "keys must be strings, got " + describe(k));
        }
        return (Map<String, ?>) value;
    }

    static boolean isIntegral(double d) {
        return d == Math.floor(d) && !Double.isInfinite(d);
    }

    /** How a given value looks in a message: 5000, 0.5, "abc", true, null, a list, an object. */
    static String describe(Object value) {
        if (value == null || value == Json.NULL) return "null";
        if (value instanceof String) return Json.quote((String) value);
        if (value instanceof Boolean) return value.toString();
        if (value instanceof Number) return plain(((Number) value).doubleValue());
        if (value instanceof Map) return "an object";
        if (value instanceof List || value instanceof Object[] || value instanceof int[]
                || value instanceof double[]) {
            return "a list";
        }
        return "a " + value.getClass().getName();
    }

    /** A number as people write it: integers without ".0", others as {@link Numbers#format}. */
    static String plain(double d) {
        if (isIntegral(d) && Math.abs(d) < 1e15) return Long.toString((long) d);
        return Numbers.format(d);
    }
}
