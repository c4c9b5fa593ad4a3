package playground.client.engine;

import static playground.client.engine.Protocol.*;
import org.teavm.jso.JSObject;
import playground.client.ui.Js;

/**
 * What the charts need of the past: train and test loss of every epoch (entry 0 before
 * training) and, per trained epoch, the gradient size of each layer. The worker sends only what
 * is new; a new run starts from nothing.
 */
public final class TrainingHistory {
    private double[] train = new double[256];
    private double[] test = new double[256];
    private int size;
    private double[] grads = new double[256];
    private int gradRows;
    private int gradWidth;

    /** A history read from {@link #toMessage}'s object (in another bundle: the figure's). */
    public static TrainingHistory of(JSObject message) {
        TrainingHistory history = new TrainingHistory();
        history.append(message);
        return history;
    }

    /** The whole history as the worker would send it from the start: a plain object another bundle can read. */
    public JSObject toMessage() {
        JSObject m = Js.object();
        Js.set(m, LOSS_FROM, 0);
        Js.set(m, TRAIN_LOSSES, Js.doubles(train, 0, size));
        Js.set(m, TEST_LOSSES, Js.doubles(test, 0, size));
        Js.set(m, GRAD_FROM, 0);
        Js.set(m, GRAD_WIDTH, gradWidth);
        Js.set(m, GRAD_NORMS, Js.doubles(grads, 0, gradRows * gradWidth));
        return m;
    }

    void append(JSObject frame) {
        int from = Js.integer(frame, LOSS_FROM);
        if (from == 0) {
            size = 0;
        }
        double[] tr = Js.doubles(frame, TRAIN_LOSSES);
        double[] te = Js.doubles(frame, TEST_LOSSES);
        for (int i = 0; i < tr.length; i++) addLoss(tr[i], te[i]);
        int gFrom = Js.integer(frame, GRAD_FROM);
        int width = Js.integer(frame, GRAD_WIDTH);
        if (gFrom == 0 || width != gradWidth) {
            gradRows = 0;
            gradWidth = width;
        }
        double[] g = Js.doubles(frame, GRAD_NORMS);
        for (int i = 0; i + width <= g.length; i += width) addGrads(g, i, width);
    }

    private void addLoss(double a, double b) {
        if (size == train.length) {
            train = grow(train);
            test = grow(test);
        }
        train[size] = a;
        test[size] = b;
        size++;
    }

    private void addGrads(double[] g, int from, int width) {
        while ((gradRows + 1) * width > grads.length) grads = grow(grads);
        System.arraycopy(g, from, grads, gradRows * width, width);
        gradRows++;
    }

    private static double[] grow(double[] a) {
        double[] b = new double[a.length * 2];
        System.arraycopy(a, 0, b, 0, a.length);
        return b;
    }

    public int size() { return size; }
    public double train(int i) { return train[i]; }
    public double test(int i) { return test[i]; }

    /** Trained epochs with gradient sizes. */
    public int gradRows() { return gradRows; }
    /** Layers with a gradient (every layer after the inputs). */
    public int gradWidth() { return gradWidth; }
    /** Gradient size of layer {@code layer + 1} after trained epoch {@code row + 1}. */
    public double grad(int row, int layer) { return grads[row * gradWidth + layer]; }
}
