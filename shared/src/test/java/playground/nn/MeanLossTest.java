package playground.nn;

import static org.junit.jupiter.api.Assertions.*;

import org.junit.jupiter.api.Test;
import playground.core.Rng;

/**
 * The mean loss, computed block by block, is bit for bit the mean of the examples' losses after
 * one forward pass each, summed in order: the faster way must not change what the page reports.
 */
class MeanLossTest {
    @Test
    void theBlockwiseMeanLossEqualsTheExampleByExampleOne() {
        for (Activation act : Activation.values()) {
            for (OutputKind out : OutputKind.values()) {
                for (Loss loss : Loss.values()) {
                    if (out == OutputKind.LINEAR && loss == Loss.CROSSENTROPY) continue;
                    for (int n : new int[] {1, Network.BLOCK, 2 * Network.BLOCK + 37}) {
                        Network net = new Network(new int[] {3, 5, 4, out.neurons(4)}, act, out);
                        Rng rng = new Rng(n + 31 * act.ordinal() + 7 * out.ordinal());
                        Init.XAVIER.initialize(net, rng);
                        for (int i = 0; i < net.weights.length; i++) net.weights[i] = net.weights[i] * 3;
                        Examples ex = GradientCheckTest.randomExamples(rng, out, 4, n);
                        Trainer trainer = new Trainer(net, loss, Regularization.NONE, Optimizer.SGD, 0.1, 0, 10);
                        double sum = 0;
                        for (int p = 0; p < n; p++) {
                            net.forward(ex.inputs, p * ex.width);
                            sum = trainer.exampleLoss(ex.labels[p]) + sum;
                        }
                        assertEquals(Double.doubleToRawLongBits(sum / n), Double.doubleToRawLongBits(trainer.meanLoss(ex)),
                                act + " " + out + " " + loss + " with " + n + " examples");
                    }
                }
            }
        }
    }

    @Test
    void noExamplesHaveNoLoss() {
        Network net = new Network(new int[] {3, 2, 1}, Activation.TANH, OutputKind.TANH);
        Trainer trainer = new Trainer(net, Loss.MSE, Regularization.NONE, Optimizer.SGD, 0.1, 0, 10);
        Examples none = GradientCheckTest.randomExamples(new Rng(1), OutputKind.TANH, 2, 0);
        assertEquals(0.0, trainer.meanLoss(none));
    }
}
