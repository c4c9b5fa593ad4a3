package playground.config;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class ValueListTest {
    @Test
    void splitsOnTopLevelCommasOnly() {
        assertEquals(Arrays.asList("0.003", " 0.03"), ValueList.split("0.003, 0.03"));
        assertEquals(Arrays.asList("[4]", " [8, 8]", " []"), ValueList.split("[4], [8, 8], []"));
        assertEquals(Arrays.asList("{\"a\": 1, \"b\": 2}", "\"x,y\""), ValueList.split("{\"a\": 1, \"b\": 2},\"x,y\""));
    }

    @Test
    void keepsEmptyParts() {
        assertEquals(Arrays.asList("relu", "", "tanh", ""), ValueList.split("relu,,tanh,"));
        assertEquals(Arrays.asList(""), ValueList.split(""));
    }
}
