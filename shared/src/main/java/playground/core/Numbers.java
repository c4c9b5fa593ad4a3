package playground.core;

/**
 * The one place that turns doubles into text and back.
 *
 * <p>Every piece of the core that writes or reads a number as text (JSON, the URL hash, CSV)
 * goes through here, so that one runtime can swap the conversion for its own: on the JVM the
 * default {@link #JVM} codec uses {@code Double.toString}/{@code Double.parseDouble}, which
 * round-trip every double exactly; in the browser the client {@link #install installs} a codec
 * built on JavaScript's {@code String(x)} and {@code parseFloat}, because TeaVM's own
 * conversions are not guaranteed to round-trip.
 *
 * <p>The text of a double therefore depends on the runtime ({@code "100.0"} on the JVM,
 * {@code "100"} in the browser), but on each runtime the same double always gives the same text
 * and the text always parses back to the same bits.
 *
 * <p>Callers hand {@link #parse} only text they have already checked (for example against the
 * JSON number grammar): the codecs are not strict parsers ({@code parseFloat("1x")} is 1).
 */
public final class Numbers {
    private Numbers() {}

    /** A conversion between doubles and their text. */
    public interface Codec {
        /** Text of {@code d}; for a finite {@code d} it must be a valid JSON number. */
        String format(double d);

        /** The double that {@code s} denotes; {@code s} is text {@link #format} could give. */
        double parse(String s);
    }

    /** The JVM's exact conversion: {@code Double.toString} ("1.0E-5") and its inverse. */
    public static final Codec JVM = new Codec() {
        @Override
        public String format(double d) {
            return Double.toString(d);
        }

        @Override
        public double parse(String s) {
            return Double.parseDouble(s);
        }
    };

    private static Codec codec = JVM;

    /** Makes {@code c} the conversion used from now on; {@code null} restores {@link #JVM}. */
    public static void install(Codec c) {
        codec = c == null ? JVM : c;
    }

    /** The conversion in use. */
    public static Codec installed() {
        return codec;
    }

    public static String format(double d) {
        return codec.format(d);
    }

    public static double parse(String s) {
        return codec.parse(s);
    }
}
