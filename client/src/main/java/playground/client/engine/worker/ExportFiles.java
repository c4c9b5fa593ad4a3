package playground.client.engine.worker;

import playground.config.Config;
import playground.config.Limits;
import playground.export.HistoryCsv;
import playground.export.KerasScript;
import playground.export.MathMl;
import playground.export.ModelFile;
import playground.export.PyTorchScript;
import playground.train.TrainingRun;

/**
 * The files a reader can take away, written in the worker from its run: the one place the client
 * reaches the core's export package ({@code playground.export}) — the model file, the loss CSV,
 * the PyTorch and Keras scripts and the MathML of the "show the maths" panel.
 */
final class ExportFiles {
    private ExportFiles() {}

    static String modelJson(TrainingRun run) {
        return ModelFile.write(run);
    }

    static TrainingRun readModel(String json) {
        return ModelFile.read(json, Limits.BROWSER);
    }

    static String lossCsv(TrainingRun run) {
        return HistoryCsv.of(run.history());
    }

    /** A PyTorch script that rebuilds the network with its weights. */
    static String pyTorch(TrainingRun run) {
        return PyTorchScript.of(run);
    }

    static String keras(TrainingRun run) {
        return KerasScript.of(run);
    }

    /** The network as MathML with the current numbers. */
    static String mathMl(TrainingRun run) {
        return MathMl.of(run);
    }

    /** The loss being minimised, as MathML. */
    static String lossFormula(Config config) {
        return MathMl.lossFormula(config);
    }
}
