package playground.server.runs;

import java.util.Arrays;
import java.util.List;
import playground.core.Json;

/**
 * A stretch of one trial's loss curves: history entries {@code firstEpoch … lastEpoch()} (entry 0 is
 * before any training), as a trial appends them to the database while it trains.
 */
public record LossChunk(int trial, int firstEpoch, double[] train, double[] test) {
    public LossChunk {
        if (train.length != test.length) throw new IllegalArgumentException("train and test lengths differ");
    }

    public int lastEpoch() {
        return firstEpoch + train.length - 1;
    }

    public boolean isEmpty() {
        return train.length == 0;
    }

    /** The part after {@code epoch} (all of it when it starts later). */
    public LossChunk after(int epoch) {
        int skip = Math.max(0, epoch + 1 - firstEpoch);
        if (skip == 0) return this;
        if (skip >= train.length) return new LossChunk(trial, lastEpoch() + 1, new double[0], new double[0]);
        return new LossChunk(trial, firstEpoch + skip, Arrays.copyOfRange(train, skip, train.length),
                Arrays.copyOfRange(test, skip, test.length));
    }

    /** JSON array text, exact to the bit (NaN and the infinities as the words "NaN", "Infinity", "-Infinity"). */
    static String encode(double[] values) {
        return Json.write(values);
    }

    static double[] decode(String json) {
        List<?> list = (List<?>) Json.parse(json);
        double[] values = new double[list.size()];
        for (int i = 0; i < values.length; i++) {
            Double v = Json.toDouble(list.get(i));
            values[i] = v == null ? Double.NaN : v;  // null: a row written before non-finite values had words
        }
        return values;
    }
}
