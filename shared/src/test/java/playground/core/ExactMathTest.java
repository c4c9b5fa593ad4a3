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
        assertEquals(1.0, ExactMath.tanh(800), "TeaVM's own tanh is NaN here; ours is not");
        assertEquals(-1.0, ExactMath.tanh(-800));
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
