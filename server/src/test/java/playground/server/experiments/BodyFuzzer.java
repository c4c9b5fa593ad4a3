package playground.server.experiments;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import playground.config.Config;
import playground.server.testing.Http;
import playground.train.Snapshot;
import playground.train.TrainingRun;

/**
 * Request bodies for {@code POST /api/experiments}, from a seed: some valid, most broken in one
 * of many ways — a value of the wrong kind anywhere in the tree, keys removed or invented, text cut
 * short, bytes flipped (invalid UTF-8), plain garbage. The same seed gives the same bodies.
 */
final class BodyFuzzer {
    private static final String[] CONFIG_KEYS = {"problem", "dataset", "points", "classes", "customPoints", "noise",
            "trainPercent", "seed", "features", "hiddenLayers", "activation", "learningRate", "batchSize",
            "regularization", "regularizationRate", "optimizer", "loss", "init"};

    private final Random random;
    private final Map<String, Object> snapshot;

    BodyFuzzer(long seed) {
        this.random = new Random(seed);
        TrainingRun run = new TrainingRun(Config.defaults());
        run.trainEpoch();
        this.snapshot = Snapshot.of(run);
    }

    byte[] next() {
        int kind = random.nextInt(10);
        if (kind < 3) return bytes(valid()); // left alone: should be saved
        if (kind < 7) return bytes(mutate(valid())); // one value or key changed
        if (kind < 9) return mangle(bytes(valid())); // the text itself broken
        return garbage();
    }

    private static byte[] bytes(Object value) {
        return Http.json(value).getBytes(StandardCharsets.UTF_8);
    }

    private Map<String, Object> valid() {
        Map<String, Object> body = new LinkedHashMap<>();
        if (random.nextBoolean()) body.put("title", pick("A title", "", "神经网络", "🧠 x", "<b>bold</b>"));
        if (random.nextBoolean()) body.put("notes", pick("*notes*", "# H\n\ntext", "[l](http://x)", ""));
        Map<String, Object> config = new LinkedHashMap<>();
        if (random.nextInt(4) == 0) {
            // The snapshot's own configuration, so that the state may come along.
            @SuppressWarnings("unchecked")
            Map<String, Object> own = (Map<String, Object>) snapshot.get("config");
            config.putAll(own);
            body.put("state", deepCopy(snapshot));
        } else {
            if (random.nextBoolean()) config.put("learningRate", pick(0.1, 0.03, 1, 0.00001));
            if (random.nextBoolean()) config.put("activation", pick("relu", "tanh", "sigmoid", "linear"));
            if (random.nextBoolean()) config.put("hiddenLayers", new ArrayList<>(pick(List.of(), List.of(8), List.of(4, 2))));
            if (random.nextBoolean()) config.put("seed", random.nextInt(1000));
            if (random.nextBoolean()) config.put("dataset", pick("circle", "xor", "gauss", "spiral"));
        }
        body.put("config", config);
        if (random.nextInt(4) == 0) body.put("goal", new LinkedHashMap<>(Map.of("testLossBelow", 0.1)));
        return body;
    }

    /** Changes one thing somewhere in the tree. */
    @SuppressWarnings("unchecked")
    private Object mutate(Object tree) {
        if (random.nextInt(12) == 0) return randomValue(3); // the whole body
        Object node = tree;
        // Walk down a few steps, then change something there.
        for (int depth = 0; depth < 4; depth++) {
            if (node instanceof Map && !((Map<String, Object>) node).isEmpty() && random.nextInt(3) > 0) {
                Map<String, Object> map = (Map<String, Object>) node;
                String key = new ArrayList<>(map.keySet()).get(random.nextInt(map.size()));
                Object child = map.get(key);
                if (child instanceof Map || child instanceof List) {
                    node = child;
                    continue;
                }
            }
            if (node instanceof List && !((List<Object>) node).isEmpty() && random.nextInt(3) > 0) {
                List<Object> list = (List<Object>) node;
                Object child = list.get(random.nextInt(list.size()));
                if (child instanceof Map || child instanceof List) {
                    node = child;
                    continue;
                }
            }
            break;
        }
        if (node instanceof Map) {
            Map<String, Object> map = (Map<String, Object>) node;
            int action = random.nextInt(3);
            if (action == 0 && !map.isEmpty()) {
                map.remove(new ArrayList<>(map.keySet()).get(random.nextInt(map.size())));
            } else if (action == 1) {
                map.put(random.nextBoolean() ? pick(CONFIG_KEYS) : "k" + random.nextInt(5), randomValue(2));
            } else if (!map.isEmpty()) {
                map.put(new ArrayList<>(map.keySet()).get(random.nextInt(map.size())), randomValue(2));
            }
        } else if (node instanceof List && !((List<Object>) node).isEmpty()) {
            List<Object> list = (List<Object>) node;
            list.set(random.nextInt(list.size()), randomValue(2));
        }
        return tree;
    }

    /** Breaks the text: cut, a byte changed, a character inserted, a key doubled. */
    private byte[] mangle(byte[] text) {
        switch (random.nextInt(4)) {
            case 0:
                return Arrays.copyOf(text, random.nextInt(text.length));
            case 1: {
                byte[] copy = text.clone();
                copy[random.nextInt(copy.length)] = (byte) random.nextInt(256);
                return copy;
            }
            case 2: {
                String s = new String(text, StandardCharsets.UTF_8);
                int at = random.nextInt(s.length() + 1);
                String insert = pick("\"", "{", "]", ",", "\\", "\u0000", "\\u0000", "\\ud800", ":", "1e999", "-");
                return (s.substring(0, at) + insert + s.substring(at)).getBytes(StandardCharsets.UTF_8);
            }
            default: {
                String s = new String(text, StandardCharsets.UTF_8);
                return s.replaceFirst("\\{", "{\"config\":{},").getBytes(StandardCharsets.UTF_8);
            }
        }
    }

    private byte[] garbage() {
        byte[] bytes = new byte[random.nextInt(200)];
        random.nextBytes(bytes);
        return bytes;
    }

    private Object randomValue(int depth) {
        int kind = random.nextInt(depth > 0 ? 12 : 10);
        switch (kind) {
            case 0: return null;
            case 1: return random.nextBoolean();
            case 2: return random.nextInt();
            case 3: return pick(0, -1, 1, Long.MAX_VALUE, Integer.MIN_VALUE);
            case 4: return pick(1e308, -1e-308, 0.5, -0.0, 3.14159, 1e20);
            case 5: return new BigInteger("123456789012345678901234567890123456789");
            case 6: return pick("", "x", "tanh", "circle", "神经", "\u0000", "\u2028", "\ud83e\udde0", "<script>");
            case 7: return "s".repeat(random.nextInt(300));
            case 8: return pick("AAAAAAAAAAA", "../..", "NaN", "Infinity", "true");
            case 9: return random.nextGaussian();
            case 10: {
                List<Object> list = new ArrayList<>();
                for (int i = random.nextInt(4); i > 0; i--) list.add(randomValue(depth - 1));
                return list;
            }
            default: {
                Map<String, Object> map = new LinkedHashMap<>();
                for (int i = random.nextInt(3); i > 0; i--) map.put(pick(CONFIG_KEYS), randomValue(depth - 1));
                return map;
            }
        }
    }

    @SuppressWarnings("unchecked")
    private static Object deepCopy(Object value) {
        if (value instanceof Map) {
            Map<String, Object> copy = new LinkedHashMap<>();
            ((Map<String, Object>) value).forEach((k, v) -> copy.put(k, deepCopy(v)));
            return copy;
        }
        if (value instanceof List) {
            List<Object> copy = new ArrayList<>();
            for (Object item : (List<Object>) value) copy.add(deepCopy(item));
            return copy;
        }
        if (value instanceof double[]) {
            List<Object> copy = new ArrayList<>();
            for (double d : (double[]) value) copy.add(d);
            return copy;
        }
        if (value instanceof int[]) {
            List<Object> copy = new ArrayList<>();
            for (int i : (int[]) value) copy.add(i);
            return copy;
        }
        return value;
    }

    @SafeVarargs
    private <T> T pick(T... choices) {
        return choices[random.nextInt(choices.length)];
    }
}
