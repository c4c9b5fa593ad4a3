package playground.config;

/**
 * A configuration (or view option, or goal) that breaks a rule of the {@link Schema}.
 *
 * <p>{@link #key()} names what is wrong: a key ({@code "learningRate"}), an element
 * ({@code "hiddenLayers[2]"}, {@code "customPoints[3]"}), a nested key ({@code "goal.maxLayers"})
 * or the whole text ({@code "config"} for malformed JSON, {@code "hash"} for a malformed URL
 * hash). The message is {@code key + ": " + problem}, which is what the command line prints after
 * {@code "error: "} and what the HTTP API returns as {@code error} (with {@code field = key}).
 */
public final class ConfigException extends RuntimeException {
    private final String key;
    private final String problem;

    public ConfigException(String key, String problem) {
        super(key + ": " + problem);
        this.key = key;
        this.problem = problem;
    }

    /** The key, element path or carrier that is wrong. */
    public String key() {
        return key;
    }

    /** What is wrong and what is allowed, without the key. */
    public String problem() {
        return problem;
    }
}
