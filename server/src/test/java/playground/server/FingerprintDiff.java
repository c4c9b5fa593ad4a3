package playground.server;

/**
 * Compares two {@link playground.train.Fingerprint} texts value by value and says where they
 * first differ, in words a reader can act on ("weights[17]: JVM 0.123… (3fbf…), browser …").
 *
 * <p>Every value must have the same bits, NaN included. IEEE 754 leaves the sign and payload of
 * a computed NaN open, but the three runtimes agree here: they all compute with the machine's
 * own floating-point instructions, which on x86 give the "default NaN" {@code fff8000000000000}
 * (sign bit set), and neither V8 nor the WebAssembly engine rewrites it. Should a platform ever
 * canonicalize NaN differently, the message says so ("NaN with other bits") instead of hiding it:
 * no computation in the core could tell such NaNs apart, so that would be a difference in the
 * fingerprint only, to be handled there.
 */
final class FingerprintDiff {
    private FingerprintDiff() {}

    /** Null when the texts are equal, else a description of the first difference. */
    static String firstDifference(String jvm, String other) {
        if (jvm.equals(other)) return null;
        String[] a = jvm.split("\n");
        String[] b = other.split("\n");
        if (b.length == 1 && b[0].startsWith("error")) return "the browser says " + b[0];
        for (int line = 0; line < Math.min(a.length, b.length); line++) {
            if (a[line].equals(b[line])) continue;
            String[] x = a[line].split(" ");
            String[] y = b[line].split(" ");
            if (!x[0].equals(y[0])) return "line " + line + ": '" + x[0] + "' against '" + y[0] + "'";
            if (x.length != y.length) {
                return x[0] + ": " + (x.length - 1) + " values on the JVM, " + (y.length - 1) + " in the browser";
            }
            for (int i = 1; i < x.length; i++) {
                if (x[i].equals(y[i])) continue;
                String both = isNaN(x[i]) && isNaN(y[i]) ? " (NaN with other bits)" : "";
                return x[0] + "[" + (i - 1) + "]: JVM " + describe(x[i]) + ", browser " + describe(y[i]) + both;
            }
        }
        return "the fingerprints have " + a.length + " and " + b.length + " lines";
    }

    static boolean isNaN(String hexBits) {
        return hexBits.matches("[0-9a-f]{16}") && Double.isNaN(value(hexBits));
    }

    private static double value(String hexBits) {
        return Double.longBitsToDouble(Long.parseUnsignedLong(hexBits, 16));
    }

    private static String describe(String hexBits) {
        if (!hexBits.matches("[0-9a-f]{16}")) return "'" + hexBits + "'";
        return value(hexBits) + " (" + hexBits + ")";
    }
}
