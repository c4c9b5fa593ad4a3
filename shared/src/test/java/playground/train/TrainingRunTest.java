package playground.train;

import static org.junit.jupiter.api.Assertions.*;

import org.junit.jupiter.api.Test;
import playground.config.Config;
import playground.config.Limits;
import playground.nn.OutputKind;

/** A configuration trains to what TensorFlow Playground is known for, the same way every time. */
class TrainingRunTest {
    static TrainingRun run(String json) {
        return new TrainingRun(Config.fromJson(json, Limits.SERVER));
    }

    static TrainingRun trained(String json, int epochs) {
        TrainingRun r = run(json);
        for (int i = 0; i < epochs; i++) r.trainEpoch();
        return r;
    }

    @Test
    void theDefaultsAreTheReferenceDefaults() {
        TrainingRun r = run("{}");
        assertEquals(250, r.train.size(), "500 points, half for training");
        assertEquals(250, r.test.size());
        assertArrayEquals(new int[] {2, 4, 2, 1}, r.network.layerSizes());
        assertEquals(OutputKind.TANH, r.network.outputKind);
        for (double w : r.network.weights) assertTrue(w >= -0.5 && w < 0.5);
        assertEquals(0.1, r.network.biases[r.network.outputStart()]);
        assertEquals(0, r.epoch());
        assertEquals(1, r.history().size(), "the loss before training is recorded");
    }

    @Test
    void xorIsLearnedFromTheProductFeatureAlone() {
        TrainingRun r = trained("{\"dataset\":\"xor\",\"features\":[\"x1x2\"],\"hiddenLayers\":[]}", 100);
        assertTrue(r.testLoss() < 0.06, "test loss " + r.testLoss());
    }

    @Test
    void circleIsLearnedFromTheSquares() {
        TrainingRun r = trained("{\"dataset\":\"circle\",\"features\":[\"x1sq\",\"x2sq\"],\"hiddenLayers\":[2]}", 200);
        assertTrue(r.testLoss() < 0.05, "test loss " + r.testLoss());
    }

    @Test
    void spiralNeedsADeepNetworkAndGetsIt() {
        String deep = "{\"dataset\":\"spiral\",\"features\":[\"x1\",\"x2\",\"sinx1\",\"sinx2\"],"
                + "\"hiddenLayers\":[8,8,8,8,8,8],\"learningRate\":0.03,\"seed\":3}";
        TrainingRun r = trained(deep, 600);
        assertTrue(r.testLoss() < 0.08, "deep net on spiral: test loss " + r.testLoss());
        TrainingRun linear = trained("{\"dataset\":\"spiral\",\"hiddenLayers\":[],\"seed\":3}", 200);
        assertTrue(linear.testLoss() > 0.4, "a linear model cannot: " + linear.testLoss());
    }

    @Test
    void theRegressionPlaneIsFitExactly() {
        TrainingRun r = trained("{\"problem\":\"regression\",\"dataset\":\"plane\",\"hiddenLayers\":[],\"activation\":\"linear\"}", 100);
        assertTrue(r.testLoss() < 1e-4, "test loss " + r.testLoss());
        assertEquals(1200, r.train.size() + r.test.size());
    }

    @Test
    void threeGaussiansAreSeparatedBySoftmax() {
        TrainingRun r = trained("{\"dataset\":\"gauss\",\"classes\":3,\"loss\":\"crossentropy\",\"optimizer\":\"adam\",\"learningRate\":0.01}", 100);
        int[] counts = new int[9];
        double accuracy = Metrics.confusion(r.network, r.testExamples, counts);
        assertTrue(accuracy > 0.95, "accuracy " + accuracy);
        assertTrue(r.testLoss() < 0.2, "cross-entropy " + r.testLoss());
    }

    @Test
    void tooLargeALearningRateDiverges() {
        TrainingRun r = trained("{\"problem\":\"regression\",\"dataset\":\"plane\",\"learningRate\":10,\"activation\":\"relu\",\"hiddenLayers\":[8,8]}", 20);
        assertTrue(r.diverged(), "loss " + r.trainLoss());
    }

    @Test
    void sameSeedSameBitsOtherSeedOtherResults() {
        String a = "{\"dataset\":\"spiral\",\"optimizer\":\"momentum\",\"regularization\":\"l1\",\"regularizationRate\":0.001,\"seed\":5}";
        String b = a.replace("\"seed\":5", "\"seed\":6");
        assertEquals(Fingerprint.of(trained(a, 20)), Fingerprint.of(trained(a, 20)));
        assertNotEquals(Fingerprint.of(trained(a, 20)), Fingerprint.of(trained(b, 20)));
        assertNotEquals(run(a).train.x1[0], run(b).train.x1[0], "the seed fixes the data too");
    }

    @Test
    void metricsOfARegressionFit() {
        TrainingRun r = trained("{\"problem\":\"regression\",\"dataset\":\"plane\",\"hiddenLayers\":[]}", 100);
        assertTrue(Metrics.rSquared(r.network, r.testExamples) > 0.999);
        assertEquals(Math.sqrt(2 * r.testLoss()), Metrics.rmse(r.network, r.testExamples), 1e-9,
                "the loss is half the mean squared error");
    }
}
