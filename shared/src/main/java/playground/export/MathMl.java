package playground.export;

import java.util.ArrayList;
import java.util.List;
import playground.config.Config;
import playground.nn.Network;
import playground.train.TrainingRun;

/**
 * The current network written as formulas with its current numbers, in MathML presentation
 * markup, for the "show the maths" panel (docs/page.md).
 *
 * <p>The formulas come as {@link Block blocks}, each one {@code <math display="block">} element,
 * so that the page can put a translated heading above each:
 * <ul>
 * <li>{@code features}: the input vector 𝐱 of the run's features, in the network's order;</li>
 * <li>{@code functions}: the definitions of the activation and output functions used;</li>
 * <li>{@code neurons} (per layer, only for networks of at most {@link #PER_NEURON_LIMIT} neurons):
 *     one equation per neuron, hˡⱼ = f(w·x + b) written out, links that L1 regularization removed
 *     left out;</li>
 * <li>{@code matrix} (per layer, always): 𝐡ˡ = f(Wˡ𝐡ˡ⁻¹ + 𝐛ˡ) with Wˡ and 𝐛ˡ as tables of
 *     numbers; a removed link is a 0 marked {@code class="dead"} so the page can grey it.</li>
 * </ul>
 * Numbers are rounded to {@value #DIGITS} significant digits for reading.
 */
public final class MathMl {
    /** Networks with at most this many hidden and output neurons get an equation per neuron. */
    public static final int PER_NEURON_LIMIT = 20;
    /** Significant digits of the weights and biases shown. */
    public static final int DIGITS = 3;

    /** One formula element and what it shows. */
    public static final class Block {
        /** {@code "features"}, {@code "functions"}, {@code "neurons"} or {@code "matrix"}. */
        public final String kind;
        /** The layer a {@code neurons} or {@code matrix} block is about (1 … layers-1; the last is the output); 0 otherwise. */
        public final int layer;
        /** One {@code <math>} element. */
        public final String mathml;

        Block(String kind, int layer, String mathml) {
            this.kind = kind;
            this.layer = layer;
            this.mathml = mathml;
        }
    }

    private MathMl() {}

    /** Every block's {@code <math>} element, one per line. */
    public static String of(TrainingRun run) {
        StringBuilder sb = new StringBuilder();
        for (Block b : blocks(run)) sb.append(b.mathml).append('\n');
        return sb.toString();
    }

    public static List<Block> blocks(TrainingRun run) {
        Network net = run.network;
        NetworkFormulas f = new NetworkFormulas(run);
        List<Block> blocks = new ArrayList<>();
        blocks.add(new Block("features", 0, f.features()));
        String functions = f.functions();
        if (functions != null) blocks.add(new Block("functions", 0, functions));
        int last = net.layers() - 1;
        if (perNeuron(net)) {
            for (int l = 1; l <= last; l++) blocks.add(new Block("neurons", l, f.neurons(l)));
        }
        for (int l = 1; l <= last; l++) blocks.add(new Block("matrix", l, f.matrix(l)));
        return blocks;
    }

    /** Whether the network is small enough for an equation per neuron. */
    public static boolean perNeuron(Network net) {
        return net.nodeCount() - net.inputCount() <= PER_NEURON_LIMIT;
    }

    /** The objective that training minimizes: the mean data loss plus the weight penalty, if any. */
    public static String lossFormula(Config config) {
        return LossFormula.of(config);
    }
}
