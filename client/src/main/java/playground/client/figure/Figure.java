package playground.client.figure;

import java.util.ArrayList;
import java.util.List;
import org.teavm.jso.JSBody;
import playground.client.engine.DiagramLayout;
import playground.client.engine.Frame;
import playground.client.engine.Points;
import playground.client.engine.TrainingHistory;
import playground.client.ui.ChartScale;
import playground.client.ui.I18n;
import playground.client.ui.LineChart;
import playground.config.Config;
import playground.config.ViewOptions;
import playground.nn.Activation;
import playground.nn.Feature;
import playground.nn.Network;
import playground.nn.OutputKind;
import playground.picture.Palette;

/**
 * The experiment as one SVG figure, in CSS pixels: the network diagram on the left (inputs,
 * hidden neurons and outputs with their pictures, links as wide and coloured as on the page), the
 * output picture with the data and the loss chart on the right, the settings in words below. Always
 * on white with dark text, and the pictures in the light palette: a figure goes on slides and
 * paper, where the page's dark theme would only cost ink.
 */
public final class Figure {
    public static final double WIDTH = 960;
    private static final double MARGIN = 24;
    /** Room above the diagram and the picture for the column heads. */
    private static final double HEAD = 30;
    private static final double NODE = 30;
    private static final double NODE_STEP = 40;
    /** Room left of the inputs for their names. */
    private static final double LABELS = 58;
    private static final double DIAGRAM_RIGHT = 580;
    private static final double PICTURE = 300;
    private static final double PICTURE_X = WIDTH - MARGIN - PICTURE;
    private static final double CHART_GAP = 52;
    private static final double CHART_HEIGHT = 80;
    private static final double CHART_PAD = 4;
    /** Room under the chart for its epoch labels. */
    private static final double AXIS_TEXT = 16;
    private static final double LINE = 18;
    private static final String FONT = "system-ui, -apple-system, 'Segoe UI', Roboto, 'Noto Sans', "
            + "'Noto Sans CJK SC', 'PingFang SC', 'Microsoft YaHei', sans-serif";
    private static final String SETTINGS_FONT_SIZE = "13";
    private static final String INK = "#1f2328";
    private static final String MUTED = "#6a737d";
    private static final String TRAIN_LINE = "#a0a6ad";
    private static final String RULE = "#d0d7de";

    private final Config config;
    private final ViewOptions view;
    private final Frame frame;
    private final Points points;
    private final TrainingHistory history;
    private final I18n i18n;
    private final Palette palette;
    private final Network net;
    private final DiagramLayout diagram = new DiagramLayout();
    private final FigurePictures pictures;
    private final List<String> settingLines;
    private final double bodyHeight;
    private final double height;

    /** The figure of this experiment after {@code frame} (null before the first frame). */
    public Figure(Config config, ViewOptions view, Frame frame, Points points, TrainingHistory history, I18n i18n) {
        this.config = config;
        this.view = view;
        this.frame = frame;
        this.points = points;
        this.history = history;
        this.i18n = i18n;
        palette = Palette.of(view.colorblind, false);
        Feature[] inputs = Feature.byNames(config.features);
        int[] sizes = new int[config.hiddenLayers.length + 2];
        sizes[0] = inputs.length;
        System.arraycopy(config.hiddenLayers, 0, sizes, 1, config.hiddenLayers.length);
        sizes[sizes.length - 1] = config.numOutputs();
        net = new Network(sizes, Activation.byName(config.activation),
                OutputKind.of(config.isRegression(), config.classes));
        pictures = new FigurePictures(net, inputs, frame, palette, view.discretize, config.classes);
        int rows = 0;
        for (int s : sizes) rows = Math.max(rows, s);
        double diagramHeight = (rows - 1) * NODE_STEP + NODE;
        bodyHeight = Math.max(HEAD + diagramHeight, HEAD + PICTURE + CHART_GAP + CHART_HEIGHT + AXIS_TEXT);
        place(sizes);
        settingLines = wrap(FigureSettings.parts(config, frame, i18n), WIDTH - 2 * MARGIN);
        height = MARGIN + bodyHeight + 28 + (settingLines.size() - 1) * LINE + MARGIN;
    }

    /** The height in CSS pixels (the width is {@link #WIDTH}). */
    public double height() {
        return Math.ceil(height);
    }

    /** Where every neuron and link goes: columns spread evenly, each centred on the tallest. */
    private void place(int[] sizes) {
        int count = net.weights.length;
        int[] weightIndex = new int[count];
        int k = 0;
        for (int l = 1; l < sizes.length; l++) {
            for (int j = 0; j < sizes[l]; j++) {
                for (int i = 0; i < sizes[l - 1]; i++) weightIndex[k++] = net.weightStart(l) + j * sizes[l - 1] + i;
            }
        }
        diagram.build(weightIndex, net.nodeCount());
        double left = MARGIN + LABELS;
        double step = columnStep();
        for (int l = 0; l < sizes.length; l++) {
            double top = (bodyHeight - HEAD - (sizes[l] - 1) * NODE_STEP - NODE) / 2 + MARGIN + HEAD;
            for (int j = 0; j < sizes[l]; j++) {
                diagram.placeNode(net.nodeStart(l) + j, step * l + left, NODE_STEP * j + top, NODE);
            }
        }
        k = 0;
        for (int l = 1; l < sizes.length; l++) {
            for (int j = 0; j < sizes[l]; j++) {
                int to = net.nodeStart(l) + j;
                for (int i = 0; i < sizes[l - 1]; i++) {
                    int from = net.nodeStart(l - 1) + i;
                    diagram.placeLink(k++, diagram.nodeX[from] + NODE, diagram.nodeY[from] + NODE / 2,
                            diagram.nodeX[to], diagram.nodeY[to] + NODE / 2);
                }
            }
        }
    }

    /** The distance between the diagram's columns. */
    private double columnStep() {
        return (DIAGRAM_RIGHT - NODE - MARGIN - LABELS) / (net.layers() - 1);
    }

    /** The figure as a standalone SVG document (no script, no outside resources). */
    public String svg() {
        Svg s = new Svg();
        double h = height();
        s.open("svg", "xmlns", "http://www.w3.org/2000/svg", "xmlns:xlink", "http://www.w3.org/1999/xlink",
                "width", WIDTH, "height", h, "viewBox", "0 0 " + Svg.num(WIDTH) + " " + Svg.num(h),
                "font-family", FONT, "fill", INK, "lang", i18n.language());
        s.text("title", i18n.t("figure.title"));
        s.empty("rect", "width", WIDTH, "height", h, "fill", "#ffffff");
        links(s);
        neurons(s);
        output(s);
        lossChart(s);
        legend(s);
        settings(s);
        return s.close("svg").toString();
    }

    private void links(Svg s) {
        s.open("g", "id", "figure-links", "fill", "none", "stroke-linecap", "round");
        double[] e = diagram.ends;
        for (int k = 0; k < diagram.links(); k++) {
            double w = frame == null || frame.weights.length != net.weights.length ? 0
                    : frame.weights[diagram.weightIndex[k]];
            double middle = (e[4 * k] + e[4 * k + 2]) / 2;
            String d = "M" + Svg.num(e[4 * k]) + " " + Svg.num(e[4 * k + 1]) + "C" + Svg.num(middle) + " "
                    + Svg.num(e[4 * k + 1]) + " " + Svg.num(middle) + " " + Svg.num(e[4 * k + 3]) + " "
                    + Svg.num(e[4 * k + 2]) + " " + Svg.num(e[4 * k + 3]);
            s.empty("path", "d", d, "stroke", palette.css(DiagramLayout.linkShade(w)),
                    "stroke-width", DiagramLayout.linkWidth(w));
        }
        s.close("g");
    }

    private void neurons(Svg s) {
        s.open("g", "id", "figure-neurons");
        int layers = net.layers();
        for (int l = 0; l < layers; l++) {
            int first = net.nodeStart(l);
            double x = diagram.nodeX[first] + NODE / 2;
            String head = l == 0 ? i18n.t("features.heading") : l == layers - 1 ? i18n.t("network.output")
                    : i18n.t(net.size(l) == 1 ? "network.neuron" : "network.neurons", net.size(l));
            if (l > 0 && l < layers - 1 && textWidth(head, "12px " + FONT) > columnStep() - 10) {
                head = Integer.toString(net.size(l)); // many layers: the count alone
            }
            s.text("text", head, "x", x, "y", MARGIN + 12, "text-anchor", "middle", "font-size", "12",
                    "fill", MUTED);
            for (int j = 0; j < net.size(l); j++) {
                int n = first + j;
                String picture = l == 0 ? pictures.feature(j) : pictures.neuron(n);
                double nx = diagram.nodeX[n];
                double ny = diagram.nodeY[n];
                s.empty("rect", "x", nx - 0.5, "y", ny - 0.5, "width", NODE + 1, "height", NODE + 1,
                        "fill", Palette.css(palette.neutral), "stroke", MUTED, "stroke-width", "1");
                s.empty("image", "class", "neuron", "data-node", n, "x", nx, "y", ny, "width", NODE, "height", NODE,
                        "preserveAspectRatio", "none", "xlink:href", picture);
                if (l == 0) {
                    s.text("text", config.features.length == 0 ? "" : Feature.byName(config.features[j]).label,
                            "x", nx - 6, "y", ny + NODE / 2 + 4, "text-anchor", "end", "font-size", "12");
                }
            }
        }
        s.close("g");
    }

    private void output(Svg s) {
        double top = MARGIN + HEAD;
        s.open("g", "id", "figure-output");
        s.empty("rect", "x", PICTURE_X, "y", top, "width", PICTURE, "height", PICTURE,
                "fill", Palette.css(palette.neutral));
        s.empty("image", "id", "figure-output-picture", "x", PICTURE_X, "y", top, "width", PICTURE, "height", PICTURE,
                "preserveAspectRatio", "none", "xlink:href", pictures.output());
        if (points != null) {
            pointSet(s, "train-points", points.trainX1, points.trainX2, points.trainLabel, "#ffffff", top);
            if (view.showTestData) {
                pointSet(s, "test-points", points.testX1, points.testX2, points.testLabel, "#000000", top);
            }
        }
        s.empty("rect", "x", PICTURE_X, "y", top, "width", PICTURE, "height", PICTURE, "fill", "none",
                "stroke", RULE);
        String[] ticks = {"−6", "0", "6"};
        String[] anchors = {"start", "middle", "end"};
        for (int i = 0; i < 3; i++) {
            s.text("text", ticks[i], "x", PICTURE / 2 * i + PICTURE_X, "y", top + PICTURE + 14,
                    "text-anchor", anchors[i], "font-size", "11", "fill", MUTED);
        }
        s.close("g");
    }

    /**
     * The colours under the diagram: the scale from −1 to 1 (values, weights, a two-class
     * output), or a swatch per class when there are more.
     */
    private void legend(Svg s) {
        double y = MARGIN + bodyHeight - 4;
        double x = MARGIN;
        s.open("g", "id", "figure-legend", "font-size", "11", "fill", MUTED);
        int classes = config.isRegression() ? 0 : config.classes;
        if (classes > 2) {
            for (int k = 0; k < classes; k++) {
                s.empty("rect", "x", x, "y", y - 9, "width", 10, "height", 10,
                        "fill", Palette.css(palette.classRgb(k, classes)));
                String name = i18n.t("data.classN", k + 1);
                s.text("text", name, "x", x + 14, "y", y);
                x += textWidth(name, "11px " + FONT) + 28;
            }
        } else {
            s.open("linearGradient", "id", "figure-scale");
            s.empty("stop", "offset", "0", "stop-color", palette.css(-1.0));
            s.empty("stop", "offset", "0.5", "stop-color", palette.css(0.0));
            s.empty("stop", "offset", "1", "stop-color", palette.css(1.0));
            s.close("linearGradient");
            s.text("text", "−1", "x", x, "y", y);
            s.empty("rect", "x", x + 16, "y", y - 9, "width", 120, "height", 10, "fill", "url(#figure-scale)");
            s.text("text", "1", "x", x + 142, "y", y);
            s.text("text", i18n.t("figure.scale"), "x", x + 158, "y", y);
        }
        s.close("g");
    }

    /** Points as on the page: training points ringed in white, test points in black. */
    private void pointSet(Svg s, String id, double[] x1, double[] x2, double[] label, String ring, double top) {
        s.open("g", "id", "figure-" + id, "stroke", ring, "stroke-width", "1");
        for (int i = 0; i < x1.length; i++) {
            s.empty("circle", "cx", (x1[i] + 6) / 12 * PICTURE + PICTURE_X, "cy", (6 - x2[i]) / 12 * PICTURE + top,
                    "r", "3.3", "fill", Palette.css(palette.labelRgb(label[i], points.classes)));
        }
        s.close("g");
    }

    /** Test loss in the text colour, training loss in grey, as on the page. */
    private void lossChart(Svg s) {
        double top = MARGIN + HEAD + PICTURE + CHART_GAP;
        s.open("g", "id", "figure-loss-chart");
        double legendY = top - 10;
        String test = i18n.t("output.testLoss");
        String train = i18n.t("output.trainLoss");
        s.empty("line", "x1", PICTURE_X, "y1", legendY - 4, "x2", PICTURE_X + 16, "y2", legendY - 4,
                "stroke", INK, "stroke-width", "2");
        s.text("text", test, "x", PICTURE_X + 21, "y", legendY, "font-size", "12");
        double trainX = textWidth(test, "12px " + FONT) + PICTURE_X + 40;
        s.empty("line", "x1", trainX, "y1", legendY - 4, "x2", trainX + 16, "y2", legendY - 4,
                "stroke", TRAIN_LINE, "stroke-width", "2");
        s.text("text", train, "x", trainX + 21, "y", legendY, "font-size", "12");
        s.empty("rect", "x", PICTURE_X, "y", top, "width", PICTURE, "height", CHART_HEIGHT, "fill", "none",
                "stroke", RULE);
        int count = history.size();
        ChartScale scale = new ChartScale();
        scale.margins(CHART_PAD, CHART_PAD, CHART_PAD);
        scale.start(false);
        for (int i = 0; i < count; i++) {
            scale.include(history.test(i));
            scale.include(history.train(i));
        }
        if (count > 0 && scale.settle()) {
            int buckets = Math.max(1, Math.min(count, (int) (PICTURE / LineChart.BUCKET_CSS)));
            s.open("g", "transform", "translate(" + Svg.num(PICTURE_X) + " " + Svg.num(top) + ")", "fill", "none",
                    "stroke-width", "1.5", "stroke-linejoin", "round");
            polyline(s, "train", LineChart.polyline(history::train, count, buckets, scale, PICTURE, CHART_HEIGHT),
                    TRAIN_LINE);
            polyline(s, "test", LineChart.polyline(history::test, count, buckets, scale, PICTURE, CHART_HEIGHT), INK);
            s.close("g");
        }
        double below = top + CHART_HEIGHT + 14;
        s.text("text", i18n.t("output.epochN", 0), "x", PICTURE_X, "y", below, "font-size", "11", "fill", MUTED);
        s.text("text", i18n.t("output.epochN", Math.max(0, count - 1)), "x", PICTURE_X + PICTURE, "y", below,
                "text-anchor", "end", "font-size", "11", "fill", MUTED);
        s.close("g");
    }

    private static void polyline(Svg s, String name, double[] xy, String colour) {
        StringBuilder pointList = new StringBuilder();
        for (int i = 0; i + 1 < xy.length; i += 2) {
            if (i > 0) pointList.append(' ');
            pointList.append(Svg.num(xy[i])).append(',').append(Svg.num(xy[i + 1]));
        }
        s.empty("polyline", "class", name, "points", pointList.toString(), "stroke", colour);
    }

    private void settings(Svg s) {
        double top = MARGIN + bodyHeight + 28;
        s.empty("line", "x1", MARGIN, "y1", top - 18, "x2", WIDTH - MARGIN, "y2", top - 18, "stroke", RULE);
        s.open("text", "id", "figure-settings", "x", MARGIN, "y", top, "font-size", SETTINGS_FONT_SIZE);
        for (int i = 0; i < settingLines.size(); i++) {
            s.text("tspan", settingLines.get(i), "x", MARGIN, "y", LINE * i + top);
        }
        s.close("text");
    }

    /** The parts joined by separators, broken into lines no wider than {@code width} between parts. */
    private static List<String> wrap(List<String> parts, double width) {
        String font = SETTINGS_FONT_SIZE + "px " + FONT;
        List<String> lines = new ArrayList<>();
        String line = "";
        for (String part : parts) {
            String longer = line.isEmpty() ? part : line + FigureSettings.SEPARATOR + part;
            if (!line.isEmpty() && textWidth(longer, font) > width) {
                lines.add(line);
                line = part;
            } else {
                line = longer;
            }
        }
        lines.add(line);
        return lines;
    }

    /** The width of {@code text} in CSS pixels in this CSS font, as the browser lays it out. */
    @JSBody(params = {"text", "font"}, script = "const measure = document.createElement('canvas').getContext('2d');"
            + "measure.font = font; return measure.measureText(text).width;")
    private static native double textWidth(String text, String font);
}
