package playground.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ShortestDecimalTest {
    /** Bits and what node's String(x) wrote for them (node 18, this machine). */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "3fd3333333333334 | 0.30000000000000004",
        "444b1ae4d6e2ef50 | 1e+21",
        "4415af1d78b58c40 | 100000000000000000000",
        "3c36b082c2148b8e | 1.23e-18",
        "0000000000000001 | 5e-324",
        "7fefffffffffffff | 1.7976931348623157e+308",
        "4340000000000001 | 9007199254740994",
        "43e0000000000000 | 9223372036854776000",
        "3eb0c6f7a0b5ed8d | 0.000001",
        "3e7ad7f29abcaf48 | 1e-7",
        "3e8421f5f40d8376 | 1.5e-7",
        "4059000000000000 | 100",
        "3f9eb851eb851eb8 | 0.03",
        "3ee4f8b588e368f1 | 0.00001",
        "43d9799028da2c84 | 7342627313054519000",
        "44b52d02c7e14af6 | 1e+23",
        "3fd5555555555555 | 0.3333333333333333",
        "0010000000000000 | 2.2250738585072014e-308",
        "000fffffffffffff | 2.225073858507201e-308",
        "7fe0000000000000 | 8.98846567431158e+307",
        "0000000000000002 | 1e-323",
        "00005c0ab9347ed7 | 5e-310",
        "44dfe185ca57c517 | 6.02214076e+23",
        "0000000000000003 | 1.5e-323",
        "4480f0cf064dd592 | 1e+22",
        "7fd5555555555555 | 5.992310449541053e+307",
        "3eafe07017c01026 | 9.5e-7",
        "4011666666666666 | 4.35",
        "3eb4b3fd5942cd96 | 0.000001234",
        "43b0000000000000 | 1152921504606847000",
        "7e70000000000000 | 1.0715086071862673e+301",
        "40fe240c9fbe76c9 | 123456.789",
        "4004000000000000 | 2.5",
        "3ff0000000000000 | 1",
        "433fffffffffffff | 9007199254740991",
        "3fe0000000000000 | 0.5",
        "3ea0c6f7a0b5ed8d | 5e-7",
        "444b1ae4d6e2ef4f | 999999999999999900000",
        "000012688b70e62b | 1e-310",
    })
    void writesWhatJavaScriptWrites(String bits, String javaScript) {
        double d = Double.longBitsToDouble(Long.parseUnsignedLong(bits, 16));
        assertEquals(javaScript, Numbers.format(d));
        assertEquals("-" + javaScript, Numbers.format(-d));
    }

    @Test
    void zeroKeepsItsSignAndTheNonFiniteValuesAreWords() {
        assertEquals("0", Numbers.format(0.0));
        assertEquals("-0.0", Numbers.format(-0.0));
        assertEquals("NaN", Numbers.format(Double.NaN));
        assertEquals("NaN", Numbers.format(Double.longBitsToDouble(0xfff8000000000000L)));
        assertEquals("Infinity", Numbers.format(Double.POSITIVE_INFINITY));
        assertEquals("-Infinity", Numbers.format(Double.NEGATIVE_INFINITY));
    }

    /**
     * For random bits of every exponent: the text reads back to the same bits, no text with one
     * digit fewer does, and of the texts with as many digits that read back, it is the closest.
     * Checked with {@link BigDecimal}, independently of how the routine works.
     */
    @Test
    void randomDoublesGetTheShortestClosestTextThatReadsBack() {
        Random random = new Random(13);
        for (int i = 0; i < 20000; i++) {
            long bits = random.nextLong();
            if (i % 4 == 1) bits &= 0x800fffffffffffffL | ((long) random.nextInt(4) << 52);  // subnormal and tiny
            if (i % 4 == 2) bits = Double.doubleToRawLongBits(random.nextInt(1 << 20) * Math.pow(10, random.nextInt(40) - 20));
            double d = Double.longBitsToDouble(bits);
            if (!Double.isFinite(d) || d == 0) continue;
            checkShortestAndClosest(d);
        }
    }

    @Test
    void integersAndPowersOfTwoAndTenAreShortestAndClosest() {
        for (int e = -1074; e <= 1023; e++) checkShortestAndClosest(Math.scalb(1.0, e));
        for (int e = -323; e <= 308; e++) checkShortestAndClosest(Double.parseDouble("1e" + e));
        for (long n = 1; n < 100000; n += 7) checkShortestAndClosest(n);
        checkShortestAndClosest(Double.MAX_VALUE);
        checkShortestAndClosest(Double.MIN_NORMAL);
        checkShortestAndClosest(Math.nextDown(Double.MIN_NORMAL));
    }

    private static void checkShortestAndClosest(double d) {
        String text = Numbers.format(d);
        assertEquals(Double.doubleToRawLongBits(d), Double.doubleToRawLongBits(Double.parseDouble(text)), text);
        BigDecimal exact = new BigDecimal(Math.abs(d));
        BigDecimal mine = new BigDecimal(text).abs();
        int k = mine.stripTrailingZeros().precision();
        if (k > 1) {
            for (RoundingMode mode : new RoundingMode[] {RoundingMode.FLOOR, RoundingMode.CEILING}) {
                BigDecimal shorter = exact.round(new MathContext(k - 1, mode));
                assertNotEquals(Math.abs(d), shorter.doubleValue(), text + " is not the shortest: " + shorter);
            }
        }
        for (RoundingMode mode : new RoundingMode[] {RoundingMode.FLOOR, RoundingMode.CEILING}) {
            BigDecimal other = exact.round(new MathContext(k, mode));
            if (other.compareTo(mine) == 0 || other.doubleValue() != Math.abs(d)) continue;
            int closer = other.subtract(exact).abs().compareTo(mine.subtract(exact).abs());
            assertTrue(closer >= 0, text + ": " + other + " is closer");
            if (closer == 0) {
                assertTrue(mine.unscaledValue().testBit(0) == false, text + ": the tie goes to the even digit");
            }
        }
    }
}
