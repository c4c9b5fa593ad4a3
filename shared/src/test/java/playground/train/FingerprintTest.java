package playground.train;

import static org.junit.jupiter.api.Assertions.*;

import org.junit.jupiter.api.Test;

/** Fingerprints change with any bit of what they cover, and only with that. */
class FingerprintTest {
    @Test
    void aRunsFingerprintHoldsTheBitsOfEveryLossAndParameter() {
        TrainingRun a = TrainingRunTest.trained("{\"dataset\":\"xor\"}", 3);
        TrainingRun b = TrainingRunTest.trained("{\"dataset\":\"xor\"}", 3);
        assertEquals(Fingerprint.of(a), Fingerprint.of(b));
        b.network.weights[5] = Math.nextUp(b.network.weights[5]);
        assertNotEquals(Fingerprint.of(a), Fingerprint.of(b), "one ulp of one weight shows");
        assertEquals("epoch 3", Fingerprint.of(a).lines().findFirst().orElseThrow());
    }

    @Test
    void pictureFingerprintsHaveOneHashPerNeuronAndSeeEveryBit() {
        float[][] pictures = {{0.5f, -0.25f}, {1f, 0f}, null};
        String before = Fingerprint.ofPictures(pictures);
        assertTrue(before.matches("pictures [0-9a-f]{8} [0-9a-f]{8} 00000000\n"), before);
        pictures[1][1] = -0f;
        String after = Fingerprint.ofPictures(pictures);
        assertNotEquals(before, after, "0 and -0 differ in bits");
        assertEquals(before.substring(0, 17), after.substring(0, 17), "the first picture's hash is unchanged");
    }
}
