package playground.data;

import static org.junit.jupiter.api.Assertions.*;
import static playground.data.Pictures.gen;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** What every generated data set promises: size, labels, domain, determinism. */
class DataGeneratorTest {

    /** Every data set with every number of classes it supports. */
    static Stream<Arguments> everyDataSet() {
        List<Arguments> cases = new ArrayList<>();
        for (String name : DataGenerator.CLASSIFICATION) {
            cases.add(Arguments.of(name, 2));
            if (DataGenerator.supportsMultiClass(name)) {
                for (int k = 3; k <= 5; k++) cases.add(Arguments.of(name, k));
            }
        }
        for (String name : DataGenerator.REGRESSION) cases.add(Arguments.of(name, 0));
        return cases.stream();
    }

    /** The box the points of a data set lie in (at noise 0 for gauss, which is not clipped). */
    static double halfWidth(String name) {
        switch (name) {
            case "circle": return 5;      // radius 5
            case "xor": return 5.3;       // uniform ±5, pushed 0.3 off the axes
            case "spiral": return 5.5;    // radius < 5, plus at most ±0.5 noise
            default: return 6;
        }
    }

    @ParameterizedTest(name = "{0}, {1} classes")
    @MethodSource("everyDataSet")
    void hasExactlyTheRequestedNumberOfPoints(String name, int classes) {
        for (int points : new int[] {0, 1, 2, 7, 500, 1201}) {
            for (double noise : new double[] {0, 0.5}) {
                Dataset d = gen(name, points, classes, noise, 1);
                assertEquals(points, d.size(), name + " with " + points + " points");
                assertEquals(points, d.x1.length);
                assertEquals(points, d.x2.length);
                assertEquals(points, d.label.length);
                assertEquals(classes, d.classes);
            }
        }
    }

    @ParameterizedTest(name = "{0}, {1} classes")
    @MethodSource("everyDataSet")
    void hasTheLabelsOfItsKind(String name, int classes) {
        for (double noise : new double[] {0, 0.25, 0.5}) {
            Dataset d = gen(name, 600, classes, noise, 2);
            if (classes == 0) {
                int inUnitRange = 0;
                for (double l : d.label) {
                    assertTrue(Double.isFinite(l));
                    assertTrue(Math.abs(l) <= 3, name + " label " + l);
                    if (Math.abs(l) <= 1.2) inUnitRange++;
                }
                assertTrue(inUnitRange >= 0.9 * d.size(), name + ": labels are about [-1, 1]");
            } else {
                TreeSet<Double> seen = new TreeSet<>();
                for (double l : d.label) seen.add(l);
                TreeSet<Double> expected = new TreeSet<>();
                if (classes == 2) {
                    expected.add(-1.0);
                    expected.add(1.0);
                } else {
                    for (int c = 0; c < classes; c++) expected.add((double) c);
                }
                assertEquals(expected, seen, name + " at noise " + noise);
            }
        }
    }

    @ParameterizedTest(name = "{0}, {1} classes")
    @MethodSource("everyDataSet")
    void liesInItsBox(String name, int classes) {
        double h = halfWidth(name);
        double[] noises = name.equals("gauss") ? new double[] {0} : new double[] {0, 0.25, 0.5};
        for (double noise : noises) {
            Dataset d = gen(name, 2000, classes, noise, 3);
            for (int i = 0; i < d.size(); i++) {
                assertTrue(Math.abs(d.x1[i]) <= h && Math.abs(d.x2[i]) <= h,
                        name + " point (" + d.x1[i] + ", " + d.x2[i] + ") outside ±" + h);
            }
        }
    }

    @ParameterizedTest(name = "{0}, {1} classes")
    @MethodSource("everyDataSet")
    void theSameSeedGivesTheSameBitsAnotherSeedOtherPoints(String name, int classes) {
        Dataset a = gen(name, 300, classes, 0.25, 7);
        Dataset b = gen(name, 300, classes, 0.25, 7);
        Dataset c = gen(name, 300, classes, 0.25, 8);
        assertArrayEquals(a.x1, b.x1);
        assertArrayEquals(a.x2, b.x2);
        assertArrayEquals(a.label, b.label);
        assertFalse(Arrays.equals(a.x1, c.x1) && Arrays.equals(a.x2, c.x2), name);
    }

    @Test
    void twoClassDataSetsSplitTheirPointsInHalvesTheSecondGettingAnOddOne() {
        for (String name : new String[] {"circle", "gauss", "spiral", "moons"}) {
            Dataset even = gen(name, 500, 2, 0, 1);
            assertEquals(250, even.count(1), name);
            assertEquals(250, even.count(-1), name);
            Dataset odd = gen(name, 501, 2, 0, 1);
            assertEquals(250, odd.count(1), name);
            assertEquals(251, odd.count(-1), name);
        }
    }

    @Test
    void multiClassDataSetsGiveEachClassAnEqualShare() {
        for (String name : new String[] {"gauss", "spiral"}) {
            for (int k = 3; k <= 5; k++) {
                for (int points : new int[] {500, 502, 1000}) {
                    Dataset d = gen(name, points, k, 0.1, 1);
                    for (int c = 0; c < k; c++) {
                        assertEquals(points / (double) k, d.count(c), 1.0, name + " k=" + k + " class " + c);
                    }
                }
            }
        }
    }

    @Test
    void regressionDataSetsAcceptTheDefaultTwoClassesAndReportNone() {
        Dataset d = gen("plane", 10, 2, 0, 1);
        assertEquals(0, d.classes);
        assertArrayEquals(gen("plane", 10, 0, 0, 1).label, d.label);
    }

    @Test
    void namesTheirKinds() {
        assertTrue(DataGenerator.isClassification("moons"));
        assertFalse(DataGenerator.isClassification("plane"));
        assertTrue(DataGenerator.isRegression("houses"));
        assertFalse(DataGenerator.isRegression("custom"));
        assertTrue(DataGenerator.supportsMultiClass("spiral"));
        assertFalse(DataGenerator.supportsMultiClass("circle"));
    }

    @Test
    void rejectsWhatItCannotGenerate() {
        assertMessage("unknown data set: donut", () -> gen("donut", 10, 2, 0, 1));
        assertMessage("custom points are not generated: use Dataset.custom", () -> gen("custom", 10, 2, 0, 1));
        assertMessage("circle has 2 classes, got 3", () -> gen("circle", 10, 3, 0, 1));
        assertMessage("gauss needs 2 to 5 classes, got 6", () -> gen("gauss", 10, 6, 0, 1));
        assertMessage("spiral needs 2 to 5 classes, got 0", () -> gen("spiral", 10, 0, 0, 1));
        assertMessage("plane is a regression data set: classes must be 0 or 2, got 3", () -> gen("plane", 10, 3, 0, 1));
        assertMessage("noise must be 0 to 0.5 (a fraction), got 50.0", () -> gen("xor", 10, 2, 50, 1));
        assertMessage("noise must be 0 to 0.5 (a fraction), got NaN", () -> gen("xor", 10, 2, Double.NaN, 1));
        assertMessage("points must not be negative, got -1", () -> gen("xor", -1, 2, 0, 1));
    }

    private static void assertMessage(String message, Executable call) {
        assertEquals(message, assertThrows(IllegalArgumentException.class, call).getMessage());
    }
}
