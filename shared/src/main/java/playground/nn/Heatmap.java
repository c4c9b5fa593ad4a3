package playground.nn;

/**
 * Evaluates a network over a square grid of points, for the output picture and the small
 * picture in every neuron. The grid's feature vectors are computed once, here; each call then
 * only runs forward passes and writes into arrays the caller owns, allocating nothing.
 *
 * <p>Grid point (row, col) is {@code row * density + col}; col 0 is x1 = lo, col density-1 is
 * x1 = hi; row 0 is the top, x2 = hi, as on the screen.
 */
public final class Heatmap {
    public final int density;
    public final double lo, hi;
    private final int width;
    private final double[] gridInputs;

    public Heatmap(Feature[] features, int density, double lo, double hi) {
        this.density = density;
        this.lo = lo;
        this.hi = hi;
        this.width = features.length;
        int cells = density * density;
        double[] x1 = new double[cells];
        double[] x2 = new double[cells];
        for (int row = 0; row < density; row++) {
            for (int col = 0; col < density; col++) {
                x1[row * density + col] = coordinate(col);
                x2[row * density + col] = coordinate(density - 1 - row);
            }
        }
        gridInputs = new double[cells * width];
        Feature.fill(features, x1, x2, cells, gridInputs);
    }

    /** The coordinate of grid line i, from lo (i = 0) to hi (i = density - 1). */
    public double coordinate(int i) {
        return (hi - lo) * i / (density - 1) + lo;
    }

    public int cells() {
        return density * density;
    }

    /**
     * Fills {@code out[node][cell]} with every neuron's output (inputs included) at every grid
     * point. {@code out} needs {@code net.nodeCount()} rows of {@code cells()} entries; a null row
     * is skipped.
     */
    public void evaluate(Network net, float[][] out) {
        checkWidth(net);
        int nodes = net.nodeCount();
        double[] a = net.output;
        int cells = cells();
        for (int c = 0; c < cells; c++) {
            net.forward(gridInputs, c * width);
            for (int n = 0; n < nodes; n++) {
                float[] row = out[n];
                if (row != null) row[c] = (float) a[n];
            }
        }
    }

    /** Fills {@code out[cell]} with output neuron k's value only. */
    public void evaluateOutput(Network net, int k, double[] out) {
        checkWidth(net);
        int node = net.outputStart() + k;
        int cells = cells();
        for (int c = 0; c < cells; c++) {
            net.forward(gridInputs, c * width);
            out[c] = net.output[node];
        }
    }

    private void checkWidth(Network net) {
        if (net.inputCount() != width) {
            throw new IllegalArgumentException("the grid has " + width + " features, the network " + net.inputCount() + " inputs");
        }
    }
}
