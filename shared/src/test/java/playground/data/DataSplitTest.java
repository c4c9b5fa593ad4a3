package playground.data;

import static org.junit.jupiter.api.Assertions.*;

import java.util.Arrays;
import org.junit.jupiter.api.Test;
import playground.core.Rng;

/** The train/test split: shuffle everything (Fisher–Yates), then cut at trainPercent. */
class DataSplitTest {
    /** Point i is (i, -i) with label ±1 alternating, so every point says who it is. */
    static Dataset numbered(int n) {
        double[] a = new double[n], b = new double[n], l = new double[n];
        for (int i = 0; i < n; i++) {
            a[i] = i;
            b[i] = -i;
            l[i] = i % 2 == 0 ? 1 : -1;
        }
        return new Dataset(a, b, l, 2);
    }

    @Test
    void theTrainingSetHasFloorOfNTimesPercentPoints() {
        assertSizes(500, 50, 250, 250);
        assertSizes(501, 50, 250, 251);
        assertSizes(1000, 10, 100, 900);
        assertSizes(1000, 90, 900, 100);
        assertSizes(7, 33, 2, 5);
        assertSizes(10, 0, 0, 10);
        assertSizes(10, 100, 10, 0);
    }

    private static void assertSizes(int n, int percent, int train, int test) {
        DataSplit s = DataSplit.split(numbered(n), percent, new Rng(1));
        assertEquals(train, s.train.size(), n + " at " + percent + " %");
        assertEquals(test, s.test.size());
    }

    @Test
    void trainAndTestAreDisjointAndTogetherAreEveryPointOnce() {
        DataSplit s = DataSplit.split(numbered(501), 30, new Rng(4));
        int[] seen = new int[501];
        for (Dataset part : new Dataset[] {s.train, s.test}) {
            for (int j = 0; j < part.size(); j++) {
                int i = (int) part.x1[j];
                seen[i]++;
                assertEquals(-i, part.x2[j], 0.0, "points stay whole");
                assertEquals(i % 2 == 0 ? 1 : -1, part.label[j], 0.0);
            }
        }
        for (int count : seen) assertEquals(1, count);
        assertEquals(2, s.train.classes);
        assertEquals(2, s.test.classes);
    }

    @Test
    void isShuffledNotTheFirstPointsInOrder() {
        DataSplit s = DataSplit.split(numbered(500), 50, new Rng(1));
        double[] firstHalf = new double[250];
        for (int i = 0; i < 250; i++) firstHalf[i] = i;
        assertFalse(Arrays.equals(firstHalf, s.train.x1));
        int inOrder = 0;
        for (int j = 1; j < s.train.size(); j++) if (s.train.x1[j] > s.train.x1[j - 1]) inOrder++;
        assertEquals(125, inOrder, 30, "about half the neighbours ascend, as in a random order");
    }

    @Test
    void isDeterministicAndIsTheRngsShuffle() {
        Dataset all = numbered(200);
        DataSplit a = DataSplit.split(all, 60, new Rng(9));
        DataSplit b = DataSplit.split(all, 60, new Rng(9));
        assertArrayEquals(a.train.x1, b.train.x1);
        assertArrayEquals(a.test.x1, b.test.x1);
        assertFalse(Arrays.equals(a.train.x1, DataSplit.split(all, 60, new Rng(10)).train.x1));

        int[] order = new int[200];
        for (int i = 0; i < 200; i++) order[i] = i;
        new Rng(9).shuffle(order, 200);
        for (int j = 0; j < 120; j++) assertEquals(order[j], a.train.x1[j], 0.0);
        for (int j = 120; j < 200; j++) assertEquals(order[j], a.test.x1[j - 120], 0.0);
    }

    @Test
    void rejectsPercentagesOutsideZeroToHundred() {
        assertThrows(IllegalArgumentException.class, () -> DataSplit.split(numbered(10), 101, new Rng(1)));
        assertThrows(IllegalArgumentException.class, () -> DataSplit.split(numbered(10), -1, new Rng(1)));
    }
}
