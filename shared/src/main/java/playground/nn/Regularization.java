package playground.nn;

/**
 * Weight penalties R(w), added to the loss times the regularization rate. Biases are not
 * penalized, as in TensorFlow Playground.
 */
public enum Regularization implements ConfigName {
    NONE("none"), L1("l1"), L2("l2");

    public final String configName;

    Regularization(String configName) {
        this.configName = configName;
    }

    public static Regularization byName(String name) {
        return ConfigName.byName(values(), name, "regularization");
    }

    @Override
    public String configName() {
        return configName;
    }

    /** R(w): |w| for L1, w²/2 for L2 (so that R'(w) = w). */
    public double penalty(double w) {
        switch (this) {
            case L1: return w < 0 ? -w : w;
            case L2: return 0.5 * w * w;
            default: return 0;
        }
    }

    /** R'(w); for L1 the sign, 0 at 0. */
    public double derivative(double w) {
        switch (this) {
            case L1: return w < 0 ? -1 : (w > 0 ? 1 : 0);
            case L2: return w;
            default: return 0;
        }
    }
}
