package playground.server.runs;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import playground.config.Config;
import playground.config.Limits;
import playground.core.Json;
import playground.server.db.Database;
import playground.server.db.DatabaseOptions;
import playground.server.db.Migrations;
import playground.server.db.Vendor;
import playground.train.Snapshot;
import playground.train.TrainingRun;

/**
 * A trial checkpointed by the previous schema (version 3: the configuration and a checkpoint with
 * its whole loss history in {@code run_trial}) goes on after the upgrade and ends in the same bits
 * as one that never stopped.
 */
class UpgradeResumeTest {
    private static final Config CONFIG =
            Config.fromJson("{\"dataset\":\"circle\",\"points\":120,\"hiddenLayers\":[5],\"seed\":4}", Limits.SERVER);
    private static final int EPOCHS = 80;
    private static final int CHECKPOINT = 30;

    @TempDir
    Path folder;

    @Test
    void aTrialCheckpointedBeforeTheUpgradeFinishesAfterIt() throws SQLException {
        DatabaseOptions h2 = DatabaseOptions.of("jdbc:h2:file:" + folder.resolve("old"), null, null);
        Flyway.configure(Migrations.class.getClassLoader()).dataSource(h2.connectionUrl(), null, null)
                .locations(Migrations.locations(Vendor.H2).toArray(new String[0])).target("3").load().migrate();
        TrainingRun before = new TrainingRun(CONFIG);
        while (before.epoch() < CHECKPOINT) before.trainEpoch();
        try (Connection c = DriverManager.getConnection(h2.connectionUrl())) {
            execute(c, "INSERT INTO run (id, status, config, grid, seeds, epochs, trials, cost, created_at)"
                    + " VALUES ('UpgradeRun01', 'running', ?, NULL, 1, " + EPOCHS + ", 1, 1, ?)", CONFIG.toJson(),
                    OffsetDateTime.now(ZoneOffset.UTC));
            execute(c, "INSERT INTO run_trial (run_id, trial_index, status, settings, config, seed, epoch, diverged,"
                    + " attempt, snapshot, snapshot_epoch) VALUES ('UpgradeRun01', 0, 'running', '{}', ?, 4, "
                    + CHECKPOINT + ", FALSE, 1, ?, " + CHECKPOINT + ")", CONFIG.toJson(), Snapshot.toJson(before));
            execute(c, "INSERT INTO run_points (run_id, trial_index, first_epoch, last_epoch, train_loss, test_loss)"
                    + " VALUES ('UpgradeRun01', 0, 0, " + CHECKPOINT + ", ?, ?)",
                    Json.write(before.history().trainLosses()), Json.write(before.history().testLosses()));
        }

        try (Database database = Database.open(h2, null)) {
            RunStore store = new RunStore(database);
            TrialExecution execution = new TrialExecution(store, RunOptions.DEFAULT_CHECKPOINT, "after:1");
            assertEquals(TrialExecution.Outcome.FINISHED, execution.execute("UpgradeRun01", 0, () -> false));
            TrainingRun uninterrupted = RunsClient.trainedHere(CONFIG, EPOCHS);
            assertEquals(Snapshot.toJson(uninterrupted), store.finalSnapshot("UpgradeRun01", 0).orElseThrow());
        }
    }

    private static void execute(Connection c, String sql, Object... values) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < values.length; i++) s.setObject(i + 1, values[i]);
            s.executeUpdate();
        }
    }
}
