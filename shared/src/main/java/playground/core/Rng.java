package playground.core;

/**
 * The random-number generator of the core: xoshiro128** on four 32-bit integers, seeded through
 * SplitMix32. Only int arithmetic, so the JVM, TeaVM JavaScript and WebAssembly agree bit for bit
 * (unlike {@code java.util.Random} and {@code Math.random}).
 *
 * <p>Its whole state is four ints ({@link #state()}), which snapshots store so that a run
 * restored from a snapshot draws the same numbers as one never stopped.
 */
public final class Rng {
    private int s0, s1, s2, s3;

    public Rng(int seed) {
        reseed(seed);
    }

    /** A generator for one purpose (data, weights, batch order) of one seed: independent streams. */
    public Rng(int seed, int stream) {
        reseed(mix32(seed ^ mix32(stream * 0x9E3779B9 + 0x632BE5AB)));
    }

    public void reseed(int seed) {
        int z = seed;
        z += 0x9E3779B9; s0 = mix32(z);
        z += 0x9E3779B9; s1 = mix32(z);
        z += 0x9E3779B9; s2 = mix32(z);
        z += 0x9E3779B9; s3 = mix32(z);
        if ((s0 | s1 | s2 | s3) == 0) s0 = 1;  // the all-zero state is a fixed point
    }

    private static int mix32(int z) {
        z = (z ^ (z >>> 16)) * 0x85EBCA6B;
        z = (z ^ (z >>> 13)) * 0xC2B2AE35;
        return z ^ (z >>> 16);
    }

    /** The next 32 random bits. */
    public int nextInt() {
        int result = Integer.rotateLeft(s1 * 5, 7) * 9;
        int t = s1 << 9;
        s2 ^= s0;
        s3 ^= s1;
        s1 ^= s2;
        s0 ^= s3;
        s2 ^= t;
        s3 = Integer.rotateLeft(s3, 11);
        return result;
    }

    /** Uniform in [0, 1) with 53 random bits. */
    public double nextDouble() {
        int a = nextInt() >>> 5;  // 27 bits
        int b = nextInt() >>> 6;  // 26 bits
        return (a * 67108864.0 + b) * 0x1p-53;
    }

    /** Uniform in [lo, hi). */
    public double uniform(double lo, double hi) {
        return nextDouble() * (hi - lo) + lo;
    }

    /** Uniform integer in [0, bound), without modulo bias (Lemire's rejection, in 32 bits). */
    public int nextInt(int bound) {
        if (bound <= 0) throw new IllegalArgumentException("bound must be positive: " + bound);
        // Use the top bits: take r in [0, 2^31) and reject the incomplete last block.
        int rem = (Integer.MAX_VALUE % bound + 1) % bound;  // 2^31 mod bound, without longs
        int limit = Integer.MAX_VALUE - rem;
        while (true) {
            int r = nextInt() >>> 1;
            if (r <= limit) return r % bound;
        }
    }

    /**
     * A normal deviate, as TensorFlow Playground draws it (Marsaglia's polar method, keeping one
     * of the two values): mean + sqrt(variance) · v1 · sqrt(-2 ln s / s).
     */
    public double normal(double mean, double variance) {
        double v1, v2, s;
        do {
            // nextDouble() first: inlined, its product must not be the right operand of a *
            // (TeaVM's JavaScript would drop its parentheses).
            v1 = nextDouble() * 2 - 1;
            v2 = nextDouble() * 2 - 1;
            s = v1 * v1 + v2 * v2;
        } while (s > 1 || s == 0);
        double result = Math.sqrt(-2 * ExactMath.log(s) / s) * v1;
        return result * Math.sqrt(variance) + mean;  // the product first, for TeaVM's JavaScript
    }

    /** Shuffles indices in place (Fisher–Yates). */
    public void shuffle(int[] a, int length) {
        for (int i = length - 1; i > 0; i--) {
            int j = nextInt(i + 1);
            int t = a[i];
            a[i] = a[j];
            a[j] = t;
        }
    }

    public int[] state() {
        return new int[] {s0, s1, s2, s3};
    }

    public void setState(int[] state) {
        if (state.length != 4) throw new IllegalArgumentException("random state must have 4 ints");
        s0 = state[0]; s1 = state[1]; s2 = state[2]; s3 = state[3];
    }
}
