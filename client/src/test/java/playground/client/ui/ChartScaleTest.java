package playground.client.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The axes both line charts (the page's and the server run's) stand on. */
class ChartScaleTest {
    @Test
    void aLinearRangeStartsAtZeroAndMapsIntoTheMargins() {
        ChartScale scale = new ChartScale();
        scale.margins(4, 10, 20);
        scale.start(false);
        scale.include(0.5);
        scale.include(2);
        scale.include(Double.NaN);
        scale.include(Double.POSITIVE_INFINITY);
        assertTrue(scale.settle());
        assertEquals(0, scale.low());
        assertEquals(2, scale.high());
        assertEquals(4, scale.x(0, 9, 100));
        assertEquals(96, scale.x(9, 9, 100));
        assertEquals(80, scale.y(0, 100));   // the bottom margin
        assertEquals(10, scale.y(2, 100));   // the top margin
        assertEquals(45, scale.y(1, 100));
    }

    @Test
    void aLogRangeDropsValuesThatAreNotPositive() {
        ChartScale scale = new ChartScale();
        scale.start(true);
        scale.include(0.001);
        scale.include(10);
        scale.include(0);
        assertTrue(scale.settle());
        assertEquals(-3, scale.scaled(0.001), 1e-12);
        assertTrue(Double.isNaN(scale.scaled(-1)));
        assertEquals(0.001, scale.low(), 1e-15);
        assertEquals(10, scale.high(), 1e-12);
    }

    @Test
    void aRangeSpanningOrdersOfMagnitudeTurnsLogarithmic() {
        ChartScale spanning = new ChartScale();
        spanning.start(false);
        spanning.include(0.5);
        spanning.include(0.001);
        spanning.logWhenSpanning(20);
        assertTrue(spanning.settle());
        assertTrue(spanning.log());
        assertEquals(0.001, spanning.low(), 1e-15);

        ChartScale narrow = new ChartScale();
        narrow.start(false);
        narrow.include(0.5);
        narrow.include(0.1);
        narrow.logWhenSpanning(20);
        assertTrue(narrow.settle());
        assertFalse(narrow.log());
        assertEquals(0, narrow.low());
    }

    @Test
    void nothingToDrawAndAFlatLine() {
        ChartScale empty = new ChartScale();
        empty.start(false);
        empty.include(Double.NaN);
        empty.logWhenSpanning(20);
        assertFalse(empty.settle());
        assertFalse(empty.ready());

        ChartScale flat = new ChartScale();
        flat.start(true);
        flat.include(1);
        assertTrue(flat.settle());
        assertEquals(0, flat.scaled(1));
        assertEquals(10, flat.high(), 1e-12);  // a flat range gets a height of one (a decade here)
    }

    @Test
    void thePointerPicksTheNearestIndexAndStaysInRange() {
        ChartScale scale = new ChartScale();
        assertEquals(0, scale.index(-50, 208, 4, 11));
        assertEquals(5, scale.index(104, 208, 4, 11));
        assertEquals(10, scale.index(500, 208, 4, 11));
    }
}
