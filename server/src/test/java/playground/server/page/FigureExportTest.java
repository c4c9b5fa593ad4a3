package playground.server.page;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.Base64;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;
import playground.server.testing.ServerAndBrowser;

/**
 * The experiment as a figure (docs/page.md): the PNG at twice the figure's size showing the same
 * output picture as the page, the SVG with a picture per neuron, a path per link, the loss lines
 * and the settings in words, and printing that gives one A4 page with only the figure. The
 * pictures, the SVG in Chromium and the print preview are kept in target/figure/ to look at.
 */
class FigureExportTest {
    @RegisterExtension
    static final ServerAndBrowser SITE = new ServerAndBrowser();
    private static final String SVG = "http://www.w3.org/2000/svg";
    private static final Path SHOTS = Paths.get("target", "figure");
    private static PlaygroundPage page;

    @BeforeAll
    static void start() {
        page = new PlaygroundPage(SITE);
    }

    @Test
    void thePngIsTwiceTheFigureAndShowsTheNetworkAndThePagesOutputPicture() throws Exception {
        page.open("theme=light", "dataset=xor&hiddenLayers=4,2&learningRate=0.03");
        page.trainTo(30);
        page.catchDownloads();
        page.click("#export-figure-svg");
        Document svg = parse(page.downloadText("playground-figure.svg"));
        page.click("#export-figure-png");
        byte[] png = page.downloadBytes("playground-figure.png");
        save("figure.png", png);
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));

        Element root = svg.getDocumentElement();
        assertEquals(2 * Double.parseDouble(root.getAttribute("width")), image.getWidth(), "twice the CSS width");
        assertEquals(2 * Double.parseDouble(root.getAttribute("height")), image.getHeight(), "twice the CSS height");

        // the output region shows the page's output picture, scaled (the points sit on top of it)
        Element picture = svg.getElementById("figure-output-picture");
        double px = number(picture, "x");
        double py = number(picture, "y");
        double side = number(picture, "width");
        @SuppressWarnings("unchecked")
        List<Number> canvas = (List<Number>) page.js("const c = document.querySelector('#output-canvas');"
                + "return Array.from(c.getContext('2d').getImageData(0, 0, c.width, c.height).data);");
        int cells = (int) Math.round(Math.sqrt(canvas.size() / 4.0));
        int same = 0;
        int samples = 0;
        for (int row = 2; row < cells; row += 5) {
            for (int col = 2; col < cells; col += 5) {
                int i = (row * cells + col) * 4;
                int rgb = image.getRGB((int) (2 * ((col + 0.5) / cells * side + px)),
                        (int) (2 * ((row + 0.5) / cells * side + py)));
                samples++;
                if (near(rgb, canvas.get(i).intValue(), canvas.get(i + 1).intValue(), canvas.get(i + 2).intValue())) {
                    same++;
                }
            }
        }
        assertTrue(same > samples * 0.8, same + " of " + samples + " samples match the page's output picture");
        assertTrue(colours(image, (int) (2 * px), (int) (2 * py), (int) (2 * side), (int) (2 * side)) > 20,
                "the output region is a picture, not a blank");

        // every hidden and output neuron shows its picture, and the links are drawn
        NodeList neurons = svg.getElementsByTagNameNS(SVG, "image");
        int painted = 0;
        for (int n = 0; n < neurons.getLength(); n++) {
            Element e = (Element) neurons.item(n);
            if (!"neuron".equals(e.getAttribute("class"))) continue;
            double cx = number(e, "x") + number(e, "width") / 2;
            double cy = number(e, "y") + number(e, "height") / 2;
            if ((image.getRGB((int) (2 * cx), (int) (2 * cy)) & 0xffffff) != 0xffffff) painted++;
        }
        assertEquals(2 + 4 + 2 + 1, painted, "a picture of its own in every neuron box");
        double diagramRight = number(picture, "x") - 40;
        assertTrue(colours(image, 0, 0, (int) (2 * diagramRight), image.getHeight() / 2) > 50,
                "the network region holds links and pictures");
    }

    @Test
    void theSvgHasANeuronPicturePerNeuronAPathPerLinkTheLossLinesAndTheSettings() throws Exception {
        page.open("theme=dark", "dataset=circle&features=x1,x2,x1sq&hiddenLayers=3,2&activation=relu"
                + "&learningRate=0.01&regularization=l2&regularizationRate=0.001&batchSize=12");
        page.trainTo(12);
        page.catchDownloads();
        page.click("#export-figure-svg");
        String text = page.downloadText("playground-figure.svg");
        save("figure.svg", text.getBytes(StandardCharsets.UTF_8));
        Document svg = parse(text);
        Element root = svg.getDocumentElement();

        assertEquals("0 0 " + root.getAttribute("width") + " " + root.getAttribute("height"),
                root.getAttribute("viewBox"), "the viewBox is the figure's size");
        assertEquals(3 + 3 + 2 + 1, classed(svg, "image", "neuron"), "one picture per neuron, the inputs included");
        assertEquals(3 * 3 + 3 * 2 + 2 * 1, svg.getElementById("figure-links").getElementsByTagNameNS(SVG, "path")
                .getLength(), "one path per link");
        NodeList lines = svg.getElementById("figure-loss-chart").getElementsByTagNameNS(SVG, "polyline");
        assertEquals(2, lines.getLength(), "test and training loss");
        for (int i = 0; i < 2; i++) {
            String points = ((Element) lines.item(i)).getAttribute("points");
            assertTrue(points.split(" ").length >= 10, "a line over the epochs: " + points);
        }
        for (int i = 0; i < neuronsOf(svg).getLength(); i++) {
            Element e = (Element) neuronsOf(svg).item(i);
            if ("neuron".equals(e.getAttribute("class"))) {
                assertTrue(e.getAttributeNS("http://www.w3.org/1999/xlink", "href").startsWith("data:image/png;base64,"),
                        "pictures are embedded");
            }
        }

        String settings = svg.getElementById("figure-settings").getTextContent();
        int epoch = page.epoch();
        for (String part : new String[] {"Data: Circle", "Features: X₁, X₂, X₁²", "Hidden layers: 3, 2",
                "Activation: ReLU", "Learning rate: 0.01", "Regularization: L2 0.001", "Batch size: 12",
                "Epoch: " + epoch, "Test loss: " + page.text("#test-loss"),
                "Training loss: " + page.text("#train-loss")}) {
            assertTrue(settings.contains(part), "'" + part + "' in the settings: " + settings);
        }

        // light and print-friendly in the dark theme too; and nothing that runs
        assertEquals("#ffffff", ((Element) root.getElementsByTagNameNS(SVG, "rect").item(0)).getAttribute("fill"));
        NodeList stops = svg.getElementById("figure-scale").getElementsByTagNameNS(SVG, "stop");
        assertEquals(List.of("#f59322", "#e8eaeb", "#0877bd"), List.of(((Element) stops.item(0)).getAttribute("stop-color"),
                ((Element) stops.item(1)).getAttribute("stop-color"), ((Element) stops.item(2)).getAttribute("stop-color")),
                "the colour scale of the light palette: orange, light grey, blue");
        assertEquals(0, svg.getElementsByTagNameNS(SVG, "script").getLength(), "no script");
        assertEquals(0, svg.getElementsByTagNameNS(SVG, "foreignObject").getLength(), "no HTML inside");
        assertFalse(Pattern.compile("\\son[a-z]+=|javascript:", Pattern.CASE_INSENSITIVE).matcher(text).find(),
                "no event handlers, no script links");

        // how it looks opened on its own in the browser
        page.browser().open("data:image/svg+xml;base64," + Base64.getEncoder().encodeToString(
                text.getBytes(StandardCharsets.UTF_8)));
        page.browser().screenshot(SHOTS.resolve("figure-svg-in-chromium.png"));
    }

    @Test
    void theSettingsLineIsInChinese() throws Exception {
        page.open("lang=zh", "dataset=spiral&hiddenLayers=2");
        page.trainTo(3);
        page.catchDownloads();
        page.click("#export-figure-svg");
        Document svg = parse(page.downloadText("playground-figure.svg"));
        String settings = svg.getElementById("figure-settings").getTextContent();
        assertTrue(settings.contains("隐藏层：2") && settings.contains("数据："), settings);
        assertTrue(svg.getElementById("figure-loss-chart").getTextContent().contains("测试损失"), "the chart's legend");
    }

    @Test
    void printingGivesOneA4PageWithTheFigureAndNoControls() throws Exception {
        page.open("theme=dark", "dataset=spiral&features=x1,x2,x1sq,x2sq,x1x2,sinx1,sinx2"
                + "&hiddenLayers=8,8,8,8,8,8");
        page.trainTo(5);
        try {
            page.devTools("Emulation.setEmulatedMedia", Map.of("media", "print"));
            page.waitUntil("!!document.querySelector('#print-figure svg')", 10_000, "the figure in the print box");
            assertTrue(page.shown("#print-figure svg"), "the figure is printed");
            for (String control : new String[] {"header.top", "#bar", "main.columns", "#about", "#export-panel"}) {
                assertFalse(page.shown(control), control + " is not printed");
            }
            double width = ((Number) page.js("return document.querySelector('#print-figure svg')"
                    + ".getBoundingClientRect().width")).doubleValue();
            assertTrue(width > 500, "the figure fills the page's width: " + width);
            assertEquals("exact", page.js("return getComputedStyle(document.querySelector('#print-figure'))"
                    .concat(".printColorAdjust")), "colours kept");
            page.browser().screenshot(SHOTS.resolve("print-preview.png"));

            byte[] pdf = Base64.getDecoder().decode((String) page.devTools("Page.printToPDF", Map.of(
                    "paperWidth", 8.27, "paperHeight", 11.69, "printBackground", true)).get("data"));
            save("print.pdf", pdf);
            assertEquals(1, pages(pdf), "one A4 page");
            assertTrue(new String(pdf, StandardCharsets.ISO_8859_1).contains("/Image"), "with the pictures");
        } finally {
            page.devTools("Emulation.setEmulatedMedia", Map.of("media", ""));
        }
    }

    @Test
    void theFigureButtonsFitAPhone() {
        try {
            page.browser().windowSize(360, 740);
            page.devTools("Emulation.setTouchEmulationEnabled", Map.of("enabled", true));
            page.open("");
            page.js("document.querySelector('#export-print').scrollIntoView({block: 'center'})");
            for (String button : new String[] {"#export-figure-png", "#export-figure-svg", "#export-print"}) {
                assertTrue(page.shown(button), button + " is offered");
                double right = ((Number) page.js("return document.querySelector(arguments[0])"
                        + ".getBoundingClientRect().right", button)).doubleValue();
                assertTrue(right <= 360, button + " fits the screen: " + right);
            }
            page.browser().screenshot(SHOTS.resolve("phone-export-buttons.png"));
        } finally {
            page.devTools("Emulation.setTouchEmulationEnabled", Map.of("enabled", false));
            page.browser().windowSize(1024, 768);
        }
    }

    /** Pages in a PDF: its page objects (not the page tree). */
    private static int pages(byte[] pdf) {
        Matcher m = Pattern.compile("/Type\\s*/Page(?![a-zA-Z])").matcher(new String(pdf, StandardCharsets.ISO_8859_1));
        int count = 0;
        while (m.find()) count++;
        return count;
    }

    private static NodeList neuronsOf(Document svg) {
        return svg.getElementById("figure-neurons").getElementsByTagNameNS(SVG, "image");
    }

    private static int classed(Document svg, String tag, String className) {
        NodeList all = svg.getElementsByTagNameNS(SVG, tag);
        int n = 0;
        for (int i = 0; i < all.getLength(); i++) {
            if (className.equals(((Element) all.item(i)).getAttribute("class"))) n++;
        }
        return n;
    }

    private static Document parse(String xml) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        Document d = factory.newDocumentBuilder().parse(new InputSource(new StringReader(xml)));
        markIds(d.getDocumentElement());
        return d;
    }

    /** Lets getElementById find the SVG's ids (a parser without a schema knows no ID attributes). */
    private static void markIds(Element e) {
        NamedNodeMap attributes = e.getAttributes();
        if (attributes.getNamedItem("id") != null) e.setIdAttribute("id", true);
        NodeList children = e.getChildNodes();
        for (int i = 0; i < children.getLength(); i++) {
            if (children.item(i) instanceof Element) markIds((Element) children.item(i));
        }
    }

    private static double number(Element e, String attribute) {
        return Double.parseDouble(e.getAttribute(attribute));
    }

    private static boolean near(int rgb, int r, int g, int b) {
        return Math.abs(((rgb >> 16) & 255) - r) <= 12 && Math.abs(((rgb >> 8) & 255) - g) <= 12
                && Math.abs((rgb & 255) - b) <= 12;
    }

    /** How many different colours (to 4 bits a channel) a region of the image holds. */
    private static int colours(BufferedImage image, int x, int y, int width, int height) {
        Set<Integer> seen = new HashSet<>();
        for (int j = Math.max(0, y); j < Math.min(image.getHeight(), y + height); j++) {
            for (int i = Math.max(0, x); i < Math.min(image.getWidth(), x + width); i++) {
                seen.add(image.getRGB(i, j) & 0xf0f0f0);
            }
        }
        return seen.size();
    }

    private static void save(String name, byte[] bytes) {
        try {
            Files.createDirectories(SHOTS);
            Files.write(SHOTS.resolve(name), bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
