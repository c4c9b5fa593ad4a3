package playground.export;

import static org.junit.jupiter.api.Assertions.*;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import playground.config.Config;
import playground.config.Limits;
import playground.nn.Network;
import playground.train.TrainingRun;

/** The PyTorch script rebuilds the network: its layers, activations and exactly these weights. */
class PyTorchScriptTest {
    static List<Runs.Named> runs() {
        return Runs.all();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("runs")
    void theLayersAreLinearModulesOfTheNetworksSizesEachWithItsActivation(Runs.Named named) {
        Network net = named.run.network;
        ScriptText script = new ScriptText(PyTorchScript.of(named.run));
        List<String> linears = script.linesStartingWith("nn.Linear(");
        int last = net.layers() - 1;
        assertEquals(last, linears.size(), "one nn.Linear per layer of weights");
        List<String> modules = script.linesStartingWith("nn.");
        assertEquals(2 * last, modules.size(), "each Linear followed by one activation module");
        for (int l = 1; l <= last; l++) {
            assertTrue(modules.get(2 * (l - 1)).startsWith("nn.Linear(" + net.size(l - 1) + ", " + net.size(l) + "),"),
                    "layer " + l + ": " + modules.get(2 * (l - 1)));
            String expected = l < last ? hiddenModule(named.run.config.activation) : outputModule(net);
            assertTrue(modules.get(2 * l - 1).startsWith(expected + ","), "activation of layer " + l + ": " + modules.get(2 * l - 1));
            assertEquals(1, script.count("set_parameters(model[" + 2 * (l - 1) + "], W" + l + ", b" + l + ")"));
        }
        assertEquals(1, script.count(").double()"), "double precision, like the playground");
    }

    private static String hiddenModule(String activation) {
        switch (activation) {
            case "relu": return "nn.ReLU()";
            case "tanh": return "nn.Tanh()";
            case "sigmoid": return "nn.Sigmoid()";
            case "leakyrelu": return "nn.LeakyReLU(0.01)";
            default: return "nn.Identity()";
        }
    }

    private static String outputModule(Network net) {
        switch (net.outputKind) {
            case TANH: return "nn.Tanh()";
            case LINEAR: return "nn.Identity()";
            default: return "nn.Softmax(dim=-1)";
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("runs")
    void theWeightsReadBackBitForBitInTheOutInLayout(Runs.Named named) {
        Network net = named.run.network;
        ScriptText script = new ScriptText(PyTorchScript.of(named.run));
        int literals = 0;
        for (int l = 1; l < net.layers(); l++) {
            double[] w = script.numbers("W" + l);
            double[] b = script.numbers("b" + l);
            assertEquals(net.size(l), script.rows("W" + l), "W" + l + " has one row per neuron");
            assertEquals(net.size(l) * net.size(l - 1), w.length);
            for (int k = 0; k < w.length; k++) assertBits(net.weights[net.weightStart(l) + k], w[k], "W" + l + " entry " + k);
            assertEquals(net.size(l), b.length);
            for (int j = 0; j < b.length; j++) assertBits(net.biases[net.nodeStart(l) + j], b[j], "b" + l + "[" + j + "]");
            literals += w.length + b.length;
        }
        assertEquals(net.parameterCount(), literals, "one literal per parameter");
    }

    static void assertBits(double expected, double actual, String what) {
        assertEquals(Double.doubleToRawLongBits(expected), Double.doubleToRawLongBits(actual),
                what + ": expected " + expected + ", got " + actual);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("runs")
    void theHeaderCarriesTheConfigurationAndTheLosses(Runs.Named named) {
        TrainingRun run = named.run;
        ScriptText script = new ScriptText(PyTorchScript.of(run));
        assertEquals(run.config.toJson(), Config.fromJson(script.headerJson(), Limits.SERVER).toJson());
        assertEquals(1, script.count("# Epoch " + run.epoch() + ": train loss " + run.trainLoss() + ", test loss " + run.testLoss()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("runs")
    void theFeaturesFunctionComputesTheRunsFeaturesInOrder(Runs.Named named) {
        ScriptText script = new ScriptText(PyTorchScript.of(named.run));
        StringBuilder expected = new StringBuilder("return [");
        for (int i = 0; i < named.run.features.length; i++) {
            if (i > 0) expected.append(", ");
            expected.append(PythonText.expression(named.run.features[i]));
        }
        assertEquals(List.of(expected.append(']').toString()), script.linesStartingWith("return ["));
    }

    @Test
    void theUsageExampleStatesWhatThePlaygroundPredicts() {
        TrainingRun run = Runs.trained("{\"dataset\":\"circle\",\"points\":100}", 3);
        String script = PyTorchScript.of(run);
        double[] out = Runs.predict(run, run.train.x1[0], run.train.x2[0]);
        assertTrue(script.contains("x = torch.tensor([features(" + run.train.x1[0] + ", " + run.train.x2[0] + ")], dtype=torch.float64)"));
        assertTrue(script.contains("# The playground's network gives [" + out[0] + "] here:"), script);
        assertTrue(script.contains("# this is a training point of class " + (int) run.train.label[0]));
    }

    @Test
    void linksRemovedByL1AreZerosAndSaidSo() {
        TrainingRun run = Runs.withDeadLinks();
        int dead = Runs.deadLinks(run.network);
        assertTrue(PyTorchScript.of(run).contains("# " + dead + " links that L1 regularization removed are 0 here"));
    }

    @Test
    void aDivergedNetworkStillGivesValidLiterals() {
        TrainingRun run = Runs.trained("{\"points\":100}", 1);
        run.network.weights[0] = Double.NaN;
        run.network.weights[1] = Double.POSITIVE_INFINITY;
        run.network.biases[run.network.nodeStart(1)] = Double.NEGATIVE_INFINITY;
        ScriptText script = new ScriptText(PyTorchScript.of(run));
        double[] w = script.numbers("W1");
        assertTrue(Double.isNaN(w[0]));
        assertEquals(Double.POSITIVE_INFINITY, w[1]);
        assertEquals(Double.NEGATIVE_INFINITY, script.numbers("b1")[0]);
    }

    @Test
    void theSameRunGivesTheSameScript() {
        assertEquals(PyTorchScript.of(Runs.trained("{\"points\":100}", 4)), PyTorchScript.of(Runs.trained("{\"points\":100}", 4)));
    }

    @Test
    void everyScriptIsValidPython() {
        Python.assertValidPython(Runs.all(), PyTorchScript::of);
    }
}
