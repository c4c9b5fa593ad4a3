package playground.data;

import static org.junit.jupiter.api.Assertions.*;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import playground.config.Limits;
import playground.core.Rng;

class DatasetTest {

    @Nested
    class Custom {
        @Test
        void readsFlatTriples() {
            Dataset d = Dataset.custom(new double[] {1, 2, 1, -3, 4.5, -1}, 2);
            assertEquals(2, d.size());
            assertArrayEquals(new double[] {1, -3}, d.x1);
            assertArrayEquals(new double[] {2, 4.5}, d.x2);
            assertArrayEquals(new double[] {1, -1}, d.label);
            assertArrayEquals(new double[] {1, 2, 1, -3, 4.5, -1}, d.toFlatTriples());
        }

        @Test
        void takesLabelsOfItsKind() {
            assertEquals(3, Dataset.custom(new double[] {0, 0, 0, 1, 1, 2}, 3).classes);
            assertEquals(0, Dataset.custom(new double[] {0, 0, 0.37}, 0).classes);
        }

        @Test
        void namesTheFirstBadPoint() {
            assertMessage("point 2: label must be 1 or -1, got 0", () -> Dataset.custom(new double[] {0, 0, 1, 0, 0, 0}, 2));
            assertMessage("point 1: label must be an integer from 0 to 2, got 3", () -> Dataset.custom(new double[] {0, 0, 3}, 3));
            assertMessage("point 1: label must be an integer from 0 to 3, got 1.5", () -> Dataset.custom(new double[] {0, 0, 1.5}, 4));
            assertMessage("point 1: x1 must be within [-6, 6], got 7", () -> Dataset.custom(new double[] {7, 0, 1}, 2));
            assertMessage("point 1: x2 must be within [-6, 6], got NaN", () -> Dataset.custom(new double[] {0, Double.NaN, 1}, 2));
            assertMessage("point 1: label must be a finite number, got Infinity",
                    () -> Dataset.custom(new double[] {0, 0, Double.POSITIVE_INFINITY}, 0));
            assertMessage("custom points must be triples x1, x2, label; got 4 numbers", () -> Dataset.custom(new double[4], 2));
            assertMessage("classes must be 0 (regression) or 2 to 5, got 1", () -> Dataset.custom(new double[0], 1));
        }
    }

    @Test
    void theArraysMustHaveOneLength() {
        assertThrows(IllegalArgumentException.class, () -> new Dataset(new double[2], new double[2], new double[1], 2));
    }

    @Test
    void subsetTakesTheIndexedPointsInOrder() {
        Dataset d = Dataset.custom(new double[] {0, 0, 1, 1, 1, -1, 2, 2, 1, 3, 3, -1}, 2);
        Dataset s = d.subset(new int[] {3, 0, 2, 1}, 1, 3);
        assertArrayEquals(new double[] {0, 2}, s.x1);
        assertArrayEquals(new double[] {1, 1}, s.label);
        assertEquals(2, s.classes);
        assertEquals(0, d.subset(new int[] {1}, 1, 1).size());
        assertThrows(IllegalArgumentException.class, () -> d.subset(new int[] {1}, 0, 2));
    }

    @Test
    void addsRemovesAndFindsPointsAsClicksDo() {
        Dataset d = Dataset.custom(new double[] {0, 0, 1}, 2).withPoint(3, 3, -1).withPoint(-2, 1, 1);
        assertEquals(3, d.size());
        assertEquals(1, d.nearestIndex(2.5, 2));
        Dataset e = d.withoutPoint(1);
        assertArrayEquals(new double[] {0, -2}, e.x1);
        assertArrayEquals(new double[] {1, 1}, e.label);
        assertEquals(-1, Dataset.custom(new double[0], 2).nearestIndex(0, 0));
        assertEquals(2, d.count(1));
    }

    @Nested
    class Csv {
        @Test
        void roundTripsEveryKindBitForBit() {
            for (Dataset d : new Dataset[] {
                    DataGenerator.generate("spiral", 200, 2, 0.3, new Rng(1)),
                    DataGenerator.generate("gauss", 200, 4, 0.0, new Rng(2)),
                    DataGenerator.generate("multigauss", 200, 0, 0.2, new Rng(3))}) {
                String csv = d.toCsv();
                Dataset back = Dataset.fromCsv(csv, d.classes == 0 ? "regression" : "classification", d.classes);
                assertArrayEquals(d.x1, back.x1);
                assertArrayEquals(d.x2, back.x2);
                assertArrayEquals(d.label, back.label);
                assertEquals(d.classes, back.classes);
            }
        }

        @Test
        void writesAHeaderAndIntegerClassLabels() {
            Dataset d = Dataset.custom(new double[] {1.5, -2, 1, 0, 0.25, -1}, 2);
            assertEquals("x1,x2,label\n1.5,-2.0,1\n0.0,0.25,-1\n", d.toCsv());
        }

        @Test
        void readsWithOrWithoutHeaderWithSpacesBlankLinesAndCrLf() {
            Dataset d = Dataset.fromCsv(" X1 , x2 ,Label\r\n1, 2 ,1\r\n\r\n-6,6,-1\r\n", "classification", 2);
            assertArrayEquals(new double[] {1, -6}, d.x1);
            assertArrayEquals(new double[] {2, 6}, d.x2);
            assertArrayEquals(new double[] {1, -1}, d.label);
            Dataset e = Dataset.fromCsv("0.5,-1e-3,0.75", "regression", 2);
            assertEquals(0, e.classes);
            assertArrayEquals(new double[] {0.75}, e.label);
            assertEquals(-0.001, e.x2[0]);
        }

        @Test
        void explainsEveryBadRowByLineAndColumn() {
            assertCsvError("row 3: label must be 1 or -1, got 2", 3, "label",
                    "x1,x2,label\n1,1,1\n1,1,2\n", "classification", 2);
            assertCsvError("row 5: expected 3 columns x1,x2,label, got 2", 5, null,
                    "1,1,1\n1,1,1\n\n1,1,-1\n1,1\n", "classification", 2);
            assertCsvError("row 1: expected 3 columns x1,x2,label, got 4", 1, null,
                    "1,1,1,1", "classification", 2);
            assertCsvError("row 2: x1 must be within [-6, 6], got 7", 2, "x1",
                    "1,1,1\n7,1,1", "classification", 2);
            assertCsvError("row 1: x2 must be within [-6, 6], got -6.01", 1, "x2",
                    "1,-6.01,0.5", "regression", 0);
            assertCsvError("row 1: x2 is not a number: \"abc\"", 1, "x2",
                    "1,abc,1", "classification", 2);
            assertCsvError("row 1: x1 is empty", 1, "x1",
                    ",1,1", "classification", 2);
            assertCsvError("row 1: label is not a number: \"NaN\"", 1, "label",
                    "1,1,NaN", "regression", 0);
            assertCsvError("row 1: x1 is not a number: \"0x1p2\"", 1, "x1",
                    "0x1p2,1,1", "classification", 2);
            assertCsvError("row 2: label must be an integer from 0 to 2, got 3", 2, "label",
                    "1,1,0\n1,1,3", "classification", 3);
            assertCsvError("row 1: label must be an integer from 0 to 2, got -1", 1, "label",
                    "1,1,-1", "classification", 3);
            assertCsvError("no data rows: expected lines x1,x2,label", 0, null,
                    "x1,x2,label\n\n", "classification", 2);
            assertCsvError("no data rows: expected lines x1,x2,label", 0, null,
                    "", "regression", 0);
        }

        @Test
        void aHeaderIsOnlyAllowedFirst() {
            assertCsvError("row 2: x1 is not a number: \"x1\"", 2, "x1",
                    "1,1,1\nx1,x2,label", "classification", 2);
        }

        @Test
        void refusesMorePointsThanTheLimitsAllowBeforeReadingThemAll() {
            String millionRows = "x1,x2,label\n" + "1,1,1\n".repeat(1_000_000);
            CsvException tooLong = assertThrows(CsvException.class,
                    () -> Dataset.fromCsv(millionRows, "classification", 2, Limits.BROWSER));
            assertEquals("the text is " + millionRows.length() + " characters long; at most 200100 (2000 points)"
                    + " in the browser", tooLong.getMessage());
            assertEquals(0, tooLong.row());

            String rows2001 = "x1,x2,label\n" + "1,1,1\n".repeat(2001);
            CsvException tooMany = assertThrows(CsvException.class,
                    () -> Dataset.fromCsv(rows2001, "classification", 2, Limits.BROWSER));
            assertEquals("row 2002: more than 2000 points; at most 2000 in the browser", tooMany.getMessage());
            assertEquals(2000, Dataset.fromCsv("1,1,1\n".repeat(2000), "classification", 2, Limits.BROWSER).size());
            assertEquals(2001, Dataset.fromCsv(rows2001, "classification", 2, Limits.SERVER).size());
        }

        @Test
        void rejectsAnUnknownProblemOrClassCount() {
            assertThrows(IllegalArgumentException.class, () -> Dataset.fromCsv("1,1,1", "clustering", 2));
            assertThrows(IllegalArgumentException.class, () -> Dataset.fromCsv("1,1,1", "classification", 6));
        }

        private void assertCsvError(String message, int row, String column, String text, String problem, int classes) {
            CsvException e = assertThrows(CsvException.class, () -> Dataset.fromCsv(text, problem, classes));
            assertEquals(message, e.getMessage());
            assertEquals(row, e.row());
            assertEquals(column, e.column());
        }
    }

    private static void assertMessage(String message, Executable call) {
        assertEquals(message, assertThrows(IllegalArgumentException.class, call).getMessage());
    }
}
