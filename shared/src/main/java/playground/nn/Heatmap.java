package playground.nn;

/**
 * Evaluates a network over a square grid of points, for the output picture and the small
 * picture in every neuron. The grid's feature vectors are computed once, here; each call then
 * only runs forward passes and writes into arrays the caller owns.
 *
 * <p>Grid point (row, col) is {@code row * density + col}; col 0 is x1 = lo, col density-1 is
 * x1 = hi; row 0 is the top, x2 = hi, as on the screen.
 *
 * <p>Speed: the grid is evaluated in blocks of {@link #BLOCK} points with
 * {@link Network#forwardBatch}, which gives the bits of {@link Network#forward} several times
 * faster. The block's scratch rows are allocated at the first evaluation of a network with more
 * neurons than any before, and reused from then on: evaluating allocates nothing after that.
 */
public final class Heatmap {
    /** Points per block: the scratch rows of a block (nodes × BLOCK doubles) stay in the cache. */
    static final int BLOCK = Network.BLOCK;

    public final int density;
    public final double lo, hi;
    private final int width;
    /** The grid's inputs by feature: {@code gridInputs[f][cell]}. */
    private final double[][] gridInputs;
    /** {@code scratch[node][k]}: neuron outputs at the block's k-th point. */
    private double[][] scratch = new double[0][];

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
        double[] pointMajor = new double[cells * width];
        Feature.fill(features, x1, x2, cells, pointMajor);
        gridInputs = new double[width][cells];
        for (int c = 0; c < cells; c++) {
            for (int f = 0; f < width; f++) gridInputs[f][c] = pointMajor[c * width + f];
        }
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
     * point, as {@link Network#forward} computes it, rounded to float. {@code out} needs
     * {@code net.nodeCount()} rows of {@code cells()} entries; a null row is skipped.
     */
    public void evaluate(Network net, float[][] out) {
        double[][] values = prepare(net);
        int nodes = net.nodeCount();
        int cells = cells();
        for (int from = 0; from < cells; from += BLOCK) {
            int count = Math.min(BLOCK, cells - from);
            runBlock(net, values, from, count);
            for (int n = 0; n < nodes; n++) {
                float[] row = out[n];
                if (row == null) continue;
                double[] v = values[n];
                for (int k = 0; k < count; k++) row[from + k] = (float) v[k];
            }
        }
    }

    /** Fills {@code out[cell]} with output neuron k's value only. */
    public void evaluateOutput(Network net, int k, double[] out) {
        double[][] values = prepare(net);
        int node = net.outputStart() + k;
        int cells = cells();
        for (int from = 0; from < cells; from += BLOCK) {
            int count = Math.min(BLOCK, cells - from);
            runBlock(net, values, from, count);
            System.arraycopy(values[node], 0, out, from, count);
        }
    }

    private void runBlock(Network net, double[][] values, int from, int count) {
        for (int f = 0; f < width; f++) System.arraycopy(gridInputs[f], from, values[f], 0, count);
        net.forwardBatch(values, count, null);
    }

    private double[][] prepare(Network net) {
        if (net.inputCount() != width) {
            throw new IllegalArgumentException("the grid has " + width + " features, the network " + net.inputCount() + " inputs");
        }
        if (scratch.length < net.nodeCount()) scratch = new double[net.nodeCount()][BLOCK];
        return scratch;
    }
}
