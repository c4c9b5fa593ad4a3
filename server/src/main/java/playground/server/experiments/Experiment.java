package playground.server.experiments;

import java.time.Instant;
import playground.server.db.RandomIds;

/**
 * A saved experiment as stored (never with its edit token). Configuration, state and goal are the
 * canonical JSON the core writes; title, notes, state, goal and parent may be null.
 */
public record Experiment(
        String id,
        String title,
        String notes,
        String configJson,
        String stateJson,
        String goalJson,
        String parent,
        Instant createdAt,
        Instant updatedAt) {

    /** 11 characters, about 65 bits: short enough for a link. */
    public static final RandomIds IDS = new RandomIds(11);

    /** The page that opens it. */
    public String url() {
        return pageUrl(id);
    }

    public static String pageUrl(String id) {
        return "/e/" + id;
    }

    /** Its link-preview picture. */
    public String previewUrl() {
        return previewUrl(id);
    }

    public static String previewUrl(String id) {
        return pageUrl(id) + "/preview.png";
    }
}
