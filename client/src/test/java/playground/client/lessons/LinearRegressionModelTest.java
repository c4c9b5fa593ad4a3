package playground.client.lessons;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import org.junit.jupiter.api.Test;

/** Lesson L1's model on the JVM: gradient descent ends on the least-squares line; too large a rate is caught. */
class LinearRegressionModelTest {
    @Test
    void gradientDescentArrivesAtTheLeastSquaresLine() {
        LinearRegressionModel m = new LinearRegressionModel();
        int steps = 0;
        while (!m.arrived() && steps++ < 200_000) m.step();
        assertTrue(m.arrived(), "arrived within " + steps + " steps");
        assertFalse(m.diverging());

        // The closed form: w = cov(x, y) / var(x), b = mean(y) − w · mean(x).
        int n = LinearRegressionModel.POINTS;
        double mx = 0, my = 0;
        for (int i = 0; i < n; i++) {
            mx += m.x[i] / n;
            my += m.y[i] / n;
        }
        double sxy = 0, sxx = 0;
        for (int i = 0; i < n; i++) {
            sxy += (m.x[i] - mx) * (m.y[i] - my);
            sxx += (m.x[i] - mx) * (m.x[i] - mx);
        }
        double w = sxy / sxx;
        assertEquals(w, m.w(), 1e-5);
        assertEquals(my - w * mx, m.b(), 1e-5);
    }

    @Test
    void aMovedPointMovesTheLineItEndsOn() {
        LinearRegressionModel m = new LinearRegressionModel();
        while (!m.arrived()) m.step();
        double before = m.w();
        m.movePoint(0, 0, 10);
        while (!m.arrived()) m.step();
        assertTrue(m.w() < before, "a high point at x = 0 flattens the line: " + before + " → " + m.w());
    }

    @Test
    void tooLargeARateDivergesAndIsNamed() {
        LinearRegressionModel m = new LinearRegressionModel();
        m.setRate(5);
        for (int i = 0; i < 20 && !m.diverging(); i++) m.step();
        assertTrue(m.diverging(), "the loss grew step after step");
    }
}
