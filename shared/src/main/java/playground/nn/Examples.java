package playground.nn;

/**
 * Training or test examples as the network sees them: each point's feature vector in one flat
 * row-major array, its label, and a scratch array for the batch order (so an epoch allocates
 * nothing).
 */
public final class Examples {
    public final int size;
    public final int width;
    public final double[] inputs;
    public final double[] labels;
    final int[] order;

    public Examples(Feature[] features, double[] x1, double[] x2, double[] labels, int size) {
        this.size = size;
        this.width = features.length;
        this.inputs = new double[size * width];
        this.labels = new double[size];
        System.arraycopy(labels, 0, this.labels, 0, size);
        this.order = new int[size];
        Feature.fill(features, x1, x2, size, inputs);
    }
}
