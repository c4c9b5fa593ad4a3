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
    void theJvmCodecIsTheDefaultAndWritesJavaText() {
        assertSame(Numbers.JVM, Numbers.installed());
        assertEquals("0.03", Numbers.format(0.03));
        assertEquals("1.0E-5", Numbers.format(0.00001));
        assertEquals("100.0", Numbers.format(100));
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
    void anInstalledCodecIsUsedUntilTheDefaultIsRestored() {
        Numbers.install(new Numbers.Codec() {
            @Override
            public String format(double d) {
                return "x";
            }

            @Override
            public double parse(String s) {
                return 42;
            }
        });
        assertEquals("x", Numbers.format(1));
        assertEquals(42, Numbers.parse("1"));
        Numbers.install(null);
        assertEquals("1.0", Numbers.format(1));
    }
}
