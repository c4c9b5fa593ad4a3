package playground.client.engine;

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

    public Frame(JSObject m) {
        epoch = Js.integer(m, "epoch");
        trainLoss = Js.number(m, "trainLoss");
        testLoss = Js.number(m, "testLoss");
        diverged = Js.bool(m, "diverged");
        stopped = Js.bool(m, "stopped");
        weights = Js.doubles(m, "weights");
        biases = Js.doubles(m, "biases");
        linkGradients = Js.doubles(m, "linkGradients");
        hasPictures = Js.has(m, "output");
        output = hasPictures ? Js.get(m, "output") : null;
        thumbs = hasPictures ? Js.get(m, "thumbs") : null;
        firstThumbNode = Js.integer(m, "firstThumbNode");
        regression = Js.has(m, "r2Train");
        accuracyTrain = Js.number(m, "accuracyTrain");
        accuracyTest = Js.number(m, "accuracyTest");
        confusion = Js.ints(m, "confusion");
        classes = Js.integer(m, "classes");
        r2Train = Js.number(m, "r2Train");
        r2Test = Js.number(m, "r2Test");
        rmseTrain = Js.number(m, "rmseTrain");
        rmseTest = Js.number(m, "rmseTest");
    }
}
