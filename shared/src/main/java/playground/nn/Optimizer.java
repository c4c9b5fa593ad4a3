package playground.nn;

/** How a mean gradient g becomes a step. */
public enum Optimizer implements ConfigName {
    /** w ← w − η·g */
    SGD("sgd"),
    /** v ← μ·v + g; w ← w − η·v, with μ = 0.9 */
    MOMENTUM("momentum"),
    /** Adam (Kingma and Ba) with β1 = 0.9, β2 = 0.999, ε = 1e-8 and bias correction. */
    ADAM("adam");

    public static final double MOMENTUM_MU = 0.9;
    public static final double BETA1 = 0.9;
    public static final double BETA2 = 0.999;
    public static final double EPSILON = 1e-8;

    public final String configName;

    Optimizer(String configName) {
        this.configName = configName;
    }

    public static Optimizer byName(String name) {
        return ConfigName.byName(values(), name, "optimizer");
    }

    @Override
    public String configName() {
        return configName;
    }
}
