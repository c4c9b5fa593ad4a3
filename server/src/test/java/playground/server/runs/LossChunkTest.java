package playground.server.runs;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The text a trial's loss curve is stored as reads back to the same values, special ones included. */
class LossChunkTest {
    @Test
    void everySpecialDoubleReadsBack() {
        double[] values = {Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, -0.0, 0.0, Double.MIN_VALUE,
            Double.MIN_NORMAL, Math.nextDown(Double.MIN_NORMAL), Double.MAX_VALUE, -Double.MAX_VALUE, 0.1 + 0.2};
        String text = LossChunk.encode(values);
        assertEquals("[\"NaN\",\"Infinity\",\"-Infinity\",-0.0,0,5e-324,2.2250738585072014e-308,2.225073858507201e-308,"
                + "1.7976931348623157e+308,-1.7976931348623157e+308,0.30000000000000004]", text);
        double[] back = LossChunk.decode(text);
        for (int i = 0; i < values.length; i++) {
            assertEquals(Double.doubleToLongBits(values[i]), Double.doubleToLongBits(back[i]), "value " + i);
        }
    }

    @Test
    void aNullOfAnOlderRowIsNaN() {
        assertEquals(Double.NaN, LossChunk.decode("[0.5,null]")[1]);
    }
}
