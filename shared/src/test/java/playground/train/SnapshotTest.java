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
        assertThrows(ConfigException.class, () -> Snapshot.fromJson("{\"version\":1", Limits.SERVER));
        assertThrows(ConfigException.class, () -> Snapshot.fromJson(json.replace("\"epoch\":2", "\"epoch\":5"), Limits.SERVER));
    }
}
