package playground.nn;

import playground.core.ExactMath;

/** The nine input features a point (x1, x2) can be fed to the network as. */
public enum Feature implements ConfigName {
    X1("x1", "X₁"), X2("x2", "X₂"), X1SQ("x1sq", "X₁²"), X2SQ("x2sq", "X₂²"), X1X2("x1x2", "X₁X₂"),
    SINX1("sinx1", "sin(X₁)"), SINX2("sinx2", "sin(X₂)"), COSX1("cosx1", "cos(X₁)"), COSX2("cosx2", "cos(X₂)");

    public final String configName;
    public final String label;

    Feature(String configName, String label) {
        this.configName = configName;
        this.label = label;
    }

    public static Feature byName(String name) {
        return ConfigName.byName(values(), name, "feature");
    }

    @Override
    public String configName() {
        return configName;
    }

    public static Feature[] byNames(String[] names) {
        Feature[] result = new Feature[names.length];
        for (int i = 0; i < names.length; i++) result[i] = byName(names[i]);
        return result;
    }

    public double value(double x1, double x2) {
        switch (this) {
            case X1: return x1;
            case X2: return x2;
            case X1SQ: return x1 * x1;
            case X2SQ: return x2 * x2;
            case X1X2: return x1 * x2;
            case SINX1: return ExactMath.sin(x1);
            case SINX2: return ExactMath.sin(x2);
            case COSX1: return ExactMath.cos(x1);
            default: return ExactMath.cos(x2);
        }
    }

    /** Writes the feature vector of every point into one flat row-major array. */
    public static void fill(Feature[] features, double[] x1, double[] x2, int n, double[] out) {
        int w = features.length;
        for (int p = 0; p < n; p++) {
            for (int f = 0; f < w; f++) out[p * w + f] = features[f].value(x1[p], x2[p]);
        }
    }
}
