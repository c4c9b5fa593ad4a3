package playground.client.lessons;

import org.teavm.jso.canvas.CanvasRenderingContext2D;
import org.teavm.jso.dom.html.HTMLCanvasElement;
import org.teavm.jso.dom.html.HTMLElement;
import org.teavm.jso.typedarrays.Int8Array;
import playground.client.ui.Canvases;
import playground.client.ui.Dom;
import playground.data.Dataset;
import playground.nn.Heatmap;
import playground.picture.Palette;
import playground.train.TrainingRun;

/**
 * A classification network's output over the square [-6, 6]², as the playground shows it:
 * orange to blue by the output, with the training points on top. The core's {@link Heatmap}
 * evaluates the network on the grid.
 */
final class OutputPicture {
    private static final int DENSITY = 40;

    final HTMLCanvasElement canvas;
    private final HTMLCanvasElement grid = Dom.canvas(null, null, DENSITY, DENSITY);
    private final byte[] pixels = new byte[DENSITY * DENSITY * 4];
    private Heatmap heatmap;
    private float[][] values;

    OutputPicture(HTMLElement parent) {
        canvas = Dom.canvas(parent, "output-picture", 200, 200);
    }

    void draw(TrainingRun run, Palette palette) {
        if (heatmap == null || values.length != run.network.nodeCount()) {
            heatmap = new Heatmap(run.features, DENSITY, -6, 6);
            values = new float[run.network.nodeCount()][];
        }
        int out = run.network.outputStart();
        if (values[out] == null) values[out] = new float[heatmap.cells()];
        heatmap.evaluate(run.network, values);
        for (int c = 0; c < heatmap.cells(); c++) Palette.put(palette.rgb(values[out][c]), pixels, c * 4);
        Canvases.put(grid, Int8Array.copyFromJavaArray(pixels), 0, DENSITY);
        double ratio = Dom.pixelRatio();
        int size = (int) Math.round(canvas.getClientWidth() * ratio);
        if (size <= 0) return;
        if (canvas.getWidth() != size) {
            canvas.setWidth(size);
            canvas.setHeight(size);
        }
        CanvasRenderingContext2D g = canvas.getContext("2d").cast();
        g.drawImage(grid, 0, 0, size, size);
        Dataset data = run.train;
        String edge = palette.dark ? "rgba(0,0,0,0.6)" : "rgba(255,255,255,0.9)";
        for (int i = 0; i < data.size(); i++) {
            double x = (data.x1[i] + 6) / 12 * size;
            double y = (6 - data.x2[i]) / 12 * size;
            g.beginPath();
            g.arc(x, y, 2.2 * ratio, 0, Math.PI * 2);
            g.setFillStyle(Palette.css(palette.labelRgb(data.label[i], 2)));
            g.fill();
            g.setStrokeStyle(edge);
            g.setLineWidth(ratio);
            g.stroke();
        }
    }
}
