package playground.export;

import java.util.ArrayList;
import java.util.List;
import playground.config.Config;
import playground.config.Limits;
import playground.nn.Network;
import playground.train.TrainingRun;

/** The runs every exporter is tried on: each output kind, every activation, every feature, dead links, no hidden layer. */
final class Runs {
    private Runs() {}

    /** A run and a name for test reports. */
    static final class Named {
        final String name;
        final TrainingRun run;

        Named(String name, TrainingRun run) {
            this.name = name;
            this.run = run;
        }

        @Override
        public String toString() {
            return name;
        }
    }

    static TrainingRun trained(String json, int epochs) {
        TrainingRun r = new TrainingRun(Config.fromJson(json, Limits.SERVER));
        for (int i = 0; i < epochs; i++) r.trainEpoch();
        return r;
    }

    private static List<Named> all;

    /** The runs, made once per test JVM; tests read them and must not change them. */
    static synchronized List<Named> all() {
        if (all == null) all = make();
        return all;
    }

    private static List<Named> make() {
        List<Named> runs = new ArrayList<>();
        runs.add(new Named("2-class tanh", trained("{\"dataset\":\"circle\",\"points\":200}", 5)));
        runs.add(new Named("3-class softmax", trained(
                "{\"dataset\":\"gauss\",\"classes\":3,\"loss\":\"crossentropy\",\"points\":200,\"hiddenLayers\":[5,3]}", 5)));
        runs.add(new Named("regression", trained(
                "{\"problem\":\"regression\",\"dataset\":\"plane\",\"points\":200,\"hiddenLayers\":[3]}", 5)));
        runs.add(new Named("no hidden layer", trained(
                "{\"dataset\":\"xor\",\"features\":[\"x1x2\"],\"hiddenLayers\":[],\"points\":200}", 5)));
        runs.add(new Named("all 9 features", trained("{\"dataset\":\"spiral\",\"points\":200,\"features\":"
                + "[\"x1\",\"x2\",\"x1sq\",\"x2sq\",\"x1x2\",\"sinx1\",\"sinx2\",\"cosx1\",\"cosx2\"],\"hiddenLayers\":[6,4]}", 5)));
        runs.add(new Named("L1 with dead links", withDeadLinks()));
        for (String a : new String[] {"relu", "tanh", "sigmoid", "linear", "leakyrelu"}) {
            runs.add(new Named("activation " + a, trained("{\"dataset\":\"moons\",\"points\":200,\"activation\":\"" + a
                    + "\",\"hiddenLayers\":[3,2],\"init\":\"he\"}", 3)));
        }
        runs.add(new Named("5-class deep", trained("{\"dataset\":\"spiral\",\"classes\":5,\"points\":300,"
                + "\"hiddenLayers\":[8,8,8,8,8,8],\"activation\":\"relu\",\"features\":[\"x1\",\"x2\",\"sinx1\",\"cosx2\"]}", 2)));
        return runs;
    }

    /** Strong L1 on xor: some links die, some live. */
    static TrainingRun withDeadLinks() {
        TrainingRun r = trained("{\"dataset\":\"xor\",\"points\":200,\"regularization\":\"l1\",\"regularizationRate\":0.01,"
                + "\"learningRate\":0.3,\"hiddenLayers\":[4,3]}", 10);
        int dead = deadLinks(r.network);
        if (dead == 0 || dead == r.network.weights.length) throw new AssertionError("want some dead links, got " + dead);
        return r;
    }

    static int deadLinks(Network net) {
        int dead = 0;
        for (boolean d : net.dead) if (d) dead++;
        return dead;
    }

    /** The network's outputs at (x1, x2), computed on a copy so that the run stays as it is. */
    static double[] predict(TrainingRun run, double x1, double x2) {
        Network net = run.network;
        Network copy = new Network(net.layerSizes(), net.activation, net.outputKind);
        copy.copyFrom(net);
        double[] in = new double[run.features.length];
        for (int i = 0; i < in.length; i++) in[i] = run.features[i].value(x1, x2);
        copy.forward(in, 0);
        double[] out = new double[copy.outputCount()];
        System.arraycopy(copy.output, copy.outputStart(), out, 0, out.length);
        return out;
    }
}
