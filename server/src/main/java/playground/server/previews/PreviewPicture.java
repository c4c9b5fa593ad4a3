package playground.server.previews;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import javax.imageio.ImageIO;
import playground.data.Dataset;
import playground.nn.Feature;
import playground.nn.Network;
import playground.picture.HeatmapPainter;
import playground.picture.Palette;
import playground.server.http.LinkPreview;
import playground.train.TrainingRun;

/**
 * The picture a link preview shows (Open Graph's {@code og:image}, oEmbed's thumbnail): the
 * network on the left, every neuron with its picture and the links coloured and sized by weight,
 * and the output picture with the training data on the right — painted by the core's own
 * {@link HeatmapPainter} and {@link Palette}, so a preview looks like the page.
 *
 * <p>The output picture is the 100 × 100 grid enlarged six times without smoothing: every pixel
 * shows exactly the colour of the network's output at its grid point.
 */
public final class PreviewPicture {
    public static final int WIDTH = LinkPreview.IMAGE_WIDTH;
    public static final int HEIGHT = LinkPreview.IMAGE_HEIGHT;
    /** Each grid point of the output picture becomes a SCALE × SCALE square. */
    static final int SCALE = 6;
    static final int OUTPUT_SIZE = HeatmapPainter.DENSITY * SCALE;
    static final int OUTPUT_LEFT = WIDTH - OUTPUT_SIZE - 15;
    static final int OUTPUT_TOP = (HEIGHT - OUTPUT_SIZE) / 2;
    private static final int NETWORK_LEFT = 40;
    private static final int NETWORK_RIGHT = OUTPUT_LEFT - 60;
    private static final int NODE = 44;

    private PreviewPicture() {}

    /** The preview of a run as it is now (trained or not), as PNG bytes. */
    public static byte[] png(TrainingRun run, boolean showTestData, boolean discretize, boolean colorblind) {
        BufferedImage image = paint(run, showTestData, discretize, colorblind);
        ByteArrayOutputStream out = new ByteArrayOutputStream(200_000);
        try {
            ImageIO.write(image, "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException("writing to memory does not fail", e);
        }
        return out.toByteArray();
    }

    static BufferedImage paint(TrainingRun run, boolean showTestData, boolean discretize, boolean colorblind) {
        Palette palette = Palette.of(colorblind, false);
        HeatmapPainter pictures = new HeatmapPainter(run.network, run.features);
        int classes = run.config.isRegression() ? 0 : run.config.classes;
        pictures.paint(palette, discretize, Math.max(2, classes));

        BufferedImage image = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, WIDTH, HEIGHT);
            drawNetwork(g, run.network, run.features, pictures, palette);
            drawOutput(image, pictures.output);
            drawPoints(g, run.train, classes, palette, Color.WHITE);
            if (showTestData) drawPoints(g, run.test, classes, palette, Color.BLACK);
        } finally {
            g.dispose();
        }
        return image;
    }

    private static void drawOutput(BufferedImage image, byte[] rgba) {
        int density = HeatmapPainter.DENSITY;
        for (int row = 0; row < density; row++) {
            for (int col = 0; col < density; col++) {
                int i = (row * density + col) * 4;
                int rgb = ((rgba[i] & 255) << 16) | ((rgba[i + 1] & 255) << 8) | (rgba[i + 2] & 255);
                int x0 = OUTPUT_LEFT + col * SCALE;
                int y0 = OUTPUT_TOP + row * SCALE;
                for (int y = y0; y < y0 + SCALE; y++) {
                    for (int x = x0; x < x0 + SCALE; x++) image.setRGB(x, y, rgb);
                }
            }
        }
    }

    /** The pixel of the output picture at a point of the plane (x1 and x2 in [-6, 6]). */
    static double pixelX(double x1) {
        return OUTPUT_LEFT + (x1 + Dataset.DOMAIN) / (2 * Dataset.DOMAIN) * OUTPUT_SIZE;
    }

    static double pixelY(double x2) {
        return OUTPUT_TOP + (Dataset.DOMAIN - x2) / (2 * Dataset.DOMAIN) * OUTPUT_SIZE;
    }

    private static void drawPoints(Graphics2D g, Dataset data, int classes, Palette palette, Color ring) {
        double r = 5;
        g.setStroke(new BasicStroke(1.5f));
        for (int i = 0; i < data.size(); i++) {
            Ellipse2D dot = new Ellipse2D.Double(pixelX(data.x1[i]) - r, pixelY(data.x2[i]) - r, 2 * r, 2 * r);
            g.setColor(new Color(palette.labelRgb(data.label[i], classes)));
            g.fill(dot);
            g.setColor(ring);
            g.draw(dot);
        }
    }

    /**
     * Columns of neurons from the inputs (the chosen features' pictures) to the output, each
     * neuron its picture, links drawn first so the pictures sit on top.
     */
    private static void drawNetwork(Graphics2D g, Network net, Feature[] features, HeatmapPainter pictures,
            Palette palette) {
        int layers = net.layers();
        double[][] centreX = new double[layers][];
        double[][] centreY = new double[layers][];
        for (int l = 0; l < layers; l++) {
            int n = net.size(l);
            centreX[l] = new double[n];
            centreY[l] = new double[n];
            double x = layers == 1 ? NETWORK_LEFT : NETWORK_LEFT + NODE / 2.0
                    + (NETWORK_RIGHT - NETWORK_LEFT - NODE) * (double) l / (layers - 1);
            double gap = Math.min(NODE + 16, (HEIGHT - 40.0) / n);
            double top = HEIGHT / 2.0 - gap * (n - 1) / 2.0;
            for (int k = 0; k < n; k++) {
                centreX[l][k] = x;
                centreY[l][k] = top + gap * k;
            }
        }
        double largest = 1e-9;
        for (double w : net.weights) largest = Math.max(largest, Math.abs(w));
        for (int l = 1; l < layers; l++) {
            int from = net.size(l - 1);
            for (int j = 0; j < net.size(l); j++) {
                for (int i = 0; i < from; i++) {
                    double w = net.weights[net.weightStart(l) + j * from + i];
                    if (w != w) continue;
                    g.setColor(new Color(palette.rgb(w / largest)));
                    g.setStroke(new BasicStroke((float) (0.5 + 5 * Math.min(1, Math.abs(w) / largest))));
                    g.draw(new Line2D.Double(centreX[l - 1][i], centreY[l - 1][i], centreX[l][j], centreY[l][j]));
                }
            }
        }
        byte[] featurePictures = HeatmapPainter.features(palette);
        int thumb = HeatmapPainter.THUMB;
        int size = thumb * thumb * 4;
        for (int k = 0; k < features.length; k++) {
            drawThumb(g, featurePictures, features[k].ordinal() * size, centreX[0][k], centreY[0][k]);
        }
        for (int node = pictures.firstNode(); node < net.nodeCount(); node++) {
            int l = layerOf(net, node);
            int k = node - net.nodeStart(l);
            drawThumb(g, pictures.thumbs, (node - pictures.firstNode()) * size, centreX[l][k], centreY[l][k]);
        }
    }

    private static int layerOf(Network net, int node) {
        int l = 0;
        while (node >= net.nodeStart(l + 1)) l++;
        return l;
    }

    private static void drawThumb(Graphics2D g, byte[] rgba, int offset, double cx, double cy) {
        int thumb = HeatmapPainter.THUMB;
        BufferedImage picture = new BufferedImage(thumb, thumb, BufferedImage.TYPE_INT_RGB);
        for (int p = 0; p < thumb * thumb; p++) {
            int i = offset + p * 4;
            picture.setRGB(p % thumb, p / thumb,
                    ((rgba[i] & 255) << 16) | ((rgba[i + 1] & 255) << 8) | (rgba[i + 2] & 255));
        }
        int x = (int) Math.round(cx - NODE / 2.0);
        int y = (int) Math.round(cy - NODE / 2.0);
        g.drawImage(picture, x, y, NODE, NODE, null);
        g.setColor(new Color(0x5f6368));
        g.setStroke(new BasicStroke(1f));
        g.drawRect(x, y, NODE, NODE);
    }
}
