package playground.client.lessons;

import java.util.LinkedHashMap;
import java.util.Map;
import playground.config.Config;
import playground.config.Limits;
import playground.config.Schema;
import playground.train.TrainingRun;

/**
 * The state of the depth-versus-width lesson (L4): two {@link TrainingRun}s on the same data with
 * the same seed, a deep narrow network (several hidden layers of 4) and a shallow wide one (one
 * hidden layer) whose width gives it about the same number of parameters. Each keeps the
 * per-layer gradient sizes of every epoch, so the lesson can draw them over time.
 */
final class DepthWidthModel {
    static final int NARROW = 4;
    static final int MIN_DEPTH = 2;
    static final int MAX_DEPTH = 8;
    static final int MAX_EPOCHS = 600;

    private int depth = 6;
    private String activation = "relu";
    private String dataset = "circle";
    final Side deep = new Side();
    final Side wide = new Side();

    /** One of the two networks and its history. */
    static final class Side {
        TrainingRun run;
        double[][] gradients = new double[MAX_EPOCHS + 1][];

        int layers() {
            return run.network.layers();
        }

        /** The gradient size of layer l (1 … layers-1) after epoch e (1 … epoch). */
        double gradient(int e, int l) {
            return gradients[e][l];
        }

        double[] lastGradients() {
            return run.epoch() == 0 ? null : gradients[run.epoch()];
        }
    }

    DepthWidthModel() {
        restart();
    }

    int depth() {
        return depth;
    }

    String activation() {
        return activation;
    }

    String dataset() {
        return dataset;
    }

    int epoch() {
        return deep.run.epoch();
    }

    void setDepth(int layers) {
        depth = Math.max(MIN_DEPTH, Math.min(MAX_DEPTH, layers));
        restart();
    }

    void setActivation(String name) {
        activation = name;
        restart();
    }

    void setDataset(String name) {
        dataset = name;
        restart();
    }

    /** The width of one hidden layer with about the parameters of {@code depth} layers of 4. */
    static int wideWidth(int depth) {
        // 2 inputs, 1 output: deep has 2·4+4 + (depth-1)·(4·4+4) + 4+1, wide has 2h+h + h+1 = 4h+1
        int first = 2 * NARROW + NARROW;
        int middle = NARROW * NARROW + NARROW;
        int last = NARROW + 1;
        int more = depth - 1;
        int deepParameters = middle * more + first + last;
        return Math.max(1, Math.round((deepParameters - 1) / 4.0f));
    }

    void restart() {
        int[] narrow = new int[depth];
        java.util.Arrays.fill(narrow, NARROW);
        deep.run = new TrainingRun(config(narrow));
        wide.run = new TrainingRun(config(new int[] {wideWidth(depth)}));
    }

    private Config config(int[] hidden) {
        Map<String, Object> c = new LinkedHashMap<>();
        c.put(Schema.DATASET, dataset);
        c.put(Schema.POINTS, 300);
        c.put(Schema.HIDDEN_LAYERS, hidden);
        c.put(Schema.ACTIVATION, activation);
        c.put(Schema.LEARNING_RATE, 0.03);
        c.put(Schema.INIT, "xavier");
        c.put(Schema.SEED, 1);
        return Config.defaults().withMap(c, Limits.SERVER);
    }

    /** Trains both networks {@code epochs} more epochs; false once the lesson's length is reached. */
    boolean train(int epochs) {
        for (int i = 0; i < epochs && epoch() < MAX_EPOCHS; i++) {
            for (Side side : new Side[] {deep, wide}) {
                side.run.trainEpoch();
                side.gradients[side.run.epoch()] = side.run.trainer.layerGradientNorms().clone();
            }
        }
        return epoch() < MAX_EPOCHS;
    }
}
