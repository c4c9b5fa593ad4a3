package playground.server.runs;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import playground.config.ConfigException;
import playground.core.Json;
import playground.config.Limits;
import playground.train.Snapshot;
import playground.train.TrainingRun;

/**
 * A running trial's checkpoint as stored: its {@link Snapshot} without the loss history. The
 * history is in {@code run_points} already (a checkpoint always ends a stretch of points), so
 * storing it again with every checkpoint would make each checkpoint as large as the whole curve
 * and the database grow with the square of the epochs. Resuming puts the stored points back.
 */
final class Checkpoint {
    private static final String HISTORY = "history";

    private Checkpoint() {}

    /** The run's state without its history, as JSON. */
    static String toJson(TrainingRun run) {
        Map<String, Object> state = Snapshot.of(run);
        state.remove(HISTORY);
        return Json.write(state);
    }

    /**
     * Rebuilds a run from a stored checkpoint and the curve points up to its epoch. A checkpoint
     * written before checkpoints left their history out carries it and is restored as it is.
     */
    @SuppressWarnings("unchecked")
    static TrainingRun restore(String json, List<LossChunk> points, Limits limits) {
        Object parsed = Json.parse(json);
        if (!(parsed instanceof Map)) throw new ConfigException("snapshot", "must be an object");
        Map<String, Object> state = new LinkedHashMap<>((Map<String, Object>) parsed);
        if (!state.containsKey(HISTORY)) state.put(HISTORY, history(points));
        return Snapshot.restore(state, limits);
    }

    /** The points as one history, entry 0 first; a gap or overlap is a damaged store. */
    private static Map<String, Object> history(List<LossChunk> points) {
        int size = points.isEmpty() ? 0 : points.get(points.size() - 1).lastEpoch() + 1;
        double[] train = new double[size];
        double[] test = new double[size];
        int next = 0;
        for (LossChunk chunk : points) {
            if (chunk.firstEpoch() != next) {
                throw new IllegalStateException("the stored curve has a gap or overlap at epoch " + next);
            }
            System.arraycopy(chunk.train(), 0, train, next, chunk.train().length);
            System.arraycopy(chunk.test(), 0, test, next, chunk.test().length);
            next = chunk.lastEpoch() + 1;
        }
        Map<String, Object> history = new LinkedHashMap<>();
        history.put("trainLoss", train);
        history.put("testLoss", test);
        return history;
    }
}
