package playground.server.classes;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import playground.core.Json;
import playground.core.Numbers;
import playground.server.db.RandomIds;
import playground.server.experiments.Experiment;

/**
 * A student's attempt as stored, without its client address. Losses may be NaN or infinite (a
 * network that diverged).
 *
 * @param seq its place in the class: 1, 2, 3 …
 * @param nickname null when the student gave none
 * @param kind {@code goal} (the goal was reached) or {@code handin}
 * @param experimentId the saved copy of the student's network
 * @param goalParts the parts of the goal as the student's page judged them
 */
public record Attempt(long seq, String id, String nickname, String kind, String experimentId, int epoch,
        double trainLoss, double testLoss, List<GoalPart> goalParts, Instant createdAt) {
    public static final RandomIds IDS = new RandomIds(11);
    public static final List<String> KINDS = List.of("goal", "handin");

    /** One part of a goal and whether the attempt met it. */
    public record GoalPart(String part, boolean met) {}

    /** Whether it met every part of the goal (and reported at least one). */
    public boolean goalMet() {
        return !goalParts.isEmpty() && goalParts.stream().allMatch(GoalPart::met);
    }

    public static String previewUrl(String classId, String attemptId) {
        return "/api/classes/" + classId + "/attempts/" + attemptId + "/preview.png";
    }

    /** {@code {id, nickname, kind, experimentId, url, epoch, trainLoss, testLoss, goalParts, createdAt, previewUrl}}. */
    public Map<String, Object> toMap(String classId) {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("id", id);
        map.put("nickname", nickname);
        map.put("kind", kind);
        map.put("experimentId", experimentId);
        map.put("url", Experiment.pageUrl(experimentId));
        map.put("epoch", epoch);
        map.put("trainLoss", trainLoss);
        map.put("testLoss", testLoss);
        map.put("goalParts", partsToList(goalParts));
        map.put("createdAt", createdAt.toString());
        map.put("previewUrl", previewUrl(classId, id));
        return map;
    }

    public String json(String classId) {
        return Json.write(toMap(classId));
    }

    static List<Object> partsToList(List<GoalPart> parts) {
        List<Object> list = new ArrayList<>();
        for (GoalPart p : parts) {
            Map<String, Object> part = new LinkedHashMap<>();
            part.put("part", p.part());
            part.put("met", p.met());
            list.add(part);
        }
        return list;
    }

    /** A loss as stored: the core's number text, which reads back to the same double. */
    static String lossText(double loss) {
        return Numbers.format(loss);
    }

    static double lossOf(String text) {
        return Numbers.parse(text);
    }
}
