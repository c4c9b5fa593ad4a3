package playground.client.classroom.teacher;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import playground.core.Json;

/** One attempt as the teacher's API gives it (docs/api.md); a part missing from the JSON reads as empty. */
final class Attempt {
    final String id;
    final String nickname;
    final String kind;
    final String experimentId;
    final String url;
    final int epoch;
    final double trainLoss;
    final double testLoss;
    /** The goal's parts, in the goal's order: name and whether it held. */
    final List<String> parts = new ArrayList<>();
    final List<Boolean> met = new ArrayList<>();
    final String createdAt;
    final String previewUrl;
    /** Arrival order on this page: the tie-break between attempts of the same instant. */
    final int arrival;

    private Attempt(Map<?, ?> m, int arrival) {
        id = text(m, "id");
        nickname = text(m, "nickname");
        kind = text(m, "kind");
        experimentId = text(m, "experimentId");
        String link = text(m, "url");
        url = !link.isEmpty() ? link : "/e/" + experimentId;
        epoch = (int) number(m, "epoch");
        trainLoss = number(m, "trainLoss");
        testLoss = number(m, "testLoss");
        Object list = m.get("goalParts");
        if (list instanceof List) {
            for (Object item : (List<?>) list) {
                if (!(item instanceof Map)) continue;
                parts.add(text((Map<?, ?>) item, "part"));
                met.add(Boolean.TRUE.equals(((Map<?, ?>) item).get("met")));
            }
        }
        createdAt = text(m, "createdAt");
        previewUrl = text(m, "previewUrl");
        this.arrival = arrival;
    }

    static Attempt of(Object parsed, int arrival) {
        if (!(parsed instanceof Map)) throw new IllegalArgumentException("an attempt is not a JSON object");
        return new Attempt((Map<?, ?>) parsed, arrival);
    }

    static Attempt fromJson(String json, int arrival) {
        return of(Json.parse(json), arrival);
    }

    /** Whether every part of the goal held (an attempt without parts met nothing). */
    boolean goalMet() {
        return !met.isEmpty() && !met.contains(Boolean.FALSE);
    }

    /** Who made it: the nickname, or "" for a student who gave none. */
    String student() {
        return nickname.trim();
    }

    private static String text(Map<?, ?> m, String key) {
        Object v = m.get(key);
        return v instanceof String ? (String) v : "";
    }

    private static double number(Map<?, ?> m, String key) {
        Object v = m.get(key);
        return v instanceof Number ? ((Number) v).doubleValue() : Double.NaN;
    }
}
