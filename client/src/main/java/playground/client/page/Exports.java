package playground.client.page;

import playground.config.Limits;
import playground.core.Numbers;
import playground.train.LossHistory;
import playground.train.Snapshot;
import playground.train.TrainingRun;

/**
 * The one place the page reaches the export package ({@code playground.export}: PyTorch and
 * Keras scripts, MathML, loss CSV, model file). That package is written in another branch; until
 * it is merged, the model file is the core's {@link Snapshot}, the loss CSV is written here, and
 * the scripts and formulas report that they are not available yet (their buttons say so).
 * When it is merged, switch the bodies below to {@code ModelFile.write(run)},
 * {@code ModelFile.read(json, limits)}, {@code HistoryCsv.of(history)},
 * {@code PyTorchScript.of(run)}, {@code KerasScript.of(run)} and {@code MathMl.of(run)}, and
 * set {@link #SCRIPTS} to true.
 */
final class Exports {
    private Exports() {}

    /** Whether the PyTorch, Keras and MathML writers are part of this build. */
    static final boolean SCRIPTS = false;

    static String modelJson(TrainingRun run) {
        return Snapshot.toJson(run);
    }

    static TrainingRun readModel(String json) {
        return Snapshot.fromJson(json, Limits.BROWSER);
    }

    static String lossCsv(TrainingRun run) {
        LossHistory h = run.history();
        StringBuilder sb = new StringBuilder("epoch,trainLoss,testLoss\n");
        for (int i = 0; i < h.size(); i++) {
            sb.append(i).append(',').append(Numbers.format(h.train(i))).append(',')
                    .append(Numbers.format(h.test(i))).append('\n');
        }
        return sb.toString();
    }

    /** A PyTorch script that rebuilds the network with its weights, or null when not available. */
    static String pyTorch(TrainingRun run) {
        return null;
    }

    static String keras(TrainingRun run) {
        return null;
    }

    /** The network as MathML with the current numbers, or null when not available. */
    static String mathMl(TrainingRun run) {
        return null;
    }

    /** The loss being minimised as MathML ({@code MathMl.lossFormula(config)}), or null. */
    static String lossFormula(playground.config.Config config) {
        return null;
    }
}
