package playground.core;

import static org.junit.jupiter.api.Assertions.*;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class RngTest {
    @Test
    void sameSeedSameSequenceOtherSeedOtherSequence() {
        Rng a = new Rng(42), b = new Rng(42), c = new Rng(43);
        boolean differs = false;
        for (int i = 0; i < 1000; i++) {
            int x = a.nextInt();
            assertEquals(x, b.nextInt());
            differs |= x != c.nextInt();
        }
        assertTrue(differs);
    }

    @Test
    void streamsOfOneSeedAreIndependent() {
        assertNotEquals(new Rng(1, 0).nextInt(), new Rng(1, 1).nextInt());
        assertEquals(new Rng(1, 2).nextInt(), new Rng(1, 2).nextInt());
    }

    @Test
    void doublesAreUniformInTheUnitInterval() {
        Rng r = new Rng(1);
        int[] buckets = new int[10];
        double sum = 0;
        int n = 200_000;
        for (int i = 0; i < n; i++) {
            double d = r.nextDouble();
            assertTrue(d >= 0 && d < 1);
            buckets[(int) (d * 10)]++;
            sum += d;
        }
        assertEquals(0.5, sum / n, 0.005);
        for (int count : buckets) assertEquals(n / 10.0, count, n / 10.0 * 0.05);
    }

    @Test
    void boundedIntsCoverTheRangeEvenly() {
        Rng r = new Rng(3);
        int[] counts = new int[7];
        for (int i = 0; i < 70_000; i++) counts[r.nextInt(7)]++;
        for (int c : counts) assertEquals(10_000, c, 500);
        assertThrows(IllegalArgumentException.class, () -> r.nextInt(0));
    }

    @Test
    void normalHasTheRequestedMeanAndVariance() {
        Rng r = new Rng(5);
        int n = 100_000;
        double sum = 0, sq = 0;
        for (int i = 0; i < n; i++) {
            double x = r.normal(2, 4);
            sum += x;
            sq += x * x;
        }
        double mean = sum / n;
        assertEquals(2, mean, 0.03);
        assertEquals(4, sq / n - mean * mean, 0.08);
    }

    @Test
    void shuffleIsAPermutationAndStateRestores() {
        Rng r = new Rng(11);
        int[] a = new int[50];
        for (int i = 0; i < a.length; i++) a[i] = i;
        int[] saved = r.state();
        r.shuffle(a, a.length);
        int[] sorted = a.clone();
        Arrays.sort(sorted);
        for (int i = 0; i < a.length; i++) assertEquals(i, sorted[i]);
        assertFalse(Arrays.equals(sorted, a));
        Rng again = new Rng(0);
        again.setState(saved);
        int[] b = new int[50];
        for (int i = 0; i < b.length; i++) b[i] = i;
        again.shuffle(b, b.length);
        assertArrayEquals(a, b);
    }
}
