package playground.server.classes;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import playground.core.Json;
import playground.server.db.RandomIds;

/**
 * A class as stored (never with its teacher token): the challenge it is for, with that
 * challenge's goal as the core wrote it.
 */
public record Classroom(String id, String title, String experimentId, String goalJson, boolean open,
        Instant createdAt) {
    /** 11 characters, about 65 bits: short enough for a link students type. */
    public static final RandomIds IDS = new RandomIds(11);

    /** The students' page. */
    public static String pageUrl(String id) {
        return "/c/" + id;
    }

    /** The teacher's page (the token goes in the fragment). */
    public static String teacherPageUrl(String id) {
        return pageUrl(id) + "/teacher";
    }

    /** {@code {id, title, experimentId, goal, open, createdAt}}; the goal is null when the challenge is gone. */
    public String json() {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("id", id);
        map.put("title", title);
        map.put("experimentId", experimentId);
        map.put("goal", goalJson == null ? null : Json.parse(goalJson));
        map.put("open", open);
        map.put("createdAt", createdAt.toString());
        return Json.write(map);
    }
}
