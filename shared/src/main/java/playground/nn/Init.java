package playground.nn;

import playground.core.Rng;

/** Initial weights and biases. */
public enum Init implements ConfigName {
    /** TensorFlow Playground's: weights uniform in [-0.5, 0.5), biases 0.1. */
    UNIFORM("uniform"),
    /** Glorot: weights uniform in ±sqrt(6 / (fanIn + fanOut)), biases 0. */
    XAVIER("xavier"),
    /** He: weights normal with variance 2 / fanIn, biases 0 (for ReLU). */
    HE("he"),
    /** Weights 0 and biases 0.1, as TensorFlow Playground's initZero. */
    ZERO("zero");

    public final String configName;

    Init(String configName) {
        this.configName = configName;
    }

    public static Init byName(String name) {
        return ConfigName.byName(values(), name, "init");
    }

    @Override
    public String configName() {
        return configName;
    }

    /**
     * Sets every weight and bias, drawing weights in the reference's order: layer by layer,
     * neuron by neuron, each neuron's incoming links in order.
     */
    public void initialize(Network net, Rng rng) {
        for (int l = 1; l < net.layers(); l++) {
            int fanIn = net.size(l - 1);
            int fanOut = net.size(l);
            double limit = Math.sqrt(6.0 / (fanIn + fanOut));
            int from = net.weightStart(l);
            int to = net.weightStart(l + 1);
            for (int i = from; i < to; i++) {
                switch (this) {
                    case UNIFORM: net.weights[i] = rng.nextDouble() - 0.5; break;
                    case XAVIER: net.weights[i] = rng.uniform(-limit, limit); break;
                    case HE: net.weights[i] = rng.normal(0, 2.0 / fanIn); break;
                    default: net.weights[i] = 0;
                }
                net.dead[i] = false;
            }
            double bias = (this == UNIFORM || this == ZERO) ? 0.1 : 0;
            for (int j = 0; j < net.size(l); j++) net.biases[net.nodeStart(l) + j] = bias;
        }
    }
}
