package playground.core;

/**
 * A natural number of any size, changed in place: just what {@link ShortestDecimal} needs. Limbs
 * of 32 bits, least significant first, computed with {@code long} so that every runtime does the
 * same exact integer steps (no {@code java.math}, whose speed and presence differ under TeaVM).
 */
final class BigNat {
    private static final long MASK = 0xffffffffL;

    private int[] limbs = new int[8];
    private int length;  // limbs in use; the top one is non-zero (length 0 is zero)

    private BigNat() {}

    static BigNat of(long value) {
        BigNat b = new BigNat();
        b.limbs[0] = (int) value;
        b.limbs[1] = (int) (value >>> 32);
        b.length = b.limbs[1] != 0 ? 2 : b.limbs[0] != 0 ? 1 : 0;
        return b;
    }

    private void ensure(int size) {
        if (size <= limbs.length) return;
        int[] bigger = new int[Math.max(size, limbs.length * 2)];
        System.arraycopy(limbs, 0, bigger, 0, length);
        limbs = bigger;
    }

    BigNat shiftLeft(int bits) {
        if (length == 0 || bits == 0) return this;
        int whole = bits >>> 5;
        int part = bits & 31;
        ensure(length + whole + 1);
        limbs[length + whole] = 0;
        for (int i = length - 1; i >= 0; i--) {
            int v = limbs[i];
            if (part != 0) limbs[i + whole + 1] |= v >>> (32 - part);
            limbs[i + whole] = v << part;
        }
        for (int i = 0; i < whole; i++) limbs[i] = 0;
        length += whole + 1;
        trim();
        return this;
    }

    /** this × m, for 0 ≤ m < 2^31. */
    void multiplyBy(int m) {
        long carry = 0;
        for (int i = 0; i < length; i++) {
            long p = (limbs[i] & MASK) * m + carry;
            limbs[i] = (int) p;
            carry = p >>> 32;
        }
        if (carry != 0) {
            ensure(length + 1);
            limbs[length++] = (int) carry;
        }
    }

    void multiplyByPowerOfTen(int k) {
        for (; k >= 9; k -= 9) multiplyBy(1_000_000_000);
        int p = 1;
        for (int i = 0; i < k; i++) p *= 10;
        if (p > 1) multiplyBy(p);
    }

    /** this − other, for other ≤ this. */
    void subtract(BigNat other) {
        long borrow = 0;
        for (int i = 0; i < length; i++) {
            long d = (limbs[i] & MASK) - (i < other.length ? other.limbs[i] & MASK : 0) - borrow;
            limbs[i] = (int) d;
            borrow = d < 0 ? 1 : 0;
        }
        trim();
    }

    private void trim() {
        while (length > 0 && limbs[length - 1] == 0) length--;
    }

    private long limb(int i) {
        return i < length ? limbs[i] & MASK : 0;
    }

    int compareTo(BigNat other) {
        if (length != other.length) return length < other.length ? -1 : 1;
        for (int i = length - 1; i >= 0; i--) {
            long a = limb(i), b = other.limb(i);
            if (a != b) return a < b ? -1 : 1;
        }
        return 0;
    }

    /** Sign of (a + b) − c. */
    static int compareSum(BigNat a, BigNat b, BigNat c) {
        BigNat sum = copy(a);
        sum.add(b);
        return sum.compareTo(c);
    }

    /** Sign of 10·a − b. */
    static int compareTimesTen(BigNat a, BigNat b) {
        BigNat t = copy(a);
        t.multiplyBy(10);
        return t.compareTo(b);
    }

    /** Sign of 2·a − b. */
    static int compareTimesTwo(BigNat a, BigNat b) {
        BigNat t = copy(a);
        t.multiplyBy(2);
        return t.compareTo(b);
    }

    private void add(BigNat other) {
        int n = Math.max(length, other.length);
        ensure(n + 1);
        long carry = 0;
        for (int i = 0; i < n; i++) {
            long s = limb(i) + other.limb(i) + carry;
            limbs[i] = (int) s;
            carry = s >>> 32;
        }
        limbs[n] = (int) carry;
        length = n + 1;
        trim();
    }

    private static BigNat copy(BigNat a) {
        BigNat b = new BigNat();
        b.ensure(a.length + 1);
        System.arraycopy(a.limbs, 0, b.limbs, 0, a.length);
        b.length = a.length;
        return b;
    }
}
