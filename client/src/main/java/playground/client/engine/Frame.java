package playground.client.engine;

import static playground.client.engine.Protocol.*;
import org.teavm.jso.JSObject;
import playground.client.ui.Js;

/**
 * One answer of the worker, as the page reads it: the state after some training. Pixels stay
 * JavaScript typed arrays (they go straight into ImageData); numbers are copied into Java.
 */
public final class Frame {
    public final int epoch;
    public final double trainLoss;
    public final double testLoss;
    public final boolean diverged;
    final boolean stopped;
    public final double[] weights;
    public final double[] biases;
    public final double[] linkGradients;
    /** RGBA of the output picture, {@link Protocol#DENSITY}² pixels. */
    public final JSObject output;
    /** Whether this frame carries pictures (while training, not every frame does). */
    final boolean hasPictures;
    /** RGBA thumbnails of the hidden and output neurons, from node {@link #firstThumbNode} on. */
    public final JSObject thumbs;
    public final int firstThumbNode;
    public final boolean regression;
    public final double accuracyTrain, accuracyTest;
    public final int[] confusion;
    public final int classes;
    public final double r2Train, r2Test, rmseTrain, rmseTest;
    /** The worker's message itself: another bundle (the figure's) reads this frame from it. */
    public final JSObject message;

    public Frame(JSObject m) {
        message = m;
        epoch = Js.integer(m, EPOCH);
        trainLoss = Js.number(m, TRAIN_LOSS);
        testLoss = Js.number(m, TEST_LOSS);
        diverged = Js.bool(m, DIVERGED);
        stopped = Js.bool(m, STOPPED);
        weights = Js.doubles(m, WEIGHTS);
        biases = Js.doubles(m, BIASES);
        linkGradients = Js.doubles(m, LINK_GRADIENTS);
        hasPictures = Js.has(m, OUTPUT);
        output = hasPictures ? Js.get(m, OUTPUT) : null;
        thumbs = hasPictures ? Js.get(m, THUMBS) : null;
        firstThumbNode = Js.integer(m, FIRST_THUMB_NODE);
        regression = Js.has(m, R2_TRAIN);
        accuracyTrain = Js.number(m, ACCURACY_TRAIN);
        accuracyTest = Js.number(m, ACCURACY_TEST);
        confusion = Js.ints(m, CONFUSION);
        classes = Js.integer(m, CLASSES);
        r2Train = Js.number(m, R2_TRAIN);
        r2Test = Js.number(m, R2_TEST);
        rmseTrain = Js.number(m, RMSE_TRAIN);
        rmseTest = Js.number(m, RMSE_TEST);
    }
}
