package playground.data;

import playground.core.ExactMath;
import playground.core.Rng;

/**
 * The generated data sets. The first six are TensorFlow Playground's ({@code dataset.ts}), with
 * its shapes, constants, noise semantics and order of random draws; {@code moons},
 * {@code checker} and {@code houses} and the multi-class {@code gauss} and {@code spiral} are
 * this product's own.
 *
 * <p>{@code noise} is a fraction, 0 … 0.5: the page's 0 … 50 % divided by 100, as in the
 * reference. It means one of two things, as in the reference:
 * <ul>
 *   <li><b>label noise</b> ({@code circle}, {@code xor}, {@code checker}, {@code plane},
 *       {@code multigauss}): the point stays where it is drawn, but its label is computed at the
 *       point displaced by a uniform random offset, so labels near a boundary flip;
 *   <li><b>position noise</b> ({@code gauss}, {@code spiral}, {@code moons}, {@code houses}):
 *       the points themselves scatter (or, for {@code houses}, the prices).
 * </ul>
 *
 * <p>Counts: where the reference draws n/2 points per class, class c of k gets the points
 * {@code c·n/k … (c+1)·n/k - 1} (integer division), so the total is always exactly
 * {@code points}; for an odd count the second class gets the extra point. (The reference, with
 * its non-integer n/2, would draw ceil(n/2) per class: one point too many.)
 *
 * <p>Arithmetic: only {@code + - * /}, {@code Math.sqrt}, {@code Math.floor} and
 * {@link ExactMath}, so that every runtime gives the same bits. The right operand of a double
 * {@code +} is never a sum or difference, that of a {@code *} never a product or quotient:
 * TeaVM's JavaScript output may drop the parentheses around them. That holds also after TeaVM
 * inlines a local variable used once, or a small method: {@code double ny = y + noiseY;} followed
 * by {@code nx + ny} is such a sum.
 */
public final class DataGenerator {
    private DataGenerator() {}

    public static final String CIRCLE = "circle";
    public static final String XOR = "xor";
    public static final String GAUSS = "gauss";
    public static final String SPIRAL = "spiral";
    public static final String MOONS = "moons";
    public static final String CHECKER = "checker";
    public static final String PLANE = "plane";
    public static final String MULTIGAUSS = "multigauss";
    public static final String HOUSES = "houses";
    /** Points placed by hand ({@link Dataset#custom}); not generated. */
    public static final String CUSTOM = "custom";

    /** The generated classification data sets, in the order the page shows them. */
    public static final String[] CLASSIFICATION = {CIRCLE, XOR, GAUSS, SPIRAL, MOONS, CHECKER};
    /** The generated regression data sets, in the order the page shows them. */
    public static final String[] REGRESSION = {PLANE, MULTIGAUSS, HOUSES};

    private static final double TWO_PI = 2 * Math.PI;

    public static boolean isClassification(String name) {
        return indexOf(CLASSIFICATION, name) >= 0;
    }

    public static boolean isRegression(String name) {
        return indexOf(REGRESSION, name) >= 0;
    }

    /** Whether {@code name} can be generated with 3 … 5 classes (labels 0 … k-1). */
    public static boolean supportsMultiClass(String name) {
        return GAUSS.equals(name) || SPIRAL.equals(name);
    }

    /**
     * Generates a data set.
     *
     * @param name one of {@link #CLASSIFICATION} or {@link #REGRESSION}
     * @param points the number of points; the result has exactly this size
     * @param classes for classification 2 (labels ±1) or, for {@code gauss} and {@code spiral},
     *     3 … 5 (labels 0 … k-1); for regression 0 or 2 (the configuration's default, which
     *     means nothing there); the result's {@code classes} is 0 for regression
     * @param noise 0 … 0.5
     * @param rng the data's random stream; draws happen in the reference's order
     */
    public static Dataset generate(String name, int points, int classes, double noise, Rng rng) {
        if (points < 0) throw new IllegalArgumentException("points must not be negative, got " + points);
        if (!(noise >= 0 && noise <= 0.5)) {
            throw new IllegalArgumentException("noise must be 0 to 0.5 (a fraction), got " + noise);
        }
        if (isRegression(name)) {
            if (classes != 0 && classes != 2) {
                throw new IllegalArgumentException(name + " is a regression data set: classes must be 0 or 2, got " + classes);
            }
        } else if (isClassification(name)) {
            boolean ok = classes == 2
                    || (supportsMultiClass(name) && classes >= 3 && classes <= Dataset.MAX_CLASSES);
            if (!ok) {
                throw new IllegalArgumentException(name + (supportsMultiClass(name)
                        ? " needs 2 to " + Dataset.MAX_CLASSES + " classes, got "
                        : " has 2 classes, got ") + classes);
            }
        } else if (CUSTOM.equals(name)) {
            throw new IllegalArgumentException("custom points are not generated: use Dataset.custom");
        } else {
            throw new IllegalArgumentException("unknown data set: " + name);
        }
        Points p = new Points(points);
        switch (name) {
            case CIRCLE: circle(p, noise, rng); break;
            case XOR: xor(p, noise, rng); break;
            case GAUSS: gauss(p, classes, noise, rng); break;
            case SPIRAL: spiral(p, classes, noise, rng); break;
            case MOONS: moons(p, noise, rng); break;
            case CHECKER: checker(p, noise, rng); break;
            case PLANE: plane(p, noise, rng); break;
            case MULTIGAUSS: multigauss(p, noise, rng); break;
            default: houses(p, noise, rng); break;
        }
        return new Dataset(p.x1, p.x2, p.label, isRegression(name) ? 0 : classes);
    }

    // ------------------------------------------------------------ classification (reference)

    /**
     * Circle: a disc of positives (radius 0 … 2.5) inside a ring of negatives (radius 3.5 … 5),
     * n/2 each. Label noise: the label is whether the point displaced by up to ±5·noise in x and
     * y lies within radius 2.5, so near the gap labels flip.
     */
    static void circle(Points p, double noise, Rng rng) {
        double radius = 5;
        int half = classStart(1, p.n, 2);
        for (int i = 0; i < p.n; i++) {
            double r = i < half ? rng.uniform(0, radius * 0.5) : rng.uniform(radius * 0.7, radius);
            double angle = rng.uniform(0, TWO_PI);
            double x = r * ExactMath.sin(angle);
            double y = r * ExactMath.cos(angle);
            double noiseX = rng.uniform(-radius, radius) * noise;
            double noiseY = rng.uniform(-radius, radius) * noise;
            double d = distance(x + noiseX, y + noiseY, 0, 0);
            p.set(i, x, y, d < radius * 0.5 ? 1 : -1);
        }
    }

    /**
     * XOR: x and y uniform in [-5, 5], pushed 0.3 away from the axes; the label is the sign of
     * x·y (0 counts as positive) at the point displaced by up to ±5·noise: label noise.
     */
    static void xor(Points p, double noise, Rng rng) {
        double padding = 0.3;
        for (int i = 0; i < p.n; i++) {
            double x = rng.uniform(-5, 5);
            x += x > 0 ? padding : -padding;
            double y = rng.uniform(-5, 5);
            y += y > 0 ? padding : -padding;
            double noiseX = rng.uniform(-5, 5) * noise;
            double noiseY = rng.uniform(-5, 5) * noise;
            double nx = x + noiseX;
            double ny = y + noiseY;
            p.set(i, x, y, nx * ny >= 0 ? 1 : -1);
        }
    }

    /**
     * Gaussians. Two classes (the reference): positives around (2, 2), negatives around
     * (-2, -2), n/2 each. k classes (3 … 5): centres evenly spaced on a circle of radius 3,
     * the first at 45° (where the two-class positives are), class c around the c-th, labels
     * 0 … k-1. Position noise: the variance goes linearly from 0.5 at noise 0 to 4 at noise 0.5,
     * as the reference's. Points are not clipped (as the reference): at high noise a few fall
     * outside [-6, 6].
     */
    static void gauss(Points p, int classes, double noise, Rng rng) {
        double variance = noise * 7.0 + 0.5;  // 0.5 + (4 - 0.5) · noise / 0.5
        for (int c = 0; c < classes; c++) {
            double cx, cy;
            if (classes == 2) {
                cx = c == 0 ? 2 : -2;
                cy = cx;
            } else {
                double angle = TWO_PI * c / classes + Math.PI / 4;
                cx = 3 * ExactMath.cos(angle);
                cy = 3 * ExactMath.sin(angle);
            }
            double label = classLabel(c, classes);
            for (int i = classStart(c, p.n, classes); i < classStart(c + 1, p.n, classes); i++) {
                double x = rng.normal(cx, variance);
                double y = rng.normal(cy, variance);
                p.set(i, x, y, label);
            }
        }
    }

    /**
     * Spiral: arms that wind 1.75 turns outward from the origin to radius 5, point i of m at
     * radius i/m·5 and angle 1.75·i/m·2π + delta. Two classes (the reference): delta 0 (+1) and
     * π (-1); k classes: delta 2π·c/k, label c. Position noise: each coordinate moves by
     * uniform(-1, 1)·noise.
     */
    static void spiral(Points p, int classes, double noise, Rng rng) {
        for (int c = 0; c < classes; c++) {
            double deltaT = TWO_PI * c / classes;
            double label = classLabel(c, classes);
            int start = classStart(c, p.n, classes);
            int m = classStart(c + 1, p.n, classes) - start;
            for (int i = 0; i < m; i++) {
                double r = (double) i / m * 5;
                double t = 1.75 * i / m * 2 * Math.PI + deltaT;
                double x = r * ExactMath.sin(t) + rng.uniform(-1, 1) * noise;
                double y = r * ExactMath.cos(t) + rng.uniform(-1, 1) * noise;
                p.set(start + i, x, y, label);
            }
        }
    }

    // ------------------------------------------------------------ classification (new)

    /** The moons' unit radius in the page's coordinates: two unit half-rings, scaled to [-5, 5]. */
    static final double MOON_SCALE = 10.0 / 3.0;

    /**
     * Two moons: interleaving half-rings of radius 10/3, as scikit-learn's {@code make_moons}
     * (unit half-circles: the upper {@code (cos t, sin t)} and the lower
     * {@code (1 - cos t, 1/2 - sin t)}, t in [0, π]) centred on the origin and scaled by 10/3, so
     * that they span [-5, 5] × [-2.5, 2.5]. The upper moon (+1) is centred at (-5/3, -5/6) and
     * the lower one (-1) at (5/3, 5/6): each one's tip reaches into the other's hollow, so no
     * straight line separates them. n/2 each; t uniform. Position noise: a Gaussian offset with
     * standard deviation 2·noise (1 at 50 %), drawn again if it would leave [-6, 6]².
     */
    static void moons(Points p, double noise, Rng rng) {
        double sd = noise * 2;
        double variance = sd * sd;
        int half = classStart(1, p.n, 2);
        for (int i = 0; i < p.n; i++) {
            double t = rng.uniform(0, Math.PI);
            double ux = ExactMath.cos(t) - 0.5;   // the upper moon, centred on the origin
            double uy = ExactMath.sin(t) - 0.25;
            double sign = i < half ? 1 : -1;      // the lower moon is the upper one turned by 180°
            double x0 = MOON_SCALE * sign * ux;
            double y0 = MOON_SCALE * sign * uy;
            double x, y;
            do {
                // The call first: inlined, its sum would be a right operand TeaVM's JavaScript
                // writes without parentheses (see the class comment).
                x = rng.normal(0, variance) + x0;
                y = rng.normal(0, variance) + y0;
            } while (x < -Dataset.DOMAIN || x > Dataset.DOMAIN || y < -Dataset.DOMAIN || y > Dataset.DOMAIN);
            p.set(i, x, y, sign);
        }
    }

    /** The side of a checkerboard cell: 4 × 4 cells on [-6, 6]². */
    static final double CHECKER_CELL = 3.0;

    /**
     * Checkerboard: x and y uniform in [-6, 6], 4 × 4 cells of side 3 with alternating labels;
     * the cells touching the origin at the top right and bottom left are +1, as XOR's quadrants.
     * Label noise as XOR's: the label is read at the point displaced by up to ±3·noise (half a
     * cell at 50 %, as XOR's ±2.5 is half a quadrant).
     */
    static void checker(Points p, double noise, Rng rng) {
        for (int i = 0; i < p.n; i++) {
            double x = rng.uniform(-Dataset.DOMAIN, Dataset.DOMAIN);
            double y = rng.uniform(-Dataset.DOMAIN, Dataset.DOMAIN);
            double noiseX = rng.uniform(-CHECKER_CELL, CHECKER_CELL) * noise;
            double noiseY = rng.uniform(-CHECKER_CELL, CHECKER_CELL) * noise;
            p.set(i, x, y, checkerLabel(x + noiseX, y + noiseY));
        }
    }

    /** +1 on cells whose column and row numbers (from 0 at x, y = -6) have an even sum, else -1. */
    static double checkerLabel(double x, double y) {
        long column = (long) Math.floor((x + Dataset.DOMAIN) / CHECKER_CELL);
        long row = (long) Math.floor((y + Dataset.DOMAIN) / CHECKER_CELL);
        return ((column + row) & 1) == 0 ? 1 : -1;
    }

    // ------------------------------------------------------------ regression (reference)

    /**
     * Plane: x and y uniform in [-6, 6], label (x + y)/10 (the reference maps x + y from
     * [-10, 10] to [-1, 1]) at the point displaced by up to ±6·noise: label noise.
     */
    static void plane(Points p, double noise, Rng rng) {
        double radius = 6;
        for (int i = 0; i < p.n; i++) {
            double x = rng.uniform(-radius, radius);
            double y = rng.uniform(-radius, radius);
            double noiseX = rng.uniform(-radius, radius) * noise;
            double noiseY = rng.uniform(-radius, radius) * noise;
            // Summed left to right, not as (x + noiseX) + (y + noiseY): TeaVM inlines the two
            // sums and its JavaScript then drops the parentheses of the right one, rounding
            // differently from the JVM and WebAssembly (the cross-runtime test caught it).
            double sum = x + noiseX + y + noiseY;
            p.set(i, x, y, sum / 10);
        }
    }

    /** The reference's six bumps of {@code multigauss}: centre x, centre y, sign. */
    static final double[] BUMPS = {
        -4, 2.5, 1,
        0, 2.5, -1,
        4, 2.5, 1,
        -4, -2.5, -1,
        0, -2.5, 1,
        4, -2.5, -1,
    };

    /**
     * Multigauss: six bumps in two rows of alternating sign; a point's label is the bump value
     * largest in magnitude, each bump falling linearly from ±1 at its centre to 0 at distance 2.
     * x and y uniform in [-6, 6]; label noise: the label is read at the point displaced by up to
     * ±6·noise.
     */
    static void multigauss(Points p, double noise, Rng rng) {
        double radius = 6;
        for (int i = 0; i < p.n; i++) {
            double x = rng.uniform(-radius, radius);
            double y = rng.uniform(-radius, radius);
            double noiseX = rng.uniform(-radius, radius) * noise;
            double noiseY = rng.uniform(-radius, radius) * noise;
            p.set(i, x, y, multigaussLabel(x + noiseX, y + noiseY));
        }
    }

    static double multigaussLabel(double x, double y) {
        double label = 0;
        for (int b = 0; b < BUMPS.length; b += 3) {
            double d = distance(x, y, BUMPS[b], BUMPS[b + 1]);
            double height = d >= 2 ? 0 : 1 - d / 2;  // 1 at the centre, 0 from distance 2 on
            double value = BUMPS[b + 2] * height;
            if (Math.abs(value) > Math.abs(label)) label = value;
        }
        return label;
    }

    // ------------------------------------------------------------ regression (new)

    /**
     * Houses (the linear-regression lesson): x1 is the distance to the city centre, 0 … 30 km
     * mapped to [-6, 6] ({@link Houses}), x2 uniform in [-6, 6] and unrelated to the price; the
     * price falls linearly from 500 thousand at the centre to 200 thousand at 30 km, i.e. label
     * = -x1/6 ({@link Houses#priceThousands}), plus Gaussian scatter of standard deviation
     * 0.05 + 0.6·noise in label units (7.5 thousand at noise 0, so residuals show; 52.5 thousand
     * at 50 %). Draws: x1, x2, then the scatter.
     */
    static void houses(Points p, double noise, Rng rng) {
        double sd = noise * Houses.SCATTER_PER_NOISE + Houses.SCATTER_AT_ZERO_NOISE;
        double variance = sd * sd;
        for (int i = 0; i < p.n; i++) {
            double x = rng.uniform(-Dataset.DOMAIN, Dataset.DOMAIN);
            double y = rng.uniform(-Dataset.DOMAIN, Dataset.DOMAIN);
            double trend = -x / Dataset.DOMAIN;
            p.set(i, x, y, rng.normal(trend, variance));
        }
    }

    // ------------------------------------------------------------ helpers

    /** The first index of class c of k among n points: c·n/k, rounded down. */
    static int classStart(int c, int n, int k) {
        return (int) ((long) c * n / k);
    }

    /** Class c's label: +1 and -1 for two classes (the reference), else c. */
    static double classLabel(int c, int classes) {
        if (classes == 2) return c == 0 ? 1 : -1;
        return c;
    }

    static double distance(double ax, double ay, double bx, double by) {
        double dx = ax - bx;
        double dy = ay - by;
        return Math.sqrt(dx * dx + dy * dy);
    }

    private static int indexOf(String[] names, String name) {
        for (int i = 0; i < names.length; i++) if (names[i].equals(name)) return i;
        return -1;
    }

    /** The arrays being filled. */
    static final class Points {
        final int n;
        final double[] x1, x2, label;

        Points(int n) {
            this.n = n;
            x1 = new double[n];
            x2 = new double[n];
            label = new double[n];
        }

        void set(int i, double x, double y, double l) {
            x1[i] = x;
            x2[i] = y;
            label[i] = l;
        }
    }
}
