package playground.core;

/**
 * The shortest decimal text that reads back to the same double, in JavaScript's
 * {@code Number.prototype.toString} layout, computed with exact integer arithmetic only, so that
 * the JVM, TeaVM's JavaScript and WebAssembly give the same text for the same bits.
 *
 * <p>The digits: the fewest significant digits k such that some k-digit decimal rounds (to
 * nearest, ties to even) to the double; of the at most two such decimals next to the value, the
 * closer one (on a tie, the one with the even last digit). The layout, with the digits
 * {@code d1…dk} worth {@code 0.d1…dk × 10^n}:
 * <ul>
 *   <li>{@code k ≤ n ≤ 21}: the digits and n − k zeros ({@code 100}, {@code 7342627313054519000});
 *   <li>{@code 0 < n ≤ 21}: a decimal point after n digits ({@code 1.5}, {@code 123.456});
 *   <li>{@code -6 < n ≤ 0}: {@code 0.}, −n zeros, the digits ({@code 0.03}, {@code 0.000001});
 *   <li>otherwise a power of ten: {@code 1e+21}, {@code 1.5e-7}, {@code 5e-324}.
 * </ul>
 * Zero is {@code 0} and minus zero {@code -0.0}, where JavaScript writes {@code 0}: with its
 * sign, and with a decimal point so that readers which take {@code -0} for the integer 0 (Jackson,
 * Python) keep the sign too.
 *
 * <p>How: the value v = f·2^e and the half-gaps to its neighbours are scaled to integers R, S, M⁻,
 * M⁺ with v = R/S·10^n (Steele and White's free-format method). Digit by digit, R/S is the part
 * of v not yet written; the digits so far, or the next decimal up, read back to v exactly when
 * they lie within half a gap of it.
 */
final class ShortestDecimal {
    private ShortestDecimal() {}

    private static final long SIGNIFICAND_MASK = (1L << 52) - 1;
    private static final long HIDDEN_BIT = 1L << 52;

    /** The text of a finite {@code d}. */
    static String of(double d) {
        long bits = Double.doubleToRawLongBits(d);
        boolean negative = bits < 0;
        int biased = (int) (bits >>> 52) & 0x7ff;
        long f = bits & SIGNIFICAND_MASK;
        if (biased == 0x7ff) throw new IllegalArgumentException("not a finite number");
        if (biased == 0 && f == 0) return negative ? "-0.0" : "0";
        int e;
        if (biased == 0) {
            e = -1074;  // subnormal: no hidden bit
        } else {
            f |= HIDDEN_BIT;
            e = biased - 1075;
        }
        StringBuilder digits = new StringBuilder(17);
        int n = digits(f, e, digits);
        return layout(negative, digits, n);
    }

    /** Writes the digits of f·2^e into {@code out}; returns n, the value being 0.digits × 10^n. */
    private static int digits(long f, int e, StringBuilder out) {
        boolean even = (f & 1) == 0;
        // The gap below is half as wide at a power of two (except for the smallest exponent).
        boolean unevenGaps = f == HIDDEN_BIT && e > -1074;
        BigNat r, s, mPlus, mMinus;
        if (e >= 0) {
            r = BigNat.of(f).shiftLeft(e + (unevenGaps ? 2 : 1));
            s = BigNat.of(unevenGaps ? 4 : 2);
            mPlus = BigNat.of(1).shiftLeft(e + (unevenGaps ? 1 : 0));
            mMinus = BigNat.of(1).shiftLeft(e);
        } else {
            r = BigNat.of(f).shiftLeft(unevenGaps ? 2 : 1);
            s = BigNat.of(1).shiftLeft(-e + (unevenGaps ? 2 : 1));
            mPlus = BigNat.of(unevenGaps ? 2 : 1);
            mMinus = BigNat.of(1);
        }
        // Estimate n from the binary exponent (1233 / 4096 ≈ log10 2), then correct it exactly.
        int binaryLength = e + 64 - Long.numberOfLeadingZeros(f);
        int n = (((binaryLength - 1) * 1233) >> 12) + 1;
        if (n >= 0) {
            s.multiplyByPowerOfTen(n);
        } else {
            r.multiplyByPowerOfTen(-n);
            mPlus.multiplyByPowerOfTen(-n);
            mMinus.multiplyByPowerOfTen(-n);
        }
        while (r.compareTo(s) >= 0) {  // v ≥ 10^n: one more digit before the point
            s.multiplyBy(10);
            n++;
        }
        while (BigNat.compareTimesTen(r, s) < 0) {  // v < 10^(n-1)
            r.multiplyBy(10);
            mPlus.multiplyBy(10);
            mMinus.multiplyBy(10);
            n--;
        }
        while (true) {
            r.multiplyBy(10);
            mPlus.multiplyBy(10);
            mMinus.multiplyBy(10);
            int digit = 0;
            while (r.compareTo(s) >= 0) {
                r.subtract(s);
                digit++;
            }
            int belowGap = r.compareTo(mMinus);
            int aboveGap = BigNat.compareSum(r, mPlus, s);
            boolean downReadsBack = even ? belowGap <= 0 : belowGap < 0;
            boolean upReadsBack = even ? aboveGap >= 0 : aboveGap > 0;
            if (!downReadsBack && !upReadsBack) {
                out.append((char) ('0' + digit));
                continue;
            }
            boolean up;
            if (downReadsBack && upReadsBack) {
                int half = BigNat.compareTimesTwo(r, s);  // 2R against S: which decimal is closer
                up = half > 0 || (half == 0 && (digit & 1) == 1);
            } else {
                up = upReadsBack;
            }
            if (!up) {
                out.append((char) ('0' + digit));
                return n;
            }
            if (digit < 9) {
                out.append((char) ('0' + digit + 1));
                return n;
            }
            return roundUpNine(out, n);
        }
    }

    /** The digits so far followed by 10: carry into the digits before (999 → 1, one place up). */
    private static int roundUpNine(StringBuilder out, int n) {
        int i = out.length() - 1;
        while (i >= 0 && out.charAt(i) == '9') i--;
        if (i < 0) {
            out.setLength(0);
            out.append('1');
            return n + 1;
        }
        out.setCharAt(i, (char) (out.charAt(i) + 1));
        out.setLength(i + 1);
        return n;
    }

    private static String layout(boolean negative, StringBuilder d, int n) {
        int k = d.length();
        StringBuilder sb = new StringBuilder(k + 8);
        if (negative) sb.append('-');
        if (k <= n && n <= 21) {
            sb.append(d);
            for (int i = k; i < n; i++) sb.append('0');
        } else if (0 < n && n <= 21) {
            sb.append(d, 0, n).append('.').append(d, n, k);
        } else if (-6 < n && n <= 0) {
            sb.append("0.");
            for (int i = n; i < 0; i++) sb.append('0');
            sb.append(d);
        } else {
            sb.append(d.charAt(0));
            if (k > 1) sb.append('.').append(d, 1, k);
            int exponent = n - 1;
            sb.append('e').append(exponent < 0 ? '-' : '+').append(Math.abs(exponent));
        }
        return sb.toString();
    }
}
