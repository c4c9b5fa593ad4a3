package playground.picture;

import playground.nn.Feature;
import playground.nn.Heatmap;
import playground.nn.Network;
import playground.nn.OutputKind;

/**
 * Turns a network's values over the plane into RGBA pixels: the output picture
 * (100 × 100) and a thumbnail of every hidden and output neuron (34 × 34, every third grid
 * point, so both ends of the plane are included).
 */
public final class HeatmapPainter {
    /** The output picture: DENSITY × DENSITY pixels over [-DOMAIN, DOMAIN]² (TensorFlow Playground's grid). */
    public static final int DENSITY = 100;
    public static final double DOMAIN = 6;
    /** A neuron's thumbnail takes every THUMB_STEP-th grid point, both ends of the plane included. */
    public static final int THUMB_STEP = 3;
    public static final int THUMB = (DENSITY - 1) / THUMB_STEP + 1;

    public final Heatmap grid;
    private final float[][] values;
    private final int firstNode;
    private final Network net;
    public final byte[] output = new byte[DENSITY * DENSITY * 4];
    public final byte[] thumbs;

    public HeatmapPainter(Network net, Feature[] features) {
        this.net = net;
        grid = new Heatmap(features, DENSITY, -DOMAIN, DOMAIN);
        firstNode = net.inputCount();
        values = new float[net.nodeCount()][];
        for (int n = firstNode; n < values.length; n++) values[n] = new float[grid.cells()];
        thumbs = new byte[(net.nodeCount() - firstNode) * THUMB * THUMB * 4];
    }

    /** Index of the first node that has a thumbnail (the first hidden neuron). */
    public int firstNode() {
        return firstNode;
    }

    public void paint(Palette palette, boolean discretize, int classes) {
        grid.evaluate(net, values);
        paintOutput(palette, discretize, classes);
        paintThumbs(palette, classes);
    }

    private void paintOutput(Palette palette, boolean discretize, int classes) {
        int start = net.outputStart();
        int cells = grid.cells();
        if (net.outputKind != OutputKind.SOFTMAX) {
            float[] v = values[start];
            for (int c = 0; c < cells; c++) {
                double x = v[c];
                if (discretize && x == x) x = x >= 0 ? 1 : -1;
                Palette.put(palette.rgb(x), output, c * 4);
            }
            return;
        }
        int[] colours = new int[classes];
        for (int k = 0; k < classes; k++) colours[k] = palette.classRgb(k, classes);
        double chance = 1.0 / classes;
        for (int c = 0; c < cells; c++) {
            int best = 0;
            for (int k = 1; k < classes; k++) {
                if (values[start + k][c] > values[start + best][c]) best = k;
            }
            double p = values[start + best][c];
            int rgb;
            if (p != p) {
                rgb = palette.neutral;
            } else if (discretize) {
                rgb = colours[best];
            } else {
                // the classes' colours weighted by their probabilities, paler where the network is unsure
                double r = 0, g = 0, b = 0;
                for (int k = 0; k < classes; k++) {
                    double q = values[start + k][c];
                    r = ((colours[k] >> 16) & 255) * q + r;
                    g = ((colours[k] >> 8) & 255) * q + g;
                    b = (colours[k] & 255) * q + b;
                }
                int blend = ((int) r << 16) | ((int) g << 8) | (int) b;
                double confidence = (p - chance) / (1 - chance);
                rgb = Palette.mix(palette.neutral, blend, 0.35 + 0.65 * confidence);
            }
            Palette.put(rgb, output, c * 4);
        }
    }

    private void paintThumbs(Palette palette, int classes) {
        int outStart = net.outputStart();
        int offset = 0;
        for (int n = firstNode; n < values.length; n++) {
            float[] v = values[n];
            boolean softmax = net.outputKind == OutputKind.SOFTMAX && n >= outStart;
            int classRgb = softmax ? palette.classRgb(n - outStart, classes) : 0;
            for (int row = 0; row < THUMB; row++) {
                for (int col = 0; col < THUMB; col++) {
                    double x = v[row * THUMB_STEP * DENSITY + col * THUMB_STEP];
                    int rgb = softmax ? (x == x ? Palette.mix(palette.neutral, classRgb, x) : palette.neutral)
                            : palette.rgb(x);
                    Palette.put(rgb, thumbs, offset);
                    offset += 4;
                }
            }
        }
    }

    /**
     * The nine input features over the plane, each scaled by its largest size so that the
     * picture uses the whole colour scale: x₁ runs from orange at the left to blue at the right.
     */
    public static byte[] features(Palette palette) {
        Feature[] all = Feature.values();
        byte[] out = new byte[all.length * THUMB * THUMB * 4];
        double[] v = new double[THUMB * THUMB];
        int offset = 0;
        for (Feature f : all) {
            double max = 0;
            for (int row = 0; row < THUMB; row++) {
                for (int col = 0; col < THUMB; col++) {
                    double x1 = coordinate(col);
                    double x2 = coordinate(THUMB - 1 - row);
                    double value = f.value(x1, x2);
                    v[row * THUMB + col] = value;
                    max = Math.max(max, Math.abs(value));
                }
            }
            for (int i = 0; i < v.length; i++) {
                Palette.put(palette.rgb(max == 0 ? 0 : v[i] / max), out, offset);
                offset += 4;
            }
        }
        return out;
    }

    private static double coordinate(int i) {
        return (2 * DOMAIN) * i / (THUMB - 1) - DOMAIN;
    }
}
