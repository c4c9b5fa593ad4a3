package playground.nn;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * A choice the configuration names by a word (an activation, a loss, a feature, …). The enum
 * holds the word; the configuration's schema lists the words by asking the enum.
 */
public interface ConfigName {
    /** The word in the configuration, such as {@code "tanh"}. */
    String configName();

    /** The value among {@code values} called {@code name}; {@code what} names the kind in the error. */
    static <E extends ConfigName> E byName(E[] values, String name, String what) {
        for (E value : values) {
            if (value.configName().equals(name)) return value;
        }
        throw new IllegalArgumentException("unknown " + what + ": " + name);
    }

    /** The words of {@code values}, in their order. */
    static List<String> names(ConfigName[] values) {
        List<String> names = new ArrayList<>();
        for (ConfigName value : values) names.add(value.configName());
        return Collections.unmodifiableList(names);
    }
}
