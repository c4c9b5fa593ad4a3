package playground.server.runs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import playground.server.cli.ServeCommand;
import playground.server.cli.Usage;
import playground.server.cli.UsageException;

/** {@code serve}'s options for server runs: flags, else the environment, else the defaults. */
class RunServeOptionsTest {
    @Test
    void defaultsFlagsAndEnvironment() throws UsageException {
        assertEquals(RunOptions.defaults(), ServeCommand.parse(new String[0], Map.of()).runs());

        Map<String, String> env = Map.of("RUN_BUDGET", "5e9", "MAX_QUEUED_TRIALS", "20", "HEARTBEAT_SECONDS", "3");
        RunOptions fromEnv = ServeCommand.parse(new String[0], env).runs();
        assertEquals(5e9, fromEnv.budget());
        assertEquals(20, fromEnv.maxQueuedTrials());
        assertEquals(Duration.ofSeconds(3), fromEnv.heartbeat());
        assertEquals(Duration.ofSeconds(18), fromEnv.deadAfter(), "6 missed heartbeats");

        RunOptions fromFlags = ServeCommand.parse(new String[] {"--run-budget", "1e12", "--runs-per-minute", "0",
            "--checkpoint-seconds=0.5", "--run-retention-days", "30", "--heartbeat-seconds", "1"}, env).runs();
        assertEquals(1e12, fromFlags.budget());
        assertEquals(20, fromFlags.maxQueuedTrials(), "from the environment");
        assertEquals(0, fromFlags.runsPerMinute());
        assertEquals(Duration.ofMillis(500), fromFlags.checkpoint());
        assertEquals(Duration.ofDays(30), fromFlags.retention());
        assertEquals(Duration.ofSeconds(1), fromFlags.heartbeat(), "the flag wins");
    }

    @Test
    void perAddressAndStorageLimits() throws UsageException {
        RunLimits limits = ServeCommand.parse(new String[] {"--trials-per-address", "50", "--compute-per-address=1e12",
            "--run-storage-mb", "100"}, Map.of("STORAGE_MB", "2000")).runs().limits();
        assertEquals(50, limits.trialsPerAddress());
        assertEquals(1e12, limits.computePerAddress());
        assertEquals(100_000_000, limits.runStorageBytes());
        assertEquals(2_000_000_000L, limits.storageBytes());
        assertEquals(50_000_000, ServeCommand.parse(new String[] {"--storage-mb", "50"}, Map.of()).runs().limits()
                .runStorageBytes(), "a run may store at most the total");
        assertMessage("--run-storage-mb: a run may not store more than all runs together (--storage-mb is 50)",
                "--run-storage-mb", "100", "--storage-mb", "50");
        assertMessage("--trials-per-address: not a number of trials from 1 to 1000000: '0'", "--trials-per-address", "0");
        for (String flag : new String[] {"--trials-per-address", "--compute-per-address", "--run-storage-mb",
            "--storage-mb"}) {
            assertTrue(Usage.SERVE.contains(flag), flag);
        }
    }

    @Test
    void badValuesNameTheirFlagOrVariable() {
        assertMessage("--run-budget: not a compute budget from 1 to 1e18 (like 2e11): 'lots'", "--run-budget", "lots");
        assertMessage("--run-budget: not a compute budget from 1 to 1e18 (like 2e11): '0'", "--run-budget", "0");
        assertMessage("--heartbeat-seconds: not a number of seconds from 1 to 3600: '0'", "--heartbeat-seconds", "0");
        assertMessage("--max-queued-trials: not a number of trials from 1 to 1000000: '-5'", "--max-queued-trials", "-5");
        UsageException e = assertThrows(UsageException.class,
                () -> ServeCommand.parse(new String[0], Map.of("CHECKPOINT_SECONDS", "soon")));
        assertEquals("CHECKPOINT_SECONDS: not a number of seconds from 0.1 to 3600: 'soon'", e.getMessage());
        for (String flag : new String[] {"--run-budget", "--max-queued-trials", "--runs-per-minute",
            "--heartbeat-seconds", "--checkpoint-seconds", "--run-retention-days"}) {
            assertTrue(Usage.SERVE.contains(flag), flag);
        }
    }

    private static void assertMessage(String message, String... args) {
        UsageException e = assertThrows(UsageException.class, () -> ServeCommand.parse(args, Map.of()));
        assertEquals(message, e.getMessage());
    }
}
