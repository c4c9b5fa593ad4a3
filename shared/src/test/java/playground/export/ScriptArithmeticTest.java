package playground.export;

import static org.junit.jupiter.api.Assertions.*;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import playground.train.TrainingRun;

/**
 * Both scripts compute what the playground's network computes: their arithmetic, run by numpy
 * with each framework's meaning of its layers ({@link NumpyCheck}), agrees with the JVM network to
 * 1e-12 at points all over the plane.
 */
class ScriptArithmeticTest {
    static List<Runs.Named> runs() {
        return Runs.all();
    }

    private static double[][] points(TrainingRun run) {
        return new double[][] {{0, 0}, {1.5, -2.25}, {-4.2, 3.3}, {5.9, 5.9}, {-6, -0.1}, {run.train.x1[0], run.train.x2[0]}};
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("runs")
    void pyTorchScriptPredictsLikeThePlayground(Runs.Named named) {
        Python.assumeNumpy();
        check(named.run, NumpyCheck.predictions(PyTorchScript.of(named.run), "torch", points(named.run)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("runs")
    void kerasScriptPredictsLikeThePlayground(Runs.Named named) {
        Python.assumeNumpy();
        check(named.run, NumpyCheck.predictions(KerasScript.of(named.run), "keras", points(named.run)));
    }

    private static void check(TrainingRun run, double[][] python) {
        double[][] points = points(run);
        for (int p = 0; p < points.length; p++) {
            double[] jvm = Runs.predict(run, points[p][0], points[p][1]);
            assertEquals(jvm.length, python[p].length, "outputs at point " + p);
            for (int k = 0; k < jvm.length; k++) {
                double tolerance = 1e-12 * Math.max(1, Math.abs(jvm[k]));
                assertEquals(jvm[k], python[p][k], tolerance, "output " + k + " at (" + points[p][0] + ", " + points[p][1] + ")");
            }
        }
    }
}
