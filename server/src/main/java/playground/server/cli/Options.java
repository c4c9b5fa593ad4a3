package playground.server.cli;

import java.util.LinkedHashMap;
import java.util.Map;

/** Command-line options of the form {@code --name value}, each allowed name at most once. */
final class Options {
    private final Map<String, String> values = new LinkedHashMap<>();

    private Options() {}

    /**
     * Reads {@code --name value} and {@code --name=value}.
     *
     * @throws UsageException naming the unknown, repeated or valueless option
     */
    static Options parse(String[] args, String... allowed) throws UsageException {
        Options o = new Options();
        for (int i = 0; i < args.length; i++) {
            String name = args[i];
            if (name.equals("--help") || name.equals("-h")) throw new UsageException(null);
            String value = null;
            int eq = name.indexOf('=');
            if (eq > 0) {
                value = name.substring(eq + 1);
                name = name.substring(0, eq);
            }
            if (!name.startsWith("--") || !contains(allowed, name.substring(2))) {
                throw new UsageException("unknown option '" + name + "'");
            }
            if (value == null) {
                if (i + 1 >= args.length) throw new UsageException(name + " needs a value");
                value = args[++i];
            }
            if (o.values.containsKey(name.substring(2))) throw new UsageException(name + " is given twice");
            o.values.put(name.substring(2), value);
        }
        return o;
    }

    private static boolean contains(String[] names, String name) {
        for (String n : names) if (n.equals(name)) return true;
        return false;
    }

    String required(String name) throws UsageException {
        String v = values.get(name);
        if (v == null) throw new UsageException("--" + name + " is required");
        return v;
    }

    String optional(String name) {
        return values.get(name);
    }

    /** An integer option within [min, max], or the default when absent. */
    int integer(String name, int defaultValue, int min, int max) throws UsageException {
        String v = values.get(name);
        if (v == null) return defaultValue;
        try {
            int n = Integer.parseInt(v);
            if (n >= min && n <= max) return n;
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new UsageException("--" + name + " must be an integer from " + min + " to " + max + ", got '" + v + "'");
    }
}
