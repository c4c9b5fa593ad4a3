package playground.export;

/**
 * A number rounded for people to read: a few significant digits, trailing zeros dropped, plain
 * decimals for everyday sizes and a power of ten otherwise ({@code 0.423}, {@code 1230},
 * {@code 1.5 × 10⁻⁵}).
 *
 * <p>Only exact operations are used (multiplying or dividing by an exactly representable power of
 * ten, floor, comparisons), so the same double rounds to the same text on the JVM, in TeaVM's
 * JavaScript and in WebAssembly; {@code String.format} and {@code Math.log10} are not.
 */
public final class DisplayNumber {
    /** Plain decimals are used for 10^{@value #MIN_PLAIN_EXPONENT} ≤ |v| < 10^({@value #MAX_PLAIN_EXPONENT} + 1). */
    static final int MIN_PLAIN_EXPONENT = -3;
    static final int MAX_PLAIN_EXPONENT = 5;

    /** True for values below zero (and for -0.0, which displays as 0 without a sign). */
    public final boolean negative;
    /** The digits without sign, such as {@code "0.423"} or {@code "1.5"}; "NaN" or "∞" if not finite. */
    public final String mantissa;
    /** The value is ±mantissa × 10^exponent; 0 when the mantissa alone is the value. */
    public final int exponent;

    private DisplayNumber(boolean negative, String mantissa, int exponent) {
        this.negative = negative;
        this.mantissa = mantissa;
        this.exponent = exponent;
    }

    /** {@code v} rounded to {@code digits} significant digits (1 to 15). */
    public static DisplayNumber of(double v, int digits) {
        if (digits < 1 || digits > 15) throw new IllegalArgumentException("digits must be 1 to 15, got " + digits);
        if (v != v) return new DisplayNumber(false, "NaN", 0);
        boolean negative = v < 0;
        double a = negative ? -v : v;
        if (a == Double.POSITIVE_INFINITY) return new DisplayNumber(negative, "\u221e", 0);
        if (a == 0) return new DisplayNumber(false, "0", 0);

        int e = decimalExponent(a);
        long m = (long) Math.floor(scale(a, digits - 1 - e) + 0.5);
        if (m >= (long) pow10(digits)) { // 9.996 → 10.0: one digit more, one exponent up
            m = m / 10;
            e++;
        }
        String d = Long.toString(m);
        if (e >= MIN_PLAIN_EXPONENT && e <= MAX_PLAIN_EXPONENT) {
            return new DisplayNumber(negative, plain(d, e), 0);
        }
        return new DisplayNumber(negative, plain(d, 0), e);
    }

    /** Plain text: "-0.423", "1.5e-5", "NaN", "-∞". */
    @Override
    public String toString() {
        String s = negative ? "-" + mantissa : mantissa;
        return exponent == 0 ? s : s + "e" + exponent;
    }

    /** The e with 10^e ≤ a < 10^(e+1), for a finite a > 0. */
    private static int decimalExponent(double a) {
        int e = 0;
        while (a >= pow10(e + 1)) e++;
        while (a < pow10(e)) e--;
        return e;
    }

    /** a × 10^k with one rounding (dividing by 10^-k when k < 0, which is exact-rounded too). */
    private static double scale(double a, int k) {
        if (k > 300) return (a * pow10(300)) * pow10(k - 300); // subnormals: avoid 10^k = ∞
        return k >= 0 ? a * pow10(k) : a / pow10(-k);
    }

    /**
     * 10^k; exact for |k| ≤ 22, where it matters (weights are nowhere near 1e±22). Below 10^-300
     * it divides step by step, since 1/10^k would be 1/∞ = 0 there (subnormal numbers).
     */
    static double pow10(int k) {
        if (k < 0) {
            double p = 1 / pow10(Math.min(-k, 300));
            for (int i = 300; i < -k; i++) p = p / 10;
            return p;
        }
        double p = 1;
        for (int i = 0; i < k; i++) p = p * 10;
        return p;
    }

    /** The digit string d (first digit worth 10^e) with its decimal point, trailing zeros dropped. */
    private static String plain(String d, int e) {
        int n = d.length();
        StringBuilder sb = new StringBuilder(n + 8);
        if (e < 0) {
            sb.append("0.");
            for (int i = -1; i > e; i--) sb.append('0');
            sb.append(d);
        } else if (e + 1 >= n) {
            sb.append(d);
            for (int i = n; i < e + 1; i++) sb.append('0');
            return sb.toString();
        } else {
            sb.append(d, 0, e + 1).append('.').append(d, e + 1, n);
        }
        int end = sb.length();
        while (sb.charAt(end - 1) == '0') end--;
        if (sb.charAt(end - 1) == '.') end--;
        sb.setLength(end);
        return sb.toString();
    }
}
