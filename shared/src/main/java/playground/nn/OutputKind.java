package playground.nn;

/**
 * What the output layer computes: one tanh neuron for two classes (labels ±1, as TensorFlow
 * Playground), one linear neuron for regression, or k softmax neurons for k classes.
 */
public enum OutputKind {
    TANH, LINEAR, SOFTMAX;

    public static OutputKind of(boolean regression, int classes) {
        if (regression) return LINEAR;
        return classes > 2 ? SOFTMAX : TANH;
    }

    public int neurons(int classes) {
        return this == SOFTMAX ? classes : 1;
    }
}
