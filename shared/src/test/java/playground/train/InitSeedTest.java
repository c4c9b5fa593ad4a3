package playground.train;

import static org.junit.jupiter.api.Assertions.*;

import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;
import playground.config.Config;
import playground.config.ConfigException;
import playground.config.HashCodec;
import playground.config.Limits;
import playground.config.Schema;
import playground.config.ViewOptions;
import playground.data.Dataset;

/** {@code initSeed} separates the initial weights and batch order from the data. */
class InitSeedTest {
    private static final String[] DATASETS = {"circle", "xor", "gauss", "spiral", "moons", "checker"};

    /** A varied configuration without initSeed. */
    private static Config randomConfig(Random r) {
        return Config.fromJson("{\"dataset\":\"" + DATASETS[r.nextInt(DATASETS.length)] + "\",\"seed\":"
                + (r.nextInt() % 100000) + ",\"noise\":" + r.nextInt(50) + ",\"points\":" + (50 + r.nextInt(200))
                + ",\"hiddenLayers\":[" + (1 + r.nextInt(5)) + "],\"batchSize\":" + (1 + r.nextInt(20))
                + ",\"trainPercent\":" + (10 + 10 * r.nextInt(9)) + "}", Limits.BROWSER);
    }

    private static TrainingRun trained(Config c, int epochs) {
        TrainingRun run = new TrainingRun(c);
        for (int i = 0; i < epochs; i++) run.trainEpoch();
        return run;
    }

    private static void assertSameData(TrainingRun a, TrainingRun b) {
        assertSameSet(a.train, b.train);
        assertSameSet(a.test, b.test);
    }

    private static void assertSameSet(Dataset a, Dataset b) {
        assertArrayEquals(a.x1, b.x1);
        assertArrayEquals(a.x2, b.x2);
        assertArrayEquals(a.label, b.label);
    }

    @Test
    void absentItIsWrittenNowhereAndTheWeightsComeFromSeedAsBefore() {
        Random r = new Random(7);
        for (int i = 0; i < 20; i++) {
            Config c = randomConfig(r);
            assertNull(c.initSeed);
            assertFalse(c.toJson().contains(Schema.INIT_SEED), c.toJson());
            assertFalse(HashCodec.encode(c).contains(Schema.INIT_SEED));
            assertEquals(c.seed, c.weightSeed());
            // initSeed equal to seed is the same run, bit for bit: absent means "seeded by seed".
            Config same = c.with(Schema.INIT_SEED, c.seed);
            assertEquals(Fingerprint.of(trained(c, 3)), Fingerprint.of(trained(same, 3)), c.toJson());
        }
    }

    @Test
    void presentItKeepsTheDataAndChangesTheWeightsAndOrder() {
        Random r = new Random(11);
        for (int i = 0; i < 10; i++) {
            Config c = randomConfig(r);
            Config other = c.with(Schema.INIT_SEED, c.seed + 1);
            TrainingRun a = trained(c, 2);
            TrainingRun b = trained(other, 2);
            assertSameData(a, b);
            assertNotEquals(Fingerprint.of(new TrainingRun(c)), Fingerprint.of(new TrainingRun(other)),
                    "new initial weights");
            // New data with the same initSeed: the same initial weights on other points.
            Config newData = other.with(Schema.SEED, c.seed + 7);
            TrainingRun fresh = new TrainingRun(newData);
            assertArrayEquals(new TrainingRun(other).network.weights, fresh.network.weights);
            assertFalse(Arrays.equals(fresh.train.x1, b.train.x1), "new data");
        }
    }

    @Test
    void itRoundTripsThroughJsonAndTheHashRightAfterSeed() {
        Config c = Config.defaults().with(Schema.INIT_SEED, -42);
        assertEquals(Integer.valueOf(-42), c.initSeed);
        assertTrue(c.toJson().contains("\"seed\":1,\"initSeed\":-42,\"features\""), c.toJson());
        assertEquals(c, Config.fromJson(c.toJson(), Limits.BROWSER));
        String hash = HashCodec.encode(c);
        assertTrue(hash.contains("&seed=1&initSeed=-42&"), hash);
        assertEquals(c, HashCodec.decode(hash, Limits.BROWSER).config());
        assertEquals(c, HashCodec.decode(HashCodec.encode(c, ViewOptions.DEFAULT), Limits.SERVER).config());
        assertNull(c.with(Schema.INIT_SEED, null).initSeed, "null removes it");
        assertNotEquals(c, c.with(Schema.INIT_SEED, null));
    }

    @Test
    void badValuesAreNamed() {
        for (String bad : new String[] {"1.5", "\"x\"", "4294967296", "true", "[1]"}) {
            ConfigException e = assertThrows(ConfigException.class,
                    () -> Config.fromJson("{\"initSeed\":" + bad + "}", Limits.BROWSER), bad);
            assertEquals(Schema.INIT_SEED, e.key(), bad);
            assertTrue(e.getMessage().contains("initSeed"), e.getMessage());
        }
        ConfigException e = assertThrows(ConfigException.class,
                () -> HashCodec.decode("initSeed=abc", Limits.BROWSER));
        assertEquals(Schema.INIT_SEED, e.key());
    }
}
