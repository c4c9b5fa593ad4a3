package playground.core;

import static org.junit.jupiter.api.Assertions.*;

import org.junit.jupiter.api.Test;

class ExactMathTest {
    private static void close(double expected, double actual, double relTol, String what) {
        double err = Math.abs(expected - actual) / Math.max(Math.abs(expected), 1e-300);
        assertTrue(err <= relTol, what + ": expected " + expected + " got " + actual + " (rel err " + err + ")");
    }

    @Test
    void expMatchesTheJvmToTheLastFewBits() {
        Rng rng = new Rng(7);
        for (int i = 0; i < 200_000; i++) {
            double x = rng.uniform(-700, 700);
            close(Math.exp(x), ExactMath.exp(x), 8e-16, "exp(" + x + ")");
            double y = rng.uniform(-3, 3);
            close(Math.exp(y), ExactMath.exp(y), 8e-16, "exp(" + y + ")");
        }
        assertEquals(1.0, ExactMath.exp(0.0));
        assertEquals(Double.POSITIVE_INFINITY, ExactMath.exp(710));
        assertEquals(0.0, ExactMath.exp(-746));
        assertTrue(Double.isNaN(ExactMath.exp(Double.NaN)));
    }

    @Test
    void tanhIsAccurateSaturatesAndIsOdd() {
        Rng rng = new Rng(8);
        for (int i = 0; i < 200_000; i++) {
            double x = rng.uniform(-25, 25) * rng.nextDouble();
            close(Math.tanh(x), ExactMath.tanh(x), 2e-15, "tanh(" + x + ")");
            assertEquals(-ExactMath.tanh(x), ExactMath.tanh(-x));
        }
        close(1e-9, ExactMath.tanh(1e-9), 1e-15, "tanh of a tiny number");
        assertEquals(Double.doubleToRawLongBits(-0.0), Double.doubleToRawLongBits(ExactMath.tanh(-0.0)), "tanh(-0) = -0");
        assertEquals(0x1p-30, ExactMath.tanh(0x1p-30), "tiny x: tanh x rounds to x");
        assertEquals(1.0, ExactMath.tanh(800), "TeaVM's own tanh is NaN here; ours is not");
        assertEquals(-1.0, ExactMath.tanh(-800));
    }

    @Test
    void tanhRangeGivesTanhsBitsEverywhere() {
        Rng rng = new Rng(10);
        int n = 300_000;
        double[] x = new double[n];
        for (int i = 0; i < n; i++) {
            switch (i % 5) {
                case 0: x[i] = rng.uniform(-25, 25); break;
                case 1: x[i] = rng.uniform(-0.2, 0.2); break;                 // expm1's series
                case 2: x[i] = rng.uniform(-1, 1) * ExactMath.pow2(-rng.nextInt(1080)); break;  // tiny, subnormal
                case 3: x[i] = rng.uniform(-1e6, 1e6); break;                 // saturated
                default: x[i] = Double.longBitsToDouble(((long) rng.nextInt() << 32) ^ (rng.nextInt() & 0xffffffffL));
            }
        }
        double[] special = {0.0, -0.0, 1.0 / 128, -3.0 / 128, Math.nextUp(1.0 / 128), 0x1p-27, Math.nextDown(0x1p-27), 20.0, -20.0,
            Math.nextUp(20.0), Math.nextDown(-20.0), Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY,
            Double.MIN_VALUE, -Double.MIN_VALUE, Double.MAX_VALUE, 1e-300, 0.3465735902799726, 11.09};
        System.arraycopy(special, 0, x, 0, special.length);
        double[] out = new double[n];
        ExactMath.tanhRange(x, out, 0, n);
        for (int i = 0; i < n; i++) {
            assertEquals(Double.doubleToRawLongBits(ExactMath.tanh(x[i])), Double.doubleToRawLongBits(out[i]), "tanh(" + x[i] + ")");
        }
        ExactMath.tanhRange(x, x, 5, 10);  // in place, a sub-range
        assertEquals(Double.doubleToRawLongBits(ExactMath.tanh(special[5])), Double.doubleToRawLongBits(x[5]));
        assertEquals(special[4], x[4]);
        assertEquals(special[10], x[10], "outside the range: untouched");
    }

    @Test
    void floorToIntIsMathFloorForEveryDouble() {
        Rng rng = new Rng(12);
        double[] special = {0.0, -0.0, 0.5, -0.5, 1.5, -1.5, 2.5, -2.5, 0x1p51, -0x1p51, Math.nextDown(0x1p51),
            Math.nextUp(-0x1p51), 0x1p52 + 1, 0x1p31, -0x1p31, 0x1p31 - 0.5, 1e300, -1e300, Double.NaN,
            Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, Double.MIN_VALUE, -Double.MIN_VALUE, Math.nextDown(1.0)};
        for (double v : special) assertEquals((int) Math.floor(v), ExactMath.floorToInt(v), "floor(" + v + ")");
        for (int i = 0; i < 1_000_000; i++) {
            double v = i % 2 == 0 ? rng.uniform(-1e5, 1e5) : rng.uniform(-1, 1) * ExactMath.pow2(rng.nextInt(70) - 10);
            assertEquals((int) Math.floor(v), ExactMath.floorToInt(v), "floor(" + v + ")");
            double half = Math.floor(v) + 0.5;  // ties, where rounding to even and the floor part ways
            assertEquals((int) Math.floor(half), ExactMath.floorToInt(half), "floor(" + half + ")");
        }
    }

    @Test
    void sigmoidAndExpm1() {
        for (double x = -40; x <= 40; x += 0.01) {
            close(1 / (1 + Math.exp(-x)), ExactMath.sigmoid(x), 1e-15, "sigmoid(" + x + ")");
            close(Math.expm1(x), ExactMath.expm1(x), 3e-15, "expm1(" + x + ")");
        }
        assertEquals(0.0, ExactMath.sigmoid(-1000));
        assertEquals(1.0, ExactMath.sigmoid(1000));
    }

    @Test
    void logInvertsExpOverTheWholeRange() {
        Rng rng = new Rng(9);
        for (int i = 0; i < 200_000; i++) {
            double x = ExactMath.exp(rng.uniform(-740, 700));
            close(Math.log(x), ExactMath.log(x), 3e-16, "log(" + x + ")");
        }
        assertEquals(0.0, ExactMath.log(1.0));
        assertEquals(Double.NEGATIVE_INFINITY, ExactMath.log(0));
        assertTrue(Double.isNaN(ExactMath.log(-1)));
        close(Math.log(Double.MIN_VALUE), ExactMath.log(Double.MIN_VALUE), 1e-15, "log of a subnormal");
    }

    @Test
    void sinAndCosOverTheFeatureDomainAndBeyond() {
        Rng rng = new Rng(10);
        for (int i = 0; i < 200_000; i++) {
            double x = rng.uniform(-1000, 1000);
            assertEquals(Math.sin(x), ExactMath.sin(x), 4e-16, "sin(" + x + ")");
            assertEquals(Math.cos(x), ExactMath.cos(x), 4e-16, "cos(" + x + ")");
        }
        assertEquals(0.0, ExactMath.sin(0.0));
        assertEquals(1.0, ExactMath.cos(0.0));
        assertEquals(1.0, ExactMath.sin(Math.PI / 2));
    }

    @Test
    void powersOfTwoAreExact() {
        assertEquals(1024.0, ExactMath.pow2(10));
        assertEquals(Double.MIN_VALUE, ExactMath.pow2(-1074));
        assertEquals(0.0, ExactMath.pow2(-1076));
        assertEquals(Double.POSITIVE_INFINITY, ExactMath.pow2(1024));
        assertEquals(Math.scalb(1.0, 1023), ExactMath.pow2(1023));
    }
}
