package playground.nn;

import playground.core.ExactMath;

/** The activation functions of hidden neurons, by their configuration names. */
public enum Activation implements ConfigName {
    RELU("relu"), TANH("tanh"), SIGMOID("sigmoid"), LINEAR("linear"), LEAKY_RELU("leakyrelu");

    /** The slope of leaky ReLU left of zero. */
    public static final double LEAK = 0.01;

    public final String configName;

    Activation(String configName) {
        this.configName = configName;
    }

    public static Activation byName(String name) {
        return ConfigName.byName(values(), name, "activation");
    }

    @Override
    public String configName() {
        return configName;
    }

    public double apply(double z) {
        switch (this) {
            case RELU: return z > 0 ? z : 0;
            case TANH: return ExactMath.tanh(z);
            case SIGMOID: return ExactMath.sigmoid(z);
            case LEAKY_RELU: return z > 0 ? z : LEAK * z;
            default: return z;
        }
    }

    /**
     * {@code out[k] = apply(in[k])} for k in [from, to): the same values as {@link #apply}, with
     * one switch for a whole layer or row instead of one per neuron and point. {@code in} and
     * {@code out} may be the same array.
     */
    public void applyRange(double[] in, double[] out, int from, int to) {
        switch (this) {
            case RELU:
                for (int k = from; k < to; k++) {
                    double z = in[k];
                    out[k] = z > 0 ? z : 0;
                }
                break;
            case TANH:
                ExactMath.tanhRange(in, out, from, to);
                break;
            case SIGMOID:
                for (int k = from; k < to; k++) out[k] = ExactMath.sigmoid(in[k]);
                break;
            case LEAKY_RELU:
                for (int k = from; k < to; k++) {
                    double z = in[k];
                    out[k] = z > 0 ? z : LEAK * z;
                }
                break;
            default:
                if (in != out) System.arraycopy(in, from, out, from, to - from);
        }
    }

    /**
     * f'(z), given z and the already computed a = f(z): tanh and sigmoid have derivatives in
     * terms of their output (1 - a², a(1 - a)), which saves a second exp. ReLU's derivative at 0
     * is 0, as in TensorFlow Playground.
     */
    public double derivative(double z, double a) {
        switch (this) {
            case RELU: return z > 0 ? 1 : 0;
            case TANH: return 1 - a * a;
            case SIGMOID: return (1 - a) * a;
            case LEAKY_RELU: return z > 0 ? 1 : LEAK;
            default: return 1;
        }
    }
}
