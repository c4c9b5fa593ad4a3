package playground.client.engine.worker;

import playground.config.Limits;
import playground.export.HistoryCsv;
import playground.export.ModelFile;
import playground.train.TrainingRun;

/**
 * The files a reader can take away that the worker writes itself, from its run: the model file
 * (also read back when imported) and the loss CSV, small and built on the snapshot the worker
 * has anyway. The scripts and the formulas of the "show the maths" panel, most of the export
 * code, come from the exports bundle ({@link ExportBundle}).
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
}
