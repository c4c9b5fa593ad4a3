package playground.client.classroom;

import java.util.Map;
import playground.client.sharing.ExperimentCapture;
import playground.config.Config;
import playground.config.Goal;
import playground.config.Limits;
import playground.core.Json;

/**
 * A student's attempt as the server takes it (docs/api.md): {@code {nickname?, kind, config, state,
 * epoch, trainLoss, testLoss, goalParts}}. Config and state are the worker's, exactly as a saved
 * experiment carries them; the numbers and the goal's parts are those of that very state, so the
 * teacher reads what opening the attempt shows.
 */
final class AttemptBody {
    private AttemptBody() {}

    @SuppressWarnings("unchecked")
    static String of(String kind, String nickname, ExperimentCapture capture, Goal goal) {
        int epoch = capture.epoch();
        double train = capture.trainLoss();
        double test = capture.testLoss();
        StringBuilder sb = new StringBuilder("{");
        if (nickname != null && !nickname.isEmpty()) sb.append("\"nickname\":").append(Json.quote(nickname)).append(',');
        sb.append("\"kind\":").append(Json.quote(kind));
        sb.append(",\"config\":").append(capture.configJson);
        sb.append(",\"state\":").append(capture.stateJson);
        sb.append(",\"epoch\":").append(epoch);
        sb.append(",\"trainLoss\":").append(number(train));
        sb.append(",\"testLoss\":").append(number(test));
        sb.append(",\"goalParts\":[");
        if (goal != null) {
            int[] layers = Config.fromMap((Map<String, Object>) capture.state.get("config"), Limits.BROWSER).hiddenLayers;
            int neurons = 0;
            for (int width : layers) neurons += width;
            boolean first = true;
            // a goal of several tasks names each part with its task's number: "2.testLossBelow"
            for (int t = 0; t < goal.tasks.size(); t++) {
                String prefix = goal.tasks.size() > 1 ? (t + 1) + "." : "";
                Goal task = goal.tasks.get(t);
                for (Map.Entry<String, Boolean> part : task.partsMet(train, test, layers.length, neurons, epoch).entrySet()) {
                    if (!first) sb.append(',');
                    first = false;
                    sb.append("{\"part\":").append(Json.quote(prefix + part.getKey())).append(",\"met\":")
                            .append(part.getValue()).append('}');
                }
            }
        }
        return sb.append("]}").toString();
    }

    /** A loss as JSON: a diverged one goes as the text "NaN" or "Infinity", as the core writes it. */
    private static String number(double x) {
        return Json.write(x);
    }
}
