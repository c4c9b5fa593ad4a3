package playground.server.runs;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import playground.server.testing.Http;

/**
 * Bodies for {@code POST /api/runs} from a random generator: some valid, most broken in one way —
 * any value in the tree replaced by one of another kind or an extreme number, a key dropped or
 * invented, the text cut or its bytes flipped, or garbage.
 */
final class RunBodyFuzzer {
    private static final Object[] ODD_VALUES = {null, true, false, 0, -1, 1, 0.5, 1e308, -1e308, 4.9e-324, 1e20,
        2147483648L, "", "x", "relu", "1", List.of(), List.of(1), List.of("a", 2), Map.of(), Map.of("a", 1),
        List.of(List.of(4), List.of(8, 8)), Map.of("learningRate", List.of(0.1))};

    private RunBodyFuzzer() {}

    static byte[] next(Random random) {
        int kind = random.nextInt(10);
        if (kind < 3) return bytes(valid(random));
        if (kind < 8) return bytes(mutate(valid(random), random));
        if (kind < 9) return mangle(bytes(valid(random)), random);
        byte[] garbage = new byte[random.nextInt(40)];
        random.nextBytes(garbage);
        return garbage;
    }

    private static byte[] bytes(Object value) {
        return Http.json(value).getBytes(StandardCharsets.UTF_8);
    }

    private static Map<String, Object> valid(Random random) {
        Map<String, Object> config = new LinkedHashMap<>();
        config.put("dataset", pick(random, "xor", "circle", "spiral", "gauss"));
        config.put("points", pick(random, 50, 500, 5000));
        if (random.nextBoolean()) config.put("hiddenLayers", pick(random, List.of(), List.of(8), List.of(16, 16, 16)));
        if (random.nextBoolean()) config.put("learningRate", pick(random, 0.3, 0.03, 0.001));
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("config", config);
        body.put("epochs", pick(random, 1, 10, 1000));
        if (random.nextBoolean()) body.put("seeds", pick(random, 1, 3, 10));
        if (random.nextBoolean()) {
            Map<String, Object> grid = new LinkedHashMap<>();
            grid.put("learningRate", List.of(0.01, 0.1));
            if (random.nextBoolean()) grid.put("activation", List.of("relu", "tanh"));
            if (random.nextBoolean()) grid.put("depth", List.of(1, 2, 3));
            body.put("grid", grid);
        }
        return body;
    }

    /** One change somewhere in the tree: a value replaced, a key dropped, or a key invented. */
    @SuppressWarnings("unchecked")
    private static Object mutate(Object node, Random random) {
        if (node instanceof Map<?, ?> m && !m.isEmpty() && random.nextInt(3) > 0) {
            Map<String, Object> map = new LinkedHashMap<>((Map<String, Object>) m);
            List<String> keys = new ArrayList<>(map.keySet());
            String key = keys.get(random.nextInt(keys.size()));
            switch (random.nextInt(4)) {
                case 0 -> map.remove(key);
                case 1 -> map.put(pick(random, "colour", "seed", "Epochs", "depth"), pick(random, ODD_VALUES));
                default -> map.put(key, mutate(map.get(key), random));
            }
            return map;
        }
        if (node instanceof List<?> l && !l.isEmpty() && random.nextBoolean()) {
            List<Object> list = new ArrayList<>(l);
            int i = random.nextInt(list.size());
            list.set(i, mutate(list.get(i), random));
            return list;
        }
        return pick(random, ODD_VALUES);
    }

    private static byte[] mangle(byte[] text, Random random) {
        byte[] copy = text.clone();
        if (random.nextBoolean()) return Arrays.copyOf(copy, random.nextInt(copy.length));
        for (int i = 0; i < 3; i++) copy[random.nextInt(copy.length)] = (byte) random.nextInt(256);
        return copy;
    }

    @SafeVarargs
    private static <T> T pick(Random random, T... values) {
        return values[random.nextInt(values.length)];
    }
}
