package playground.client.sharing;

import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import playground.client.engine.EngineClient;
import playground.client.engine.Protocol;
import playground.core.Json;

/**
 * The experiment exactly as the worker has it now, as a saved experiment's body carries it: the
 * trained state (the worker's snapshot: weights, optimizer state, epoch, loss history) and the
 * configuration that state was trained with (its own, not the page's, which may have moved on).
 */
public final class ExperimentCapture {
    /** The configuration (JSON object text). */
    public final String configJson;
    /** The snapshot (JSON object text). */
    public final String stateJson;
    /** The snapshot read: its epoch and its history's last losses are the numbers that go with it. */
    public final Map<?, ?> state;

    private ExperimentCapture(String stateJson) {
        this.stateJson = stateJson;
        this.state = (Map<?, ?>) Json.parse(stateJson);
        this.configJson = Json.write(state.get("config"));
    }

    /** The capture of a snapshot the worker gave (JSON object text). */
    static ExperimentCapture of(String snapshotJson) {
        return new ExperimentCapture(snapshotJson);
    }

    /** Asks the worker for its snapshot; {@code done} gets the capture, or null when the worker gave none. */
    public static void take(EngineClient engine, Consumer<ExperimentCapture> done) {
        engine.export(Protocol.SNAPSHOT, snapshot -> done.accept(snapshot == null ? null : new ExperimentCapture(snapshot)));
    }

    /** The epoch of the state. */
    public int epoch() {
        return ((Number) state.get("epoch")).intValue();
    }

    /** The training loss at the state's epoch (NaN once diverged). */
    public double trainLoss() {
        return last("trainLoss");
    }

    /** The test loss at the state's epoch. */
    public double testLoss() {
        return last("testLoss");
    }

    private double last(String series) {
        Object history = state.get("history");
        Object values = history instanceof Map ? ((Map<?, ?>) history).get(series) : null;
        if (!(values instanceof List) || ((List<?>) values).isEmpty()) return Double.NaN;
        List<?> list = (List<?>) values;
        Object v = list.get(list.size() - 1);
        return v instanceof Number ? ((Number) v).doubleValue() : Double.NaN;
    }
}
