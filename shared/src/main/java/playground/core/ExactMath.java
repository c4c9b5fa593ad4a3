package playground.core;

/**
 * The elementary functions the network needs, built only from {@code + - * /}, {@code sqrt},
 * {@code floor} and comparisons, so that the JVM, TeaVM JavaScript and TeaVM WebAssembly all give
 * the same bits. {@code Math.exp} and friends may differ in the last bit between runtimes.
 *
 * <p>{@code Math.floor} is avoided too, for speed: see {@link #floorToInt}.
 *
 * <p>A note on style: TeaVM's JavaScript output can drop the parentheses around the right
 * operand of a double {@code +} or {@code *}. Every polynomial here is therefore written in
 * Horner form as {@code p = p * r + c}, which needs no parentheses at all, and grouped terms are
 * written first ({@code (b - c) + a}, never {@code a + (b - c)}). TeaVM inlines local variables
 * that are used once and small methods before it writes JavaScript, so the rule applies to them
 * too: after {@code double s = b - c;}, write {@code s + a}, not {@code a + s}.
 *
 * <p>TeaVM's WebAssembly negates a double as {@code 0 - x}, so there {@code -x} of +0.0 is +0.0,
 * not -0.0 as on the JVM and in JavaScript. The negations here meet no zero: tanh returns tiny x
 * itself before its sign flip, and sin's flip in the third and fourth quadrant would need an
 * argument whose reduction by multiples of π/2 (in three parts) leaves exactly 0 there.
 */
public final class ExactMath {
    private ExactMath() {}

    public static final double LN2 = 0.6931471805599453;
    // ln 2 split in a high part with trailing zero bits (so k * LN2_HI is exact) and the rest.
    private static final double LN2_HI = 6.93147180369123816490e-01;
    private static final double LN2_LO = 1.90821492927058770002e-10;
    private static final double INV_LN2 = 1.44269504088896338700e+00;

    /** exp(x) = 2^(k/64) · e^r, table 2^(j/64) for j in 0..63, |r| <= ln2/128. */
    private static final int TABLE_BITS = 6;
    private static final int TABLE_SIZE = 1 << TABLE_BITS;
    private static final double[] TWO_POW_J64 = new double[TABLE_SIZE];
    /** 2^k for k in MIN_EXP..MAX_EXP, filled by exact multiplications by two. */
    private static final int MIN_EXP = -1075;
    private static final int MAX_EXP = 1024;
    private static final double[] TWO_POW_K = new double[MAX_EXP - MIN_EXP + 1];

    static {
        double p = 1.0;
        for (int k = 0; k <= MAX_EXP - 1; k++) {
            TWO_POW_K[k - MIN_EXP] = p;
            p = p * 2.0;
        }
        TWO_POW_K[MAX_EXP - MIN_EXP] = Double.POSITIVE_INFINITY;
        p = 1.0;
        for (int k = 0; k >= MIN_EXP; k--) {
            TWO_POW_K[k - MIN_EXP] = p;
            p = p * 0.5;
        }
        // 2^(j/64) = e^(j/64 · ln 2), from the slow but accurate series, computed once.
        for (int j = 0; j < TABLE_SIZE; j++) {
            TWO_POW_J64[j] = expSeries(j * (LN2 / TABLE_SIZE));
        }
    }

    /** e^x by the Taylor series, for |x| <= ln 2; used only to build the table. */
    private static double expSeries(double x) {
        double sum = 1.0;
        double term = 1.0;
        for (int n = 1; n < 30; n++) {
            term = term * x / n;
            sum = sum + term;
        }
        return sum;
    }

    /** 1.5 · 2^52: adding and subtracting it rounds any |v| < 2^51 to an integer, exactly. */
    private static final double ROUNDING = 0x1.8p52;

    /**
     * {@code (int) Math.floor(v)}, for every v, by arithmetic where |v| < 2^51. TeaVM's
     * WebAssembly calls JavaScript's Math.floor for Math.floor, which costs about 30 ns a call
     * (as long as all the rest of tanh); adding and subtracting 1.5 · 2^52 rounds to the nearest
     * integer exactly in every runtime, and one comparison turns that into the floor.
     */
    static int floorToInt(double v) {
        if (!(v > -0x1p51 && v < 0x1p51)) return (int) Math.floor(v);  // huge, infinite or NaN
        double rounded = (v + ROUNDING) - ROUNDING;
        return (int) (rounded > v ? rounded - 1.0 : rounded);
    }

    /** 2^k as an exact double (0 below the subnormal range, infinity above). */
    public static double pow2(int k) {
        if (k < MIN_EXP) return 0.0;
        if (k > MAX_EXP) return Double.POSITIVE_INFINITY;
        return TWO_POW_K[k - MIN_EXP];
    }

    /** e^x. Within four units in the last place; identical bits on every runtime. */
    public static double exp(double x) {
        if (x != x) return x;
        if (x > 709.782712893384) return Double.POSITIVE_INFINITY;
        if (x < -745.1332191019412) return 0.0;
        // x = (64·k + j) · ln2/64 + r
        int n = floorToInt(x * (INV_LN2 * TABLE_SIZE) + 0.5);
        int j = n & (TABLE_SIZE - 1);
        int k = (n - j) >> TABLE_BITS;
        double nd = n;
        double hi = x - nd * (LN2_HI / TABLE_SIZE);
        double lo = nd * (LN2_LO / TABLE_SIZE);
        double r = hi - lo;
        // e^r - 1 for |r| <= 0.0055: degree 6 is exact to 1e-19.
        double q = 1.0 / 720.0;
        q = q * r + 1.0 / 120.0;
        q = q * r + 1.0 / 24.0;
        q = q * r + 1.0 / 6.0;
        q = q * r + 0.5;
        q = q * r + 1.0;
        q = q * r;
        double t = TWO_POW_J64[j];
        double m = t * q + t;
        // Scale in two steps so that results near the ends of the range neither overflow early
        // nor lose bits to a double rounding in the subnormal range more than the JVM would.
        if (k > 1000 || k < -1000) {
            int k1 = k / 2;
            return m * pow2(k1) * pow2(k - k1);
        }
        return m * pow2(k);
    }

    /** e^x - 1, accurate also for small |x|. */
    public static double expm1(double x) {
        if (x > -0.25 && x < 0.25) {
            double q = 1.0 / 6227020800.0;  // 1/13!
            q = q * x + 1.0 / 479001600.0;
            q = q * x + 1.0 / 39916800.0;
            q = q * x + 1.0 / 3628800.0;
            q = q * x + 1.0 / 362880.0;
            q = q * x + 1.0 / 40320.0;
            q = q * x + 1.0 / 5040.0;
            q = q * x + 1.0 / 720.0;
            q = q * x + 1.0 / 120.0;
            q = q * x + 1.0 / 24.0;
            q = q * x + 1.0 / 6.0;
            q = q * x + 0.5;
            q = q * x + 1.0;
            return q * x;
        }
        return exp(x) - 1.0;
    }

    /** tanh is ±1 in doubles beyond this (tanh 20 = 1 - 8.5e-18); also the table's end. */
    private static final double TANH_LIMIT = 20.0;
    /** Below this, tanh x = x - x³/3 + … rounds to x itself. */
    private static final double TANH_TINY = 0x1p-27;
    private static final int TANH_STEPS = 64;
    /** tanh(n / 64) for n = 0 … 1280, through the exponential ({@link #tanhByExp}), once. */
    private static final double[] TANH_TABLE = new double[(int) TANH_LIMIT * TANH_STEPS + 1];

    static {
        for (int n = 0; n < TANH_TABLE.length; n++) TANH_TABLE[n] = tanhByExp(n / (double) TANH_STEPS);
    }

    /** tanh c = (e^2c - 1) / (e^2c + 1) for c ≥ 0: slower than {@link #tanh}; builds its table. */
    private static double tanhByExp(double c) {
        double e = expm1(c + c);
        return e / (e + 2.0);
    }

    /**
     * tanh x, within 6 units in the last place; exactly odd; ±1 beyond |x| = 20, x itself for
     * tiny x. With |x| = c + d, c = n/64 the nearest table point and |d| ≤ 1/128:
     * tanh(c + d) = (tanh c + tanh d) / (1 + tanh c · tanh d), tanh c from the table and tanh d
     * from its series d - d³/3 + 2d⁵/15 - 17d⁷/315 (the next term is below 2^-60 · d). That is a
     * short polynomial and one division, about twice as fast as going through the exponential:
     * the hidden neurons and every picture spend most of their time here.
     */
    public static double tanh(double x) {
        if (x != x) return x;
        double a = Math.abs(x);
        if (a > TANH_LIMIT) return x < 0 ? -1.0 : 1.0;
        if (a < TANH_TINY) return x;
        double rounded = (a * TANH_STEPS + ROUNDING) - ROUNDING;  // the nearest n, exactly
        double d = a - rounded * (1.0 / TANH_STEPS);               // exact
        double d2 = d * d;
        double q = -17.0 / 315.0;
        q = q * d2 + 2.0 / 15.0;
        q = q * d2 - 1.0 / 3.0;
        double td = q * d2 * d + d;
        double tc = TANH_TABLE[(int) rounded];
        double t = (tc + td) / (tc * td + 1.0);
        return x < 0 ? -t : t;
    }

    /**
     * {@code out[i] = tanh(in[i])} for i in [from, to), bit for bit: {@link #tanh}'s operations
     * written out in the loop with the table in a local, which runs faster than a call per value
     * in the browser's engines. {@code in} and {@code out} may be the same array. (ExactMathTest
     * checks it against {@link #tanh}: change both together.)
     */
    public static void tanhRange(double[] in, double[] out, int from, int to) {
        double[] table = TANH_TABLE;
        for (int i = from; i < to; i++) {
            double x = in[i];
            double a = Math.abs(x);
            double t;
            if (x != x || a < TANH_TINY) {
                t = x;
            } else if (a > TANH_LIMIT) {
                t = x < 0 ? -1.0 : 1.0;
            } else {
                double rounded = (a * TANH_STEPS + ROUNDING) - ROUNDING;
                double d = a - rounded * (1.0 / TANH_STEPS);
                double d2 = d * d;
                double q = -17.0 / 315.0;
                q = q * d2 + 2.0 / 15.0;
                q = q * d2 - 1.0 / 3.0;
                double td = q * d2 * d + d;
                double tc = table[(int) rounded];
                double r = (tc + td) / (tc * td + 1.0);
                t = x < 0 ? -r : r;
            }
            out[i] = t;
        }
    }

    /** The logistic function 1 / (1 + e^-x). */
    public static double sigmoid(double x) {
        return 1.0 / (exp(-x) + 1.0);
    }

    private static final double SQRT2 = 1.4142135623730951;

    /** Natural logarithm; NaN below zero, -infinity at zero. */
    public static double log(double x) {
        if (x != x || x < 0) return Double.NaN;
        if (x == 0) return Double.NEGATIVE_INFINITY;
        if (x == Double.POSITIVE_INFINITY) return x;
        // x = m · 2^e with m in [sqrt(1/2), sqrt(2)); powers of two scale exactly.
        int e = 0;
        double m = x;
        while (m >= 0x1p64) { m = m * 0x1p-64; e += 64; }
        while (m < 0x1p-64) { m = m * 0x1p64; e -= 64; }
        while (m >= SQRT2) { m = m * 0.5; e += 1; }
        while (m < SQRT2 * 0.5) { m = m * 2.0; e -= 1; }
        // log m = 2 atanh s with s = (m - 1)/(m + 1), |s| <= 0.1716
        double s = (m - 1.0) / (m + 1.0);
        double s2 = s * s;
        double q = 1.0 / 27.0;
        for (int n = 25; n >= 1; n -= 2) {
            q = q * s2 + 1.0 / n;
        }
        double logM = 2.0 * s * q;
        double ed = e;
        double hi = ed * LN2_HI;
        double lo = ed * LN2_LO;
        return (logM + lo) + hi;
    }

    // π/2 in three parts; the first two have trailing zero bits so k·part is exact for |k| < 2^20.
    private static final double PIO2_1 = 1.57079632673412561417e+00;
    private static final double PIO2_2 = 6.07710050650619224932e-11;
    private static final double PIO2_3 = 2.02226624879595063154e-21;
    private static final double TWO_OVER_PI = 6.36619772367581382433e-01;

    /** sin x, for the |x| below about 1e5 that input features meet. */
    public static double sin(double x) {
        return sinCos(x, 0);
    }

    /** cos x = sin(x + π/2), done by shifting the quadrant, not the argument. */
    public static double cos(double x) {
        return sinCos(x, 1);
    }

    private static double sinCos(double x, int quadrantShift) {
        if (x != x || x == Double.POSITIVE_INFINITY || x == Double.NEGATIVE_INFINITY) return Double.NaN;
        int k = floorToInt(x * TWO_OVER_PI + 0.5);
        double kd = k;
        double r = x - kd * PIO2_1;
        r = r - kd * PIO2_2;
        r = r - kd * PIO2_3;
        int quadrant = (k + quadrantShift) & 3;
        double v = (quadrant & 1) == 0 ? sinPoly(r) : cosPoly(r);
        return quadrant >= 2 ? -v : v;
    }

    /** sin r for |r| <= π/4 by its Taylor series in r². */
    private static double sinPoly(double r) {
        double r2 = r * r;
        double q = -1.0 / 1307674368000.0;  // -1/15!
        q = q * r2 + 1.0 / 6227020800.0;
        q = q * r2 - 1.0 / 39916800.0;
        q = q * r2 + 1.0 / 362880.0;
        q = q * r2 - 1.0 / 5040.0;
        q = q * r2 + 1.0 / 120.0;
        q = q * r2 - 1.0 / 6.0;
        q = q * r2;
        return q * r + r;
    }

    /** cos r for |r| <= π/4. */
    private static double cosPoly(double r) {
        double r2 = r * r;
        double q = 1.0 / 20922789888000.0;  // 1/16!
        q = q * r2 - 1.0 / 87178291200.0;
        q = q * r2 + 1.0 / 479001600.0;
        q = q * r2 - 1.0 / 3628800.0;
        q = q * r2 + 1.0 / 40320.0;
        q = q * r2 - 1.0 / 720.0;
        q = q * r2 + 1.0 / 24.0;
        q = q * r2 - 0.5;
        return q * r2 + 1.0;
    }
}
