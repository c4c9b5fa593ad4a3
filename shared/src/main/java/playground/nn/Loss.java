package playground.nn;

/** The data loss: half the squared error (as TensorFlow Playground) or cross-entropy. */
public enum Loss {
    MSE("mse"), CROSSENTROPY("crossentropy");

    public final String configName;

    Loss(String configName) {
        this.configName = configName;
    }

    public static Loss byName(String name) {
        for (Loss l : values()) {
            if (l.configName.equals(name)) return l;
        }
        throw new IllegalArgumentException("unknown loss: " + name);
    }
}
