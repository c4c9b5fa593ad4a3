package playground.export;

import static org.junit.jupiter.api.Assertions.*;

import org.junit.jupiter.api.Test;

/** Numbers rounded for reading: significant digits, no trailing zeros, a power of ten only when needed. */
class DisplayNumberTest {
    private static String s(double v) {
        return DisplayNumber.of(v, 3).toString();
    }

    @Test
    void threeSignificantDigitsWithoutTrailingZeros() {
        assertEquals("0.42", s(0.42));
        assertEquals("-0.423", s(-0.4234));
        assertEquals("0.0792", s(0.07919242912522281));
        assertEquals("0.1", s(0.1));
        assertEquals("1", s(1));
        assertEquals("12.3", s(12.345));
        assertEquals("1230", s(1234.5));
        assertEquals("123000", s(123456));
    }

    @Test
    void roundingUpCanAddADigit() {
        assertEquals("1000", s(999.6));
        assertEquals("10", s(9.9996));
        assertEquals("0.001", s(0.00099996));
        assertEquals("1e6", s(999999.9));
    }

    @Test
    void halvesRoundUp() {
        assertEquals("0.3", DisplayNumber.of(0.25, 1).toString());
        assertEquals("-0.3", DisplayNumber.of(-0.25, 1).toString(), "away from zero");
    }

    @Test
    void tinyAndHugeValuesGetAPowerOfTen() {
        DisplayNumber n = DisplayNumber.of(-1.5e-5, 3);
        assertTrue(n.negative);
        assertEquals("1.5", n.mantissa);
        assertEquals(-5, n.exponent);
        assertEquals("0.00123", s(0.00123), "10^-3 is still plain");
        assertEquals("1.23e-4", s(0.000123));
        assertEquals("1.23e8", s(123456789));
        assertEquals("4.94e-324", s(Double.MIN_VALUE));
        assertEquals("1.8e308", s(Double.MAX_VALUE));
    }

    @Test
    void zeroAndTheNonFiniteValues() {
        assertEquals("0", s(0));
        assertEquals("0", s(-0.0), "no sign on zero");
        assertEquals("NaN", s(Double.NaN));
        assertEquals("\u221e", s(Double.POSITIVE_INFINITY));
        assertEquals("-\u221e", s(Double.NEGATIVE_INFINITY));
    }

    @Test
    void moreDigitsOnRequest() {
        assertEquals("0.003", DisplayNumber.of(0.003, 6).toString());
        assertEquals("3.14159", DisplayNumber.of(Math.PI, 6).toString());
        assertThrows(IllegalArgumentException.class, () -> DisplayNumber.of(1, 0));
    }
}
