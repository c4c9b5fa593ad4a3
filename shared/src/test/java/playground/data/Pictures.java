package playground.data;

import java.util.Arrays;
import java.util.Comparator;
import playground.core.Rng;

/** Small statistics used by the data-set tests to look at the pictures the points make. */
final class Pictures {
    private Pictures() {}

    static Dataset gen(String name, int points, int classes, double noise, int seed) {
        return DataGenerator.generate(name, points, classes, noise, new Rng(seed));
    }

    static double radius(Dataset d, int i) {
        return Math.sqrt(d.x1[i] * d.x1[i] + d.x2[i] * d.x2[i]);
    }

    static double mean(double[] v, Dataset d, double label) {
        double sum = 0;
        int n = 0;
        for (int i = 0; i < d.size(); i++) {
            if (d.label[i] == label) {
                sum += v[i];
                n++;
            }
        }
        return sum / n;
    }

    /** Standard deviation of v over the points with this label. */
    static double sd(double[] v, Dataset d, double label) {
        double m = mean(v, d, label);
        double sum = 0;
        int n = 0;
        for (int i = 0; i < d.size(); i++) {
            if (d.label[i] == label) {
                sum += (v[i] - m) * (v[i] - m);
                n++;
            }
        }
        return Math.sqrt(sum / n);
    }

    /** Least squares label = slope · x + intercept; returns {slope, intercept, residual sd}. */
    static double[] fitLine(double[] x, double[] y) {
        int n = x.length;
        double mx = 0, my = 0;
        for (int i = 0; i < n; i++) { mx += x[i]; my += y[i]; }
        mx /= n;
        my /= n;
        double sxy = 0, sxx = 0;
        for (int i = 0; i < n; i++) {
            sxy += (x[i] - mx) * (y[i] - my);
            sxx += (x[i] - mx) * (x[i] - mx);
        }
        double slope = sxy / sxx;
        double intercept = my - slope * mx;
        double ss = 0;
        for (int i = 0; i < n; i++) {
            double r = y[i] - (slope * x[i] + intercept);
            ss += r * r;
        }
        return new double[] {slope, intercept, Math.sqrt(ss / n)};
    }

    static double correlation(double[] x, double[] y) {
        int n = x.length;
        double mx = 0, my = 0;
        for (int i = 0; i < n; i++) { mx += x[i]; my += y[i]; }
        mx /= n;
        my /= n;
        double sxy = 0, sxx = 0, syy = 0;
        for (int i = 0; i < n; i++) {
            sxy += (x[i] - mx) * (y[i] - my);
            sxx += (x[i] - mx) * (x[i] - mx);
            syy += (y[i] - my) * (y[i] - my);
        }
        return sxy / Math.sqrt(sxx * syy);
    }

    /**
     * The best accuracy any straight line reaches on a two-class (±1) data set: every direction
     * in steps of half a degree, every threshold along it, either side positive.
     */
    static double bestLinearAccuracy(Dataset d) {
        int n = d.size();
        int positives = d.count(1);
        double best = 0;
        for (int step = 0; step < 360; step++) {
            double a = step * Math.PI / 360;
            double cos = Math.cos(a), sin = Math.sin(a);
            Integer[] order = new Integer[n];
            double[] proj = new double[n];
            for (int i = 0; i < n; i++) {
                order[i] = i;
                proj[i] = d.x1[i] * cos + d.x2[i] * sin;
            }
            Arrays.sort(order, Comparator.comparingDouble(i -> proj[i]));
            int positivesBelow = 0;
            for (int k = 0; k <= n; k++) {
                // the first k points on one side, the rest on the other
                int negativesBelow = k - positivesBelow;
                int correct = negativesBelow + (positives - positivesBelow);
                best = Math.max(best, Math.max(correct, n - correct) / (double) n);
                if (k < n && d.label[order[k]] == 1) positivesBelow++;
            }
        }
        return best;
    }

    /** Angle difference wrapped to (-π, π]. */
    static double wrap(double a) {
        double w = a % (2 * Math.PI);
        if (w > Math.PI) w -= 2 * Math.PI;
        if (w <= -Math.PI) w += 2 * Math.PI;
        return w;
    }
}
