package playground.client.exports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import playground.config.Config;
import playground.config.Limits;
import playground.export.KerasScript;
import playground.export.MathMl;
import playground.export.PyTorchScript;
import playground.train.Snapshot;
import playground.train.TrainingRun;

/**
 * The exports bundle writes from the run's snapshot JSON exactly what the worker wrote from the
 * run itself before the bundle existed: the snapshot carries everything the scripts and
 * formulas read (configuration with any custom points, weights, dead links).
 */
class ExportTextsTest {
    private static TrainingRun trained(String json, int epochs) {
        TrainingRun run = new TrainingRun(Config.fromJson(json, Limits.BROWSER));
        for (int i = 0; i < epochs; i++) run.trainEpoch();
        return run;
    }

    @ParameterizedTest
    @ValueSource(strings = {"{\"dataset\":\"circle\",\"points\":200}",
            "{\"dataset\":\"gauss\",\"classes\":3,\"loss\":\"crossentropy\",\"points\":200,\"hiddenLayers\":[5,3]}",
            "{\"problem\":\"regression\",\"dataset\":\"plane\",\"points\":200,\"hiddenLayers\":[3],"
                    + "\"regularization\":\"l1\",\"regularizationRate\":0.01}",
            "{\"dataset\":\"custom\",\"customPoints\":[[0.5,1,1],[-2,0.25,-1],[3,-1,1],[-1,-4,-1]],\"hiddenLayers\":[2]}"})
    void theTextsFromTheSnapshotAreTheRunsOwn(String config) {
        TrainingRun run = trained(config, 7);
        String snapshot = Snapshot.toJson(run);
        assertEquals(PyTorchScript.of(run), ExportTexts.write("pytorch", snapshot));
        assertEquals(KerasScript.of(run), ExportTexts.write("keras", snapshot));
        assertEquals(MathMl.lossFormula(run.config) + MathMl.of(run), ExportTexts.write("math", snapshot));
    }

    @Test
    void anUnknownExportIsNamed() {
        String snapshot = Snapshot.toJson(trained("{\"dataset\":\"xor\",\"points\":50}", 1));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> ExportTexts.write("onnx", snapshot));
        assertTrue(e.getMessage().contains("onnx"), e.getMessage());
    }
}
