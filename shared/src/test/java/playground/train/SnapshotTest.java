package playground.train;

import static org.junit.jupiter.api.Assertions.*;

import org.junit.jupiter.api.Test;
import playground.config.ConfigException;
import playground.config.Limits;

/** A snapshot restored and trained on gives the same bits as a run never stopped. */
class SnapshotTest {
    private static final String[] CONFIGS = {
        "{\"dataset\":\"spiral\",\"optimizer\":\"adam\",\"regularization\":\"l1\",\"regularizationRate\":0.003,\"hiddenLayers\":[6,6]}",
        "{\"dataset\":\"gauss\",\"classes\":4,\"optimizer\":\"momentum\",\"loss\":\"crossentropy\",\"regularization\":\"l2\",\"regularizationRate\":0.01}",
        "{\"problem\":\"regression\",\"dataset\":\"multigauss\",\"activation\":\"relu\",\"init\":\"he\",\"batchSize\":7}",
    };

    @Test
    void restoreAndContinueEqualsNeverStopped() {
        for (String config : CONFIGS) {
            TrainingRun straight = TrainingRunTest.trained(config, 30);
            TrainingRun first = TrainingRunTest.trained(config, 12);
            String json = Snapshot.toJson(first);
            TrainingRun resumed = Snapshot.fromJson(json, Limits.SERVER);
            assertEquals(Fingerprint.of(first), Fingerprint.of(resumed), "restored as saved: " + config);
            for (int i = 0; i < 18; i++) resumed.trainEpoch();
            assertEquals(Fingerprint.of(straight), Fingerprint.of(resumed), config);
            assertEquals(Snapshot.toJson(straight), Snapshot.toJson(resumed), "identical snapshot bytes");
        }
    }

    /** Diverging runs: regression with a learning rate of 10, linear or ReLU units, large features. */
    private static final String[] DIVERGING = {
        "{\"problem\":\"regression\",\"dataset\":\"plane\",\"activation\":\"linear\",\"learningRate\":10,\"hiddenLayers\":[8,8,8],\"features\":[\"x1\",\"x2\",\"x1sq\",\"x2sq\",\"x1x2\"]}",
        "{\"problem\":\"regression\",\"dataset\":\"houses\",\"activation\":\"relu\",\"learningRate\":3,\"optimizer\":\"momentum\",\"hiddenLayers\":[6,6]}",
        "{\"dataset\":\"circle\",\"activation\":\"linear\",\"learningRate\":10,\"features\":[\"x1sq\",\"x2sq\",\"x1x2\"],\"hiddenLayers\":[5,5,5]}",
    };

    @Test
    void aDivergedRunRestoresAndContinuesAsNeverStopped() {
        int nonFinite = 0;
        for (String config : DIVERGING) {
            for (int stop : new int[] {1, 2, 4, 8}) {
                TrainingRun straight = TrainingRunTest.trained(config, 12);
                TrainingRun first = TrainingRunTest.trained(config, stop);
                String json = Snapshot.toJson(first);
                if (json.contains("\"NaN\"") || json.contains("Infinity\"")) nonFinite++;
                TrainingRun resumed = Snapshot.fromJson(json, Limits.SERVER);
                assertEquals(Fingerprint.ofValues(first), Fingerprint.ofValues(resumed), "restored as saved: " + config);
                assertEquals(json, Snapshot.toJson(resumed), "the same text again");
                for (int i = stop; i < 12; i++) resumed.trainEpoch();
                assertEquals(Fingerprint.ofValues(straight), Fingerprint.ofValues(resumed), config + " stopped at " + stop);
                assertEquals(Snapshot.toJson(straight), Snapshot.toJson(resumed), "identical snapshot bytes");
            }
        }
        assertTrue(nonFinite >= 4, "some snapshots hold NaN or an infinity: " + nonFinite);
    }

    @Test
    void everySpecialDoubleSurvivesTheRoundTripExactly() {
        TrainingRun run = TrainingRunTest.trained("{\"optimizer\":\"adam\",\"hiddenLayers\":[8,8]}", 1);
        double[] specials = {Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, -0.0, 0.0,
            Double.MIN_VALUE, -Double.MIN_VALUE, Double.MIN_NORMAL, Math.nextDown(Double.MIN_NORMAL), 3 * Double.MIN_VALUE,
            Double.MAX_VALUE, -Double.MAX_VALUE, 7342627313054519e3, 1e21, 1e-7, 0.1 + 0.2};
        for (int i = 0; i < specials.length; i++) {
            run.network.weights[i] = specials[i];
            run.trainer.moment2W()[i] = specials[specials.length - 1 - i];
        }
        run.network.biases[0] = Double.NEGATIVE_INFINITY;
        run.history().add(Double.POSITIVE_INFINITY, Double.NaN);
        run.history().add(Double.NEGATIVE_INFINITY, -0.0);
        String json = Snapshot.toJson(run).replace("\"epoch\":1", "\"epoch\":3");
        assertTrue(json.contains("\"weights\":[\"NaN\",\"Infinity\",\"-Infinity\",-0.0,0,5e-324,-5e-324,"
                + "2.2250738585072014e-308,2.225073858507201e-308,1.5e-323,1.7976931348623157e+308,"
                + "-1.7976931348623157e+308,7342627313054519000,1e+21,1e-7,0.30000000000000004,"), json);
        TrainingRun back = Snapshot.fromJson(json, Limits.SERVER);
        for (int i = 0; i < specials.length; i++) {
            assertEquals(Double.doubleToLongBits(specials[i]), Double.doubleToLongBits(back.network.weights[i]), "weight " + i);
            assertEquals(Double.doubleToLongBits(specials[specials.length - 1 - i]),
                    Double.doubleToLongBits(back.trainer.moment2W()[i]), "moment " + i);
        }
        assertEquals(Double.NEGATIVE_INFINITY, back.network.biases[0]);
        assertEquals(Double.POSITIVE_INFINITY, back.history().train(2));
        assertEquals(Double.NaN, back.history().test(2));
        assertEquals(Double.NEGATIVE_INFINITY, back.history().train(3));
        assertEquals(Double.doubleToRawLongBits(-0.0), Double.doubleToRawLongBits(back.history().test(3)));
        assertEquals(json, Snapshot.toJson(back));
    }

    @Test
    void olderSnapshotsWithNullLossesStillOpen() {
        TrainingRun run = TrainingRunTest.trained("{}", 2);
        String json = Snapshot.toJson(run);
        String older = json.replaceFirst("\"trainLoss\":\\[[^,]*,", "\"trainLoss\":[null,");
        assertNotEquals(json, older);
        assertEquals(Double.NaN, Snapshot.fromJson(older, Limits.SERVER).history().train(0));
    }

    @Test
    void deadLinksSurviveTheRoundTrip() {
        TrainingRun r = TrainingRunTest.trained("{\"dataset\":\"xor\",\"regularization\":\"l1\",\"regularizationRate\":0.3,\"learningRate\":0.3}", 10);
        int dead = 0;
        for (boolean d : r.network.dead) if (d) dead++;
        assertTrue(dead > 0, "strong L1 kills some links");
        TrainingRun back = Snapshot.fromJson(Snapshot.toJson(r), Limits.SERVER);
        assertArrayEquals(r.network.dead, back.network.dead);
    }

    @Test
    void damagedSnapshotsAreRefusedWithTheirKey() {
        String json = Snapshot.toJson(TrainingRunTest.trained("{}", 2));
        ConfigException e = assertThrows(ConfigException.class,
                () -> Snapshot.fromJson(json.replace("\"weights\":[", "\"weights\":[1,"), Limits.SERVER));
        assertEquals("snapshot.weights", e.key());
        ConfigException word = assertThrows(ConfigException.class,
                () -> Snapshot.fromJson(json.replaceFirst("\"weights\":\\[[^,]*,", "\"weights\":[\"nan\","), Limits.SERVER));
        assertEquals("snapshot.weights", word.key());
        assertTrue(word.getMessage().contains("must be a number (or \"NaN\", \"Infinity\", \"-Infinity\"), got \"nan\""),
                word.getMessage());
        assertThrows(ConfigException.class, () -> Snapshot.fromJson("{\"version\":1", Limits.SERVER));
        assertThrows(ConfigException.class, () -> Snapshot.fromJson(json.replace("\"epoch\":2", "\"epoch\":5"), Limits.SERVER));
    }
}
