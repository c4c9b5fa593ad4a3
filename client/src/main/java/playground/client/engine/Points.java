package playground.client.engine;

import static playground.client.engine.Protocol.*;
import org.teavm.jso.JSObject;
import playground.client.ui.Js;

/** The examples of the current run, split as the worker split them, for drawing. */
public final class Points {
    public final double[] trainX1, trainX2, trainLabel;
    public final double[] testX1, testX2, testLabel;
    /** 0 for regression, else the number of classes. */
    public final int classes;
    /** The worker's message itself: another bundle (the figure's) reads these points from it. */
    public final JSObject message;

    public Points(JSObject m, int classes) {
        message = m;
        trainX1 = Js.doubles(m, TRAIN_X1);
        trainX2 = Js.doubles(m, TRAIN_X2);
        trainLabel = Js.doubles(m, TRAIN_LABEL);
        testX1 = Js.doubles(m, TEST_X1);
        testX2 = Js.doubles(m, TEST_X2);
        testLabel = Js.doubles(m, TEST_LABEL);
        this.classes = classes;
    }

    int size() {
        return trainX1.length + testX1.length;
    }

    /** Every point as flat triples x1, x2, label (training points first), as custom points are kept. */
    public double[] flatTriples() {
        int n = size();
        double[] flat = new double[n * 3];
        int k = 0;
        for (int i = 0; i < trainX1.length; i++, k += 3) put(flat, k, trainX1[i], trainX2[i], trainLabel[i]);
        for (int i = 0; i < testX1.length; i++, k += 3) put(flat, k, testX1[i], testX2[i], testLabel[i]);
        return flat;
    }

    private static void put(double[] flat, int k, double x1, double x2, double label) {
        flat[k] = x1;
        flat[k + 1] = x2;
        flat[k + 2] = label;
    }
}
