package playground.client.exports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import playground.config.Config;
import playground.config.Limits;
import playground.export.KerasScript;
import playground.export.MathMl;
import playground.export.PyTorchScript;
import playground.nn.Network;
import playground.train.Snapshot;
import playground.train.TrainingRun;

/**
 * The exports bundle writes from plain values exactly what the worker wrote from the run itself
 * before the bundle existed: the scripts from the run's snapshot JSON, the maths from the
 * configuration and the network's parameters, also when the same configuration comes again with
 * newer parameters (the run built for it is reused).
 */
class ExportTextsTest {
    private static TrainingRun trained(String json, int epochs) {
        TrainingRun run = new TrainingRun(Config.fromJson(json, Limits.BROWSER));
        for (int i = 0; i < epochs; i++) run.trainEpoch();
        return run;
    }

    private static String maths(TrainingRun run) {
        Network net = run.network;
        int[] dead = new int[net.dead.length];
        for (int i = 0; i < dead.length; i++) dead[i] = net.dead[i] ? 1 : 0;
        return ExportTexts.maths(run.config.toJson(), net.weights, net.biases, dead);
    }

    @ParameterizedTest
    @ValueSource(strings = {"{\"dataset\":\"circle\",\"points\":200}",
            "{\"dataset\":\"gauss\",\"classes\":3,\"loss\":\"crossentropy\",\"points\":200,\"hiddenLayers\":[5,3]}",
            "{\"problem\":\"regression\",\"dataset\":\"plane\",\"points\":200,\"hiddenLayers\":[3],"
                    + "\"regularization\":\"l1\",\"regularizationRate\":0.3}",
            "{\"dataset\":\"custom\",\"customPoints\":[[0.5,1,1],[-2,0.25,-1],[3,-1,1],[-1,-4,-1]],\"hiddenLayers\":[2]}"})
    void theTextsAreTheRunsOwn(String config) {
        TrainingRun run = trained(config, 7);
        String snapshot = Snapshot.toJson(run);
        assertEquals(PyTorchScript.of(run), ExportTexts.script("pytorch", snapshot));
        assertEquals(KerasScript.of(run), ExportTexts.script("keras", snapshot));
        assertEquals(MathMl.lossFormula(run.config) + MathMl.of(run), maths(run));
        for (int i = 0; i < 30; i++) run.trainEpoch();
        assertEquals(MathMl.lossFormula(run.config) + MathMl.of(run), maths(run), "the same configuration, trained on");
    }

    @Test
    void deadLinksReachTheFormulas() {
        TrainingRun run = trained("{\"dataset\":\"xor\",\"points\":50,\"hiddenLayers\":[3]}", 2);
        run.network.weights[0] = 0;
        run.network.dead[0] = true;
        assertEquals(MathMl.of(run), maths(run).substring(MathMl.lossFormula(run.config).length()));
    }

    @Test
    void parametersOfAnotherNetworkAndUnknownScriptsAreRefusedInWords() {
        TrainingRun run = trained("{\"dataset\":\"xor\",\"points\":50,\"hiddenLayers\":[3]}", 1);
        IllegalArgumentException shape = assertThrows(IllegalArgumentException.class,
                () -> ExportTexts.maths(run.config.toJson(), new double[2], run.network.biases, new int[2]));
        assertTrue(shape.getMessage().contains("weights"), shape.getMessage());
        IllegalArgumentException script = assertThrows(IllegalArgumentException.class,
                () -> ExportTexts.script("onnx", Snapshot.toJson(run)));
        assertTrue(script.getMessage().contains("onnx"), script.getMessage());
    }
}
