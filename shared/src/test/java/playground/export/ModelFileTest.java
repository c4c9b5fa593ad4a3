package playground.export;

import static org.junit.jupiter.api.Assertions.*;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import playground.config.ConfigException;
import playground.config.Limits;
import playground.train.Fingerprint;
import playground.train.Snapshot;
import playground.train.TrainingRun;

/** The exported model file reads back as the same run, and a bad file says what is wrong. */
class ModelFileTest {
    private static final String CONFIG = "{\"dataset\":\"spiral\",\"points\":200,\"optimizer\":\"adam\",\"regularization\":\"l1\","
            + "\"regularizationRate\":0.003,\"hiddenLayers\":[5,3]}";

    @Test
    void isTheSnapshotInAnEnvelope() {
        TrainingRun run = Runs.trained(CONFIG, 3);
        assertEquals("{\"format\":\"nn-playground-model\",\"version\":1,\"snapshot\":" + Snapshot.toJson(run) + "}", ModelFile.write(run));
    }

    @Test
    void readBackAndTrainedOnItIsTheRunThatNeverStopped() {
        for (String config : new String[] {CONFIG, "{\"problem\":\"regression\",\"dataset\":\"multigauss\",\"points\":200,\"optimizer\":\"momentum\"}",
                "{\"dataset\":\"gauss\",\"classes\":4,\"loss\":\"crossentropy\",\"points\":200}"}) {
            TrainingRun run = Runs.trained(config, 6);
            TrainingRun back = ModelFile.read(ModelFile.write(run), Limits.BROWSER);
            assertEquals(Fingerprint.of(run), Fingerprint.of(back), config);
            assertEquals(ModelFile.write(run), ModelFile.write(back), "the same bytes again");
            for (int i = 0; i < 5; i++) {
                run.trainEpoch();
                back.trainEpoch();
            }
            assertEquals(Fingerprint.of(run), Fingerprint.of(back), "trained on: " + config);
        }
    }

    /** A diverged run (NaN weights, infinite losses) and every special double read back as written. */
    @Test
    void aDivergedModelAndEverySpecialDoubleReadBackAsWritten() {
        TrainingRun run = Runs.trained("{\"problem\":\"regression\",\"dataset\":\"plane\",\"points\":200,"
                + "\"activation\":\"linear\",\"learningRate\":10,\"batchSize\":1,\"features\":[\"x1sq\",\"x2sq\",\"x1x2\"],"
                + "\"hiddenLayers\":[4]}", 1);
        assertTrue(Double.isNaN(run.network.weights[0]) && Double.isNaN(run.trainLoss()), "diverged");
        double[] specials = {Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, -0.0, Double.MIN_VALUE,
            Double.MIN_NORMAL, Math.nextDown(Double.MIN_NORMAL), Double.MAX_VALUE, -Double.MAX_VALUE};
        System.arraycopy(specials, 0, run.network.biases, 0, specials.length);
        String file = ModelFile.write(run);
        assertTrue(file.contains("\"biases\":[\"Infinity\",\"-Infinity\",-0.0,5e-324,2.2250738585072014e-308,"
                + "2.225073858507201e-308,1.7976931348623157e+308,-1.7976931348623157e+308"), file);
        TrainingRun back = ModelFile.read(file, Limits.BROWSER);
        assertEquals(Fingerprint.ofValues(run), Fingerprint.ofValues(back));
        assertEquals(file, ModelFile.write(back), "the same bytes again");
        for (int i = 0; i < 2; i++) {
            run.trainEpoch();
            back.trainEpoch();
        }
        assertEquals(ModelFile.write(run), ModelFile.write(back), "trained on");
    }

    private static ConfigException refused(String json) {
        return assertThrows(ConfigException.class, () -> ModelFile.read(json, Limits.BROWSER));
    }

    private static void assertKey(String key, ConfigException e) {
        assertEquals(key, e.key(), e.getMessage());
    }

    @Test
    void textThatIsNotAJsonObjectIsRefused() {
        assertKey("model", refused("not json"));
        assertKey("model", refused("{\"format\":"));
        assertKey("model", refused("[1,2]"));
        assertTrue(refused("").getMessage().startsWith("model: is not valid JSON"));
    }

    @Test
    void theEnvelopeIsChecked() {
        String good = ModelFile.write(Runs.trained("{\"points\":100}", 1));
        ConfigException e = refused(good.replace("nn-playground-model", "something-else"));
        assertKey("model.format", e);
        assertTrue(e.getMessage().contains("\"something-else\""), e.getMessage());
        e = refused(good.replace("\"version\":1", "\"version\":2"));
        assertKey("model.version", e);
        assertTrue(e.getMessage().contains("newer"), e.getMessage());
        assertKey("model.version", refused(good.replace("\"version\":1,", "")));
        assertKey("model.version", refused(good.replace("\"version\":1", "\"version\":\"1\"")));
        assertKey("model.extra", refused(good.replace("\"version\":1,", "\"version\":1,\"extra\":true,")));
        assertKey("model.snapshot", refused("{\"format\":\"nn-playground-model\",\"version\":1,\"snapshot\":[]}"));
        assertKey("model.snapshot", refused("{\"format\":\"nn-playground-model\",\"version\":1}"));
    }

    @Test
    void aBareSnapshotOrConfigurationIsRecognized() {
        TrainingRun run = Runs.trained("{\"points\":100}", 1);
        ConfigException e = refused(Snapshot.toJson(run));
        assertKey("model.format", e);
        assertTrue(e.getMessage().contains("bare snapshot"), e.getMessage());
        e = refused(run.config.toJson());
        assertTrue(e.getMessage().contains("a configuration"), e.getMessage());
    }

    @Test
    void snapshotErrorsKeepTheirKeys() {
        String good = ModelFile.write(Runs.trained("{\"points\":100}", 2));
        assertKey("snapshot.weights", refused(good.replace("\"weights\":[", "\"weights\":[1,")));
        assertKey("learningRate", refused(good.replace("\"learningRate\":0.03", "\"learningRate\":-1")));
        assertKey("snapshot.history", refused(good.replace("\"epoch\":2", "\"epoch\":3")));
    }

    @Test
    void theLimitsApply() {
        String server = ModelFile.write(Runs.trained("{\"points\":100,\"hiddenLayers\":[12]}", 1));
        Executable browser = () -> ModelFile.read(server, Limits.BROWSER);
        assertEquals("hiddenLayers[0]", assertThrows(ConfigException.class, browser).key());
        assertNotNull(ModelFile.read(server, Limits.SERVER));
    }
}
