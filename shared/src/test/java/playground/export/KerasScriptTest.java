package playground.export;

import static org.junit.jupiter.api.Assertions.*;
import static playground.export.PyTorchScriptTest.assertBits;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import playground.config.Config;
import playground.config.Limits;
import playground.nn.Network;
import playground.train.TrainingRun;

/** The Keras script rebuilds the network: Dense layers, activations, and the weights transposed into kernels. */
class KerasScriptTest {
    static List<Runs.Named> runs() {
        return Runs.all();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("runs")
    void theLayersAreDenseLayersOfTheNetworksSizesEachWithItsActivation(Runs.Named named) {
        Network net = named.run.network;
        ScriptText script = new ScriptText(KerasScript.of(named.run));
        int last = net.layers() - 1;
        assertEquals(List.of("tf.keras.Input(shape=(" + net.inputCount() + ",), dtype=\"float64\"),"),
                script.linesStartingWith("tf.keras.Input("));
        List<String> dense = script.linesStartingWith("tf.keras.layers.Dense(");
        assertEquals(last, dense.size());
        for (int l = 1; l <= last; l++) {
            String name = l == last ? "output" : "hidden" + l;
            String activation = l < last ? hiddenActivation(named.run.config.activation) : outputActivation(net);
            assertEquals("tf.keras.layers.Dense(" + net.size(l) + ", activation=" + activation + ", dtype=\"float64\", name=\""
                    + name + "\"),", dense.get(l - 1));
            assertEquals(1, script.count("model.get_layer(\"" + name + "\").set_weights([np.array(K" + l
                    + ", dtype=\"float64\"), np.array(b" + l + ", dtype=\"float64\")])"));
        }
        boolean leaky = last > 1 && named.run.config.activation.equals("leakyrelu");
        assertEquals(leaky ? 1 : 0, script.count("return tf.nn.leaky_relu(z, alpha=0.01)"), "the playground's slope, not Keras' default");
    }

    private static String hiddenActivation(String activation) {
        return activation.equals("leakyrelu") ? "leaky_relu" : "\"" + activation + "\"";
    }

    private static String outputActivation(Network net) {
        switch (net.outputKind) {
            case TANH: return "\"tanh\"";
            case LINEAR: return "\"linear\"";
            default: return "\"softmax\"";
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("runs")
    void theKernelsAreTheTransposedWeightsBitForBit(Runs.Named named) {
        Network net = named.run.network;
        ScriptText script = new ScriptText(KerasScript.of(named.run));
        int literals = 0;
        for (int l = 1; l < net.layers(); l++) {
            int in = net.size(l - 1);
            int out = net.size(l);
            double[] k = script.numbers("K" + l);
            assertEquals(in, script.rows("K" + l), "K" + l + " has one row per input");
            assertEquals(in * out, k.length);
            for (int i = 0; i < in; i++) {
                for (int j = 0; j < out; j++) {
                    assertBits(net.weights[net.weightStart(l) + j * in + i], k[i * out + j], "K" + l + "[" + i + "][" + j + "]");
                }
            }
            double[] b = script.numbers("b" + l);
            assertEquals(out, b.length);
            for (int j = 0; j < out; j++) assertBits(net.biases[net.nodeStart(l) + j], b[j], "b" + l + "[" + j + "]");
            literals += k.length + b.length;
        }
        assertEquals(net.parameterCount(), literals, "one literal per parameter");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("runs")
    void theHeaderCarriesTheConfiguration(Runs.Named named) {
        TrainingRun run = named.run;
        ScriptText script = new ScriptText(KerasScript.of(run));
        assertEquals(run.config.toJson(), Config.fromJson(script.headerJson(), Limits.SERVER).toJson());
        assertEquals(1, script.count("rebuilt in Keras."));
    }

    @Test
    void theUsageExampleStatesWhatThePlaygroundPredicts() {
        TrainingRun run = Runs.trained("{\"problem\":\"regression\",\"dataset\":\"plane\",\"points\":100}", 3);
        String script = KerasScript.of(run);
        double[] out = Runs.predict(run, run.train.x1[0], run.train.x2[0]);
        assertTrue(script.contains("x = np.array([features(" + run.train.x1[0] + ", " + run.train.x2[0] + ")], dtype=\"float64\")"));
        assertTrue(script.contains("# The playground's network gives [" + out[0] + "] here:"), script);
        assertTrue(script.contains("# this is a training point with target " + run.train.label[0] + "."));
    }

    @Test
    void everyScriptIsValidPython() {
        Python.assertValidPython(Runs.all(), KerasScript::of);
    }
}
