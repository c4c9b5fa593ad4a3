package playground.core;

import static org.junit.jupiter.api.Assertions.*;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class NumbersTest {
    @AfterEach
    void restoreTheJvmCodec() {
        Numbers.install(null);
    }

    @Test
    void theJvmCodecIsTheDefaultAndTextIsJavaScriptsLayout() {
        assertSame(Numbers.JVM, Numbers.installed());
        assertEquals("0.03", Numbers.format(0.03));
        assertEquals("0.00001", Numbers.format(0.00001));
        assertEquals("1e-7", Numbers.format(1e-7));
        assertEquals("100", Numbers.format(100));
        assertEquals(0.03, Numbers.parse("0.03"));
        assertEquals(1e-5, Numbers.parse("1e-5"));
    }

    @Test
    void theJvmCodecRoundTripsExtremeDoubles() {
        double[] values = {Double.MIN_VALUE, Double.MAX_VALUE, -0.0, 0.1 + 0.2, 1e23, 5e-324, Math.PI};
        for (double d : values) {
            assertEquals(Double.doubleToRawLongBits(d), Double.doubleToRawLongBits(Numbers.parse(Numbers.format(d))));
        }
    }

    @Test
    void theWordsOfTheNonFiniteValuesReadBack() {
        assertEquals(Double.NaN, Numbers.nonFinite("NaN"));
        assertEquals(Double.POSITIVE_INFINITY, Numbers.nonFinite("Infinity"));
        assertEquals(Double.NEGATIVE_INFINITY, Numbers.nonFinite("-Infinity"));
        assertNull(Numbers.nonFinite("nan"));
        assertNull(Numbers.nonFinite("1"));
    }

    @Test
    void anInstalledCodecIsUsedUntilTheDefaultIsRestored() {
        Numbers.install(s -> 42);
        assertEquals(42, Numbers.parse("1"));
        assertEquals("1", Numbers.format(1), "writing is the same on every runtime, whatever reads");
        Numbers.install(null);
        assertEquals(1, Numbers.parse("1"));
    }
}
