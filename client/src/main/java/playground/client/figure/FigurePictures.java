package playground.client.figure;

import org.teavm.jso.JSBody;
import org.teavm.jso.JSObject;
import org.teavm.jso.dom.html.HTMLCanvasElement;
import org.teavm.jso.typedarrays.Int8Array;
import playground.client.engine.Frame;
import playground.client.ui.Canvases;
import playground.client.ui.Dom;
import playground.client.ui.Js;
import playground.nn.Feature;
import playground.nn.Network;
import playground.picture.HeatmapPainter;
import playground.picture.Palette;

/**
 * The figure's pictures as PNG data URLs: every feature's, every hidden and output neuron's, and
 * the output picture. The neurons' are painted again from the frame's parameters in the
 * figure's palette (the worker paints in the page's theme, which may be dark), with the same
 * painter the worker uses, so that in the light theme they are the page's pixels exactly.
 */
final class FigurePictures {
    private final String[] features;
    private final String[] neurons;
    private final String output;

    /** Paints for {@code net} (its parameters are overwritten with the frame's); no neuron pictures without a fitting frame. */
    FigurePictures(Network net, Feature[] inputs, Frame frame, Palette palette, boolean discretize, int classes) {
        JSObject featurePixels = rgba(HeatmapPainter.features(palette));
        features = new String[inputs.length];
        for (int i = 0; i < inputs.length; i++) {
            features[i] = dataUrl(featurePixels, inputs[i].ordinal(), HeatmapPainter.THUMB);
        }
        neurons = new String[net.nodeCount()];
        if (frame == null || frame.weights.length != net.weights.length || frame.biases.length != net.biases.length) {
            output = null;
            return;
        }
        System.arraycopy(frame.weights, 0, net.weights, 0, net.weights.length);
        System.arraycopy(frame.biases, 0, net.biases, 0, net.biases.length);
        HeatmapPainter painter = new HeatmapPainter(net, inputs);
        painter.paint(palette, discretize, classes);
        JSObject thumbs = rgba(painter.thumbs);
        for (int n = painter.firstNode(); n < neurons.length; n++) {
            neurons[n] = dataUrl(thumbs, n - painter.firstNode(), HeatmapPainter.THUMB);
        }
        output = dataUrl(rgba(painter.output), 0, HeatmapPainter.DENSITY);
    }

    /** Input {@code i}'s picture. */
    String feature(int i) {
        return features[i];
    }

    /** Neuron {@code node}'s picture (a hidden or output neuron), or null without a frame. */
    String neuron(int node) {
        return neurons[node];
    }

    /** The output picture, or null without a frame. */
    String output() {
        return output;
    }

    /** Picture {@code index} of the {@code size} × {@code size} RGBA pictures in {@code pixels}, as a data URL. */
    private static String dataUrl(JSObject pixels, int index, int size) {
        HTMLCanvasElement canvas = Dom.canvas(null, null, size, size);
        Canvases.put(canvas, pixels, index, size);
        return pngUrl(canvas);
    }

    private static JSObject rgba(byte[] pixels) {
        return Js.clamped(Int8Array.copyFromJavaArray(pixels));
    }

    @JSBody(params = "canvas", script = "return canvas.toDataURL('image/png');")
    private static native String pngUrl(HTMLCanvasElement canvas);
}
