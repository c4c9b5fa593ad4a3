package playground.picture;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import playground.core.Rng;
import playground.nn.Activation;
import playground.nn.Feature;
import playground.nn.Init;
import playground.nn.Network;
import playground.nn.OutputKind;

/**
 * The worker's pictures, on the JVM, for the largest networks the page allows: every pixel of
 * the output and of every thumbnail is written, opaque (an index slip would be silent in
 * JavaScript and a trap in WebAssembly).
 */
class HeatmapPainterTest {
    @Test
    void theLargestTwoClassNetworkFillsEveryPixel() {
        paintsEverything(2, OutputKind.TANH);
    }

    @Test
    void fiveClassesBlendTheirColoursIntoEveryPixel() {
        paintsEverything(5, OutputKind.SOFTMAX);
    }

    @Test
    void regressionFillsEveryPixel() {
        paintsEverything(1, OutputKind.LINEAR);
    }

    private static void paintsEverything(int classes, OutputKind kind) {
        Feature[] features = Feature.values();
        int outputs = kind == OutputKind.SOFTMAX ? classes : 1;
        Network net = new Network(new int[] {features.length, 8, 8, 8, 8, 8, 8, outputs}, Activation.TANH, kind);
        Init.byName("xavier").initialize(net, new Rng(7));
        HeatmapPainter pictures = new HeatmapPainter(net, features);
        for (boolean dark : new boolean[] {false, true}) {
            for (boolean discretize : new boolean[] {false, true}) {
                Arrays.fill(pictures.output, (byte) 0);
                Arrays.fill(pictures.thumbs, (byte) 0);
                pictures.paint(Palette.of(false, dark), discretize, Math.max(2, classes));
                assertOpaque(pictures.output, HeatmapPainter.DENSITY * HeatmapPainter.DENSITY);
                assertOpaque(pictures.thumbs, (net.nodeCount() - pictures.firstNode()) * HeatmapPainter.THUMB * HeatmapPainter.THUMB);
                if (!discretize) {
                    Set<Integer> colours = new HashSet<>();
                    for (int p = 0; p < HeatmapPainter.DENSITY * HeatmapPainter.DENSITY; p++) colours.add(rgb(pictures.output, p));
                    assertNotEquals(1, colours.size(), "a random network's output is not one flat colour");
                }
            }
        }
    }

    private static void assertOpaque(byte[] rgba, int pixels) {
        assertEquals(pixels * 4, rgba.length);
        for (int p = 0; p < pixels; p++) assertEquals((byte) 255, rgba[p * 4 + 3], "pixel " + p + " painted");
    }

    private static int rgb(byte[] rgba, int p) {
        return (rgba[p * 4] & 255) << 16 | (rgba[p * 4 + 1] & 255) << 8 | (rgba[p * 4 + 2] & 255);
    }
}
