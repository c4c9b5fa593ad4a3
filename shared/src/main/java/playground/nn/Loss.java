package playground.nn;

/** The data loss: half the squared error (as TensorFlow Playground) or cross-entropy. */
public enum Loss implements ConfigName {
    MSE("mse"), CROSSENTROPY("crossentropy");

    public final String configName;

    Loss(String configName) {
        this.configName = configName;
    }

    public static Loss byName(String name) {
        return ConfigName.byName(values(), name, "loss");
    }

    @Override
    public String configName() {
        return configName;
    }
}
