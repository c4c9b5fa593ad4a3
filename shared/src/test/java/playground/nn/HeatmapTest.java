package playground.nn;

import static org.junit.jupiter.api.Assertions.*;

import org.junit.jupiter.api.Test;
import playground.core.Rng;

/**
 * The pictures hold, at every grid point and for every neuron, exactly what a forward pass at
 * that point computes (the heatmap's faster layer-by-layer evaluation must not change a bit).
 */
class HeatmapTest {
    private static final Feature[] FEATURES = {Feature.X1, Feature.X2, Feature.X1X2, Feature.SINX2};

    @Test
    void everyNeuronsPictureEqualsTheForwardPassAtEachPoint() {
        // 23 × 23 = 529 points: two full blocks and a partial one.
        Heatmap map = new Heatmap(FEATURES, 23, -6, 6);
        assertTrue(map.cells() > 2 * Heatmap.BLOCK && map.cells() % Heatmap.BLOCK != 0);
        for (Activation act : Activation.values()) {
            for (OutputKind out : OutputKind.values()) {
                for (double scale : new double[] {1, 30}) {  // 30: large weights saturate tanh and sigmoid
                    Network net = network(act, out, scale);
                    float[][] pictures = new float[net.nodeCount()][map.cells()];
                    map.evaluate(net, pictures);
                    double[] outputs = new double[map.cells()];
                    map.evaluateOutput(net, out.neurons(3) - 1, outputs);
                    for (int c = 0; c < map.cells(); c++) {
                        net.forward(inputsAt(map, c), 0);
                        for (int n = 0; n < net.nodeCount(); n++) {
                            assertEquals(Float.floatToRawIntBits((float) net.output[n]), Float.floatToRawIntBits(pictures[n][c]),
                                    act + " " + out + " scale " + scale + ": neuron " + n + " at point " + c);
                        }
                        assertEquals(Double.doubleToRawLongBits(net.output[net.nodeCount() - 1]),
                                Double.doubleToRawLongBits(outputs[c]), "evaluateOutput at point " + c);
                    }
                }
            }
        }
    }

    @Test
    void aNullRowIsSkippedAndOneHeatmapServesNetworksOfAnySize() {
        Heatmap map = new Heatmap(FEATURES, 10, -6, 6);
        Network small = network(Activation.RELU, OutputKind.TANH, 1);
        Network large = new Network(new int[] {FEATURES.length, 8, 8, 8, 8, 8, 8, 1}, Activation.TANH, OutputKind.TANH);
        Init.XAVIER.initialize(large, new Rng(5));
        float[][] pictures = new float[large.nodeCount()][map.cells()];
        pictures[2] = null;
        map.evaluate(small, new float[small.nodeCount()][map.cells()]);
        map.evaluate(large, pictures);
        assertNull(pictures[2]);
        large.forward(inputsAt(map, 57), 0);
        assertEquals((float) large.output[large.outputStart()], pictures[large.outputStart()][57]);
    }

    @Test
    void aNetworkWithOtherInputsIsRefused() {
        Heatmap map = new Heatmap(new Feature[] {Feature.X1}, 10, -6, 6);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> map.evaluate(network(Activation.TANH, OutputKind.TANH, 1), new float[20][100]));
        assertEquals("the grid has 1 features, the network 4 inputs", e.getMessage());
    }

    /** Two hidden layers; weights uniform in ±scale/2, biases too. */
    private static Network network(Activation act, OutputKind out, double scale) {
        Network net = new Network(new int[] {FEATURES.length, 5, 3, out.neurons(3)}, act, out);
        Rng rng = new Rng(11);
        for (int i = 0; i < net.weights.length; i++) net.weights[i] = (rng.nextDouble() - 0.5) * scale;
        for (int j = FEATURES.length; j < net.nodeCount(); j++) net.biases[j] = (rng.nextDouble() - 0.5) * scale;
        return net;
    }

    private static double[] inputsAt(Heatmap map, int cell) {
        int row = cell / map.density;
        int col = cell % map.density;
        double x1 = map.coordinate(col);
        double x2 = map.coordinate(map.density - 1 - row);
        double[] in = new double[FEATURES.length];
        for (int f = 0; f < FEATURES.length; f++) in[f] = FEATURES[f].value(x1, x2);
        return in;
    }
}
