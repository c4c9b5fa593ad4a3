package playground.server.classes;

import java.util.List;

/**
 * A student's attempt as checked by {@link AttemptRequest}, configuration and state in the core's
 * canonical JSON.
 *
 * @param nickname trimmed; null when not given or empty
 */
public record AttemptDraft(String nickname, String kind, String configJson, String stateJson, int epoch,
        double trainLoss, double testLoss, List<Attempt.GoalPart> goalParts) {}
