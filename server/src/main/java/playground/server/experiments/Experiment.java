package playground.server.experiments;

import java.time.Instant;

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
