package playground.core;

/**
 * The one place that turns doubles into text and back.
 *
 * <p>Every piece of the core that writes or reads a number as text (JSON, the URL hash, CSV)
 * goes through here. Writing is the core's own {@link ShortestDecimal}: the shortest text that
 * reads back to the same double, laid out as JavaScript's {@code String(x)} does ({@code 100},
 * {@code 0.03}, {@code 1e-7}, {@code 1e+21}), and minus zero as {@code -0.0}. It uses exact
 * integer arithmetic only, so the same double is the same text on the JVM, in JavaScript and in
 * WebAssembly. The three values that are not finite are {@code NaN}, {@code Infinity} and
 * {@code -Infinity}.
 *
 * <p>Reading is each runtime's own correctly rounded conversion ({@code Double.parseDouble} on
 * the JVM, JavaScript's {@code Number(s)} in the browser, which the client {@link #install
 * installs}): a correctly rounded reader gives the same bits everywhere. Callers hand {@link
 * #parse} only text they have already checked (for example against the JSON number grammar).
 */
public final class Numbers {
    private Numbers() {}

    public static final String NAN = "NaN";
    public static final String INFINITY = "Infinity";
    public static final String MINUS_INFINITY = "-Infinity";

    /** A conversion from text to doubles. */
    public interface Codec {
        /** The double that {@code s} denotes; {@code s} is text {@link #format} could give. */
        double parse(String s);
    }

    /** The JVM's correctly rounded {@code Double.parseDouble}. */
    public static final Codec JVM = Double::parseDouble;

    private static Codec codec = JVM;

    /** Makes {@code c} the conversion used from now on; {@code null} restores {@link #JVM}. */
    public static void install(Codec c) {
        codec = c == null ? JVM : c;
    }

    /** The conversion in use. */
    public static Codec installed() {
        return codec;
    }

    /** The text of {@code d}: the shortest that reads back to it, the same on every runtime. */
    public static String format(double d) {
        if (d != d) return NAN;
        if (d == Double.POSITIVE_INFINITY) return INFINITY;
        if (d == Double.NEGATIVE_INFINITY) return MINUS_INFINITY;
        return ShortestDecimal.of(d);
    }

    public static double parse(String s) {
        return codec.parse(s);
    }

    /**
     * The value of {@code NaN}, {@code Infinity} or {@code -Infinity}, the words {@link #format}
     * writes for numbers that are not finite; null for any other text. NaN reads back as the one
     * NaN of Java ({@code Double.NaN}): its sign and payload bits are not kept, since no
     * computation can tell NaNs apart.
     */
    public static Double nonFinite(String s) {
        if (NAN.equals(s)) return Double.NaN;
        if (INFINITY.equals(s)) return Double.POSITIVE_INFINITY;
        if (MINUS_INFINITY.equals(s)) return Double.NEGATIVE_INFINITY;
        return null;
    }
}
