package playground.client.serverruns;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import java.util.List;
import org.junit.jupiter.api.Test;
import playground.config.ConfigException;

/** The "run on server" dialog reads a grid row as the reader types it. */
class GridTextTest {
    @Test
    void numbersAreSeparatedByCommasWithOrWithoutSpaces() {
        assertEquals(List.of(0.003, 0.03, 0.3), GridText.values("learningRate", "0.003, 0.03,0.3"));
        assertEquals(List.of(0.0, 10.0), GridText.values("noise", " 0 ,10 ,"), "a trailing comma is no value");
    }

    @Test
    void hiddenLayersAreListsOrABareWidth() {
        assertEquals(List.of(List.of(4.0), List.of(8.0, 8.0), List.of(6.0), List.of()),
                GridText.values("hiddenLayers", "[4], [8, 8], 6, []"));
    }

    @Test
    void namesStayNames() {
        assertEquals(List.of("relu", "tanh"), GridText.values("activation", "relu, tanh"));
    }

    @Test
    void whatIsWrongIsNamedWithTheSetting() {
        assertEquals("grid.batchSize: '1.5' is not a whole number",
                assertThrows(ConfigException.class, () -> GridText.values("batchSize", "1, 1.5")).getMessage());
        assertEquals("grid.learningRate: 'fast' is not a number",
                assertThrows(ConfigException.class, () -> GridText.values("learningRate", "fast")).getMessage());
        assertEquals("grid.hiddenLayers: '[4, x]' is not a list of layer widths like [8, 8]",
                assertThrows(ConfigException.class, () -> GridText.values("hiddenLayers", "[4, x]")).getMessage());
        assertEquals("grid.depth: needs at least one value",
                assertThrows(ConfigException.class, () -> GridText.values("depth", " , ")).getMessage());
        assertThrows(ConfigException.class, () -> GridText.values("activation", "re lu"));
    }

    @Test
    void everyOfferedSettingHasAnExample() {
        for (String setting : GridText.SETTINGS) {
            String example = GridText.example(setting);
            assertEquals(false, example.isEmpty(), setting);
            GridText.values(setting, example); // and the example itself is well formed
        }
    }
}
