package playground.server.classes;

import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import playground.config.Config;
import playground.config.Limits;
import playground.server.experiments.Experiment;
import playground.server.experiments.ExperimentStore;
import playground.server.previews.PreviewPicture;
import playground.train.Snapshot;
import playground.train.TrainingRun;

/**
 * The preview picture of an attempt's network ({@link PreviewPicture}, as link previews show a saved
 * experiment). An attempt's experiment has no edit token anyone holds, so it never changes: each
 * picture is rendered once and a bounded number are kept.
 */
final class AttemptPreviews {
    /** Pictures kept in memory (about 100 kB each): a class's worth. */
    static final int CACHED = 64;

    private final ExperimentStore experiments;
    private final Map<String, byte[]> cache = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, byte[]> eldest) {
            return size() > CACHED;
        }
    };

    AttemptPreviews(ExperimentStore experiments) {
        this.experiments = experiments;
    }

    /** The PNG, or empty when the attempt's experiment is gone. */
    Optional<byte[]> of(Attempt attempt) throws SQLException {
        synchronized (cache) {
            byte[] png = cache.get(attempt.id());
            if (png != null) return Optional.of(png);
        }
        Optional<Experiment> experiment = experiments.find(attempt.experimentId());
        if (experiment.isEmpty()) return Optional.empty();
        byte[] png = PreviewPicture.png(run(experiment.get()), false, false, false);
        synchronized (cache) {
            cache.put(attempt.id(), png);
        }
        return Optional.of(png);
    }

    private static TrainingRun run(Experiment e) {
        if (e.stateJson() != null) return Snapshot.fromJson(e.stateJson(), Limits.BROWSER);
        return new TrainingRun(Config.fromJson(e.configJson(), Limits.BROWSER));
    }
}
