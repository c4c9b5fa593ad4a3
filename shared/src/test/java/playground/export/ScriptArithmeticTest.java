package playground.export;

import static org.junit.jupiter.api.Assertions.*;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import playground.train.TrainingRun;

/**
 * Both scripts compute what the playground's network computes: their arithmetic, run by numpy
 * with each framework's meaning of its layers ({@link NumpyCheck}), agrees with the JVM network to
 * 1e-12 at points all over the plane, for every kind of run in {@link Runs}.
 */
class ScriptArithmeticTest {
    private static double[][] points(TrainingRun run) {
        return new double[][] {{0, 0}, {1.5, -2.25}, {-4.2, 3.3}, {5.9, 5.9}, {-6, -0.1}, {run.train.x1[0], run.train.x2[0]}};
    }

    @Test
    void pyTorchScriptsPredictLikeThePlayground() {
        check("torch", PyTorchScript::of);
    }

    @Test
    void kerasScriptsPredictLikeThePlayground() {
        check("keras", KerasScript::of);
    }

    private static void check(String framework, Function<TrainingRun, String> generator) {
        Python.assumeNumpy();
        List<Runs.Named> runs = Runs.all();
        List<String> scripts = new ArrayList<>();
        List<double[][]> points = new ArrayList<>();
        for (Runs.Named r : runs) {
            scripts.add(generator.apply(r.run));
            points.add(points(r.run));
        }
        double[][][] python = NumpyCheck.predictions(framework, scripts, points);
        for (int s = 0; s < runs.size(); s++) {
            TrainingRun run = runs.get(s).run;
            for (int p = 0; p < points.get(s).length; p++) {
                double x1 = points.get(s)[p][0];
                double x2 = points.get(s)[p][1];
                double[] jvm = Runs.predict(run, x1, x2);
                String where = runs.get(s).name + " at (" + x1 + ", " + x2 + ")";
                assertEquals(jvm.length, python[s][p].length, "outputs, " + where);
                for (int k = 0; k < jvm.length; k++) {
                    double tolerance = 1e-12 * Math.max(1, Math.abs(jvm[k]));
                    assertEquals(jvm[k], python[s][p][k], tolerance, "output " + k + ", " + where);
                }
            }
        }
    }
}
