package playground.nn;

import static org.junit.jupiter.api.Assertions.*;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import playground.core.Rng;

/**
 * Back-propagation computes the gradient of the objective (mean loss + rate · Σ R(w)): checked
 * against central finite differences for every activation × loss × regularization × output kind.
 */
class GradientCheckTest {
    static Stream<Arguments> everyCombination() {
        List<Arguments> cases = new ArrayList<>();
        for (Activation act : Activation.values()) {
            for (Regularization reg : Regularization.values()) {
                for (OutputKind out : OutputKind.values()) {
                    for (Loss loss : Loss.values()) {
                        if (out == OutputKind.LINEAR && loss == Loss.CROSSENTROPY) continue;
                        cases.add(Arguments.of(act, reg, out, loss));
                    }
                }
            }
        }
        return cases.stream();
    }

    @ParameterizedTest(name = "{0} {1} {2} {3}")
    @MethodSource("everyCombination")
    void backPropagationAgreesWithFiniteDifferences(Activation act, Regularization reg, OutputKind out, Loss loss) {
        int classes = out == OutputKind.SOFTMAX ? 3 : 2;
        Network net = new Network(new int[] {3, 4, 3, out.neurons(classes)}, act, out);
        Rng rng = new Rng(act.ordinal() * 100 + reg.ordinal() * 10 + out.ordinal());
        Init.XAVIER.initialize(net, rng);
        for (int i = 0; i < net.biases.length; i++) net.biases[i] = rng.uniform(-0.3, 0.3);
        Examples ex = randomExamples(rng, out, classes, 7);
        Trainer trainer = new Trainer(net, loss, reg, Optimizer.SGD, 0.1, 0.01, 7);

        double[] gw = new double[net.weights.length];
        double[] gb = new double[net.biases.length];
        trainer.objectiveGradient(ex, gw, gb);

        double h = 1e-6;
        for (int i = 0; i < net.weights.length; i++) {
            double w = net.weights[i];
            net.weights[i] = w + h;
            double up = objective(trainer, ex);
            net.weights[i] = w - h;
            double down = objective(trainer, ex);
            net.weights[i] = w;
            assertClose((up - down) / (2 * h), gw[i], "dJ/dw[" + i + "]");
        }
        for (int j = net.inputCount(); j < net.biases.length; j++) {
            double b = net.biases[j];
            net.biases[j] = b + h;
            double up = objective(trainer, ex);
            net.biases[j] = b - h;
            double down = objective(trainer, ex);
            net.biases[j] = b;
            assertClose((up - down) / (2 * h), gb[j], "dJ/db[" + j + "]");
        }
    }

    private static double objective(Trainer t, Examples ex) {
        return t.meanLoss(ex) + t.regularizationRate * t.penalty();
    }

    private static void assertClose(double numeric, double analytic, String what) {
        double scale = Math.max(1e-3, Math.abs(numeric) + Math.abs(analytic));
        assertTrue(Math.abs(numeric - analytic) <= 2e-6 * scale,
                what + ": finite difference " + numeric + ", back-propagation " + analytic);
    }

    static Examples randomExamples(Rng rng, OutputKind out, int classes, int n) {
        double[] x1 = new double[n], x2 = new double[n], y = new double[n];
        for (int p = 0; p < n; p++) {
            x1[p] = rng.uniform(-2, 2);
            x2[p] = rng.uniform(-2, 2);
            switch (out) {
                case TANH: y[p] = rng.nextInt(2) == 0 ? -1 : 1; break;
                case SOFTMAX: y[p] = rng.nextInt(classes); break;
                default: y[p] = rng.uniform(-1, 1);
            }
        }
        return new Examples(new Feature[] {Feature.X1, Feature.X2, Feature.X1X2}, x1, x2, y, n);
    }
}
