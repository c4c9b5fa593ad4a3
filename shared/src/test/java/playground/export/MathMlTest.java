package playground.export;

import static org.junit.jupiter.api.Assertions.*;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;
import playground.nn.Feature;
import playground.nn.Network;
import playground.nn.OutputKind;
import playground.train.TrainingRun;

/** The "show the maths" panel: the network as well-formed MathML with its current, rounded numbers. */
class MathMlTest {
    static final String MINUS = "\u2212";

    static List<Runs.Named> runs() {
        return Runs.all();
    }

    static Element parse(String xml) {
        try {
            DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
            f.setNamespaceAware(true);
            return f.newDocumentBuilder().parse(new InputSource(new StringReader(xml))).getDocumentElement();
        } catch (Exception e) {
            throw new AssertionError("not well-formed XML: " + e.getMessage() + "\n" + xml, e);
        }
    }

    static List<Element> children(Element e) {
        List<Element> list = new ArrayList<>();
        for (Node n = e.getFirstChild(); n != null; n = n.getNextSibling()) if (n instanceof Element) list.add((Element) n);
        return list;
    }

    static List<Element> all(Element e, String tag) {
        NodeList nodes = e.getElementsByTagNameNS(MathMlElements.NAMESPACE, tag);
        List<Element> list = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) list.add((Element) nodes.item(i));
        return list;
    }

    static MathMl.Block block(List<MathMl.Block> blocks, String kind, int layer) {
        for (MathMl.Block b : blocks) if (b.kind.equals(kind) && b.layer == layer) return b;
        return null;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("runs")
    void everyBlockIsOneWellFormedMathElement(Runs.Named named) {
        for (MathMl.Block b : MathMl.blocks(named.run)) {
            Element math = parse(b.mathml);
            assertEquals("math", math.getLocalName());
            assertEquals(MathMlElements.NAMESPACE, math.getNamespaceURI());
            assertEquals("block", math.getAttribute("display"));
            assertFalse(b.mathml.contains("<mo>+</mo><mo>" + MINUS + "</mo>"), "never + −: " + b.mathml);
        }
        Element all = parse("<div>" + MathMl.of(named.run) + "</div>");
        assertEquals(MathMl.blocks(named.run).size(), children(all).size());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("runs")
    void theFeatureVectorHasOneEntryPerFeatureInTheRunsOrder(Runs.Named named) {
        Feature[] features = named.run.features;
        Element math = parse(MathMl.blocks(named.run).get(0).mathml);
        assertEquals("features", MathMl.blocks(named.run).get(0).kind);
        Element vector = children(children(children(math).get(0)).get(2)).get(0); // math > mrow > msup > mrow
        List<Element> entries = new ArrayList<>();
        for (Element e : children(vector)) if (!e.getLocalName().equals("mo")) entries.add(e);
        assertEquals(features.length, entries.size());
        for (int i = 0; i < features.length; i++) {
            assertEquals(featureText(features[i]), entries.get(i).getTextContent(), "feature " + i);
        }
    }

    private static String featureText(Feature f) {
        switch (f) {
            case X1: return "x1";
            case X2: return "x2";
            case X1SQ: return "x12";
            case X2SQ: return "x22";
            case X1X2: return "x1\u2062x2";
            case SINX1: return "sin\u2061(x1)";
            case SINX2: return "sin\u2061(x2)";
            case COSX1: return "cos\u2061(x1)";
            default: return "cos\u2061(x2)";
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("runs")
    void eachNeuronsEquationWritesItsLiveWeightsAndBiasWithSigns(Runs.Named named) {
        Network net = named.run.network;
        List<MathMl.Block> blocks = MathMl.blocks(named.run);
        if (!MathMl.perNeuron(net)) {
            assertNull(block(blocks, "neurons", 1), "no equation per neuron for a large network");
            return;
        }
        for (int l = 1; l < net.layers(); l++) {
            Element table = children(parse(block(blocks, "neurons", l).mathml)).get(0);
            List<Element> rows = children(table);
            boolean softmax = l == net.layers() - 1 && net.outputKind == OutputKind.SOFTMAX;
            assertEquals(net.size(l) + (softmax ? 1 : 0), rows.size(), "one row per neuron of layer " + l);
            for (int j = 0; j < net.size(l); j++) {
                List<Element> equation = children(children(children(rows.get(j)).get(0)).get(0));
                Element sum = equation.get(equation.size() - 1);
                assertEquals(expectedTerms(net, l, j), terms(sum), "layer " + l + " neuron " + (j + 1));
            }
        }
    }

    /** The signed, rounded numbers a neuron's equation should show: live weights in order, then the bias. */
    private static List<String> expectedTerms(Network net, int l, int j) {
        List<String> terms = new ArrayList<>();
        int row = net.weightStart(l) + j * net.size(l - 1);
        for (int i = 0; i < net.size(l - 1); i++) {
            if (!net.dead[row + i]) terms.add(signed(net.weights[row + i], terms.isEmpty()));
        }
        double b = net.biases[net.nodeStart(l) + j];
        if (terms.isEmpty() || b != 0) terms.add(signed(b, terms.isEmpty()));
        return terms;
    }

    private static String signed(double v, boolean first) {
        DisplayNumber n = DisplayNumber.of(v, MathMl.DIGITS);
        String magnitude = n.exponent == 0 ? n.mantissa : n.mantissa + "\u00d710" + (n.exponent < 0 ? MINUS + -n.exponent : "" + n.exponent);
        return (n.negative ? MINUS : first ? "" : "+") + magnitude;
    }

    /** The sign operators and magnitudes among the direct children of an equation's sum. */
    private static List<String> terms(Element sum) {
        List<String> terms = new ArrayList<>();
        String sign = "";
        for (Element e : children(sum)) {
            String text = e.getTextContent();
            boolean isSign = e.getLocalName().equals("mo") && (text.equals("+") || text.equals(MINUS));
            boolean isNumber = e.getLocalName().equals("mn") || e.getLocalName().equals("mrow") && text.contains("\u00d7");
            if (isSign) sign = text;
            if (isNumber) {
                terms.add(sign + text);
                sign = "";
            }
        }
        return terms;
    }

    @Test
    void linksRemovedByL1AreLeftOutOfTheEquationsAndGreyZerosInTheMatrices() {
        TrainingRun run = Runs.withDeadLinks();
        Network net = run.network;
        List<MathMl.Block> blocks = MathMl.blocks(run);
        int deadZeros = 0;
        int products = 0;
        for (int l = 1; l < net.layers(); l++) {
            for (Element mn : all(parse(block(blocks, "matrix", l).mathml), "mn")) {
                if (mn.getAttribute("class").equals("dead")) deadZeros++;
            }
            for (Element row : children(children(parse(block(blocks, "neurons", l).mathml)).get(0))) {
                List<Element> equation = children(children(children(row).get(0)).get(0));
                for (Element e : children(equation.get(equation.size() - 1))) {
                    if (e.getLocalName().equals("mo") && e.getTextContent().equals("\u2062")) products++;
                }
            }
        }
        assertEquals(Runs.deadLinks(net), deadZeros);
        assertEquals(net.weights.length - Runs.deadLinks(net), products, "one weight × input per live link");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("runs")
    void theMatrixFormHasEveryWeightAndBiasOfEachLayer(Runs.Named named) {
        Network net = named.run.network;
        List<MathMl.Block> blocks = MathMl.blocks(named.run);
        for (int l = 1; l < net.layers(); l++) {
            Element math = parse(block(blocks, "matrix", l).mathml);
            List<Element> tables = all(math, "mtable");
            assertEquals(2, tables.size(), "W and b");
            List<Element> rows = children(tables.get(0));
            assertEquals(net.size(l), rows.size());
            for (int j = 0; j < rows.size(); j++) {
                List<Element> cells = children(rows.get(j));
                assertEquals(net.size(l - 1), cells.size());
                for (int i = 0; i < cells.size(); i++) {
                    int w = net.weightStart(l) + j * net.size(l - 1) + i;
                    String expected = net.dead[w] ? "0" : signed(net.weights[w], true);
                    assertEquals(expected, cells.get(i).getTextContent(), "W" + l + "[" + j + "][" + i + "]");
                }
                assertEquals(signed(net.biases[net.nodeStart(l) + j], true), children(tables.get(1)).get(j).getTextContent());
            }
            String function = l < net.layers() - 1 ? MathMlElements.functionName(net.activation)
                    : net.outputKind == OutputKind.TANH ? "tanh" : net.outputKind == OutputKind.SOFTMAX ? "softmax" : null;
            String text = math.getTextContent();
            if (function != null) assertTrue(text.contains("=" + function + "\u2061("), text);
            else assertFalse(text.contains("\u2061("), "a linear layer applies no function: " + text);
        }
    }

    @Test
    void largeNetworksGetOnlyTheMatrixForm() {
        TrainingRun run = Runs.trained("{\"hiddenLayers\":[8,8,8],\"points\":100}", 1);
        List<String> kinds = new ArrayList<>();
        for (MathMl.Block b : MathMl.blocks(run)) kinds.add(b.kind + b.layer);
        assertEquals(List.of("features0", "functions0", "matrix1", "matrix2", "matrix3", "matrix4"), kinds);
        TrainingRun small = Runs.trained("{\"hiddenLayers\":[8,8,3],\"points\":100}", 1);
        assertNotNull(block(MathMl.blocks(small), "neurons", 4), "8 + 8 + 3 + 1 = 20 neurons still get equations");
    }

    @Test
    void theFunctionsUsedAreDefined() {
        String leaky = block(MathMl.blocks(Runs.trained("{\"activation\":\"leakyrelu\",\"points\":100}", 0)), "functions", 0).mathml;
        String text = parse(leaky).getTextContent();
        assertTrue(text.contains("LeakyReLU\u2061(z)=max(0.01\u2062z,z)"), text);
        assertTrue(text.contains("tanh\u2061(z)="), "the tanh output is defined too: " + text);
        String softmax = parse(block(MathMl.blocks(Runs.trained("{\"dataset\":\"gauss\",\"classes\":4,\"points\":100,\"activation\":\"tanh\"}", 0)),
                "functions", 0).mathml).getTextContent();
        assertTrue(softmax.contains("c=0,\u2026,3"), softmax);
        assertEquals(1, count(softmax, "tanh\u2061(z)="), "tanh once");
        assertNull(block(MathMl.blocks(Runs.trained("{\"problem\":\"regression\",\"dataset\":\"plane\",\"activation\":\"linear\",\"points\":100}", 0)),
                "functions", 0), "a linear network with a linear output needs no definitions");
    }

    private static int count(String s, String part) {
        int n = 0;
        for (int i = s.indexOf(part); i >= 0; i = s.indexOf(part, i + 1)) n++;
        return n;
    }

    @Test
    void textIsEscaped() {
        assertEquals("a&lt;b&amp;c&gt;&quot;&#39;\ufffd", Xml.escape("a<b&c>\"'\u0001"));
        StringBuilder sb = new StringBuilder();
        MathMlElements.mi(sb, "x<&");
        assertEquals("<mi>x&lt;&amp;</mi>", sb.toString());
        assertEquals("x<&", parse(sb.toString()).getTextContent());
    }

    @Test
    void theSameRunGivesTheSameMarkup() {
        assertEquals(MathMl.of(Runs.trained("{\"points\":100}", 3)), MathMl.of(Runs.trained("{\"points\":100}", 3)));
    }
}
