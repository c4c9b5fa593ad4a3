package playground.server.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import playground.config.Config;
import playground.config.ConfigException;
import playground.core.Json;
import playground.config.Limits;
import playground.train.Snapshot;
import playground.train.TrainingRun;

/**
 * {@code train --config FILE.json [--epochs N] [--every K]}: trains without a server and prints
 * one JSON line every K epochs, then a {@code done} line with the snapshot (the command-line
 * contract of docs/operations.md). The same configuration prints the same bytes every time.
 */
public final class TrainCommand {
    private TrainCommand() {}

    public static final String USAGE =
            "usage: java -jar playground.jar train --config FILE.json [--epochs N] [--every K]";
    public static final int DEFAULT_EPOCHS = 100;
    public static final int MAX_EPOCHS = 1_000_000;

    /** @param args the arguments after the word {@code train} */
    public static int run(String[] args, PrintStream out, PrintStream err) {
        Options options;
        int epochs, every;
        String json;
        try {
            options = Options.parse(args, "config", "epochs", "every");
            String file = options.required("config");
            epochs = options.integer("epochs", DEFAULT_EPOCHS, 0, MAX_EPOCHS);
            every = options.integer("every", 1, 1, MAX_EPOCHS);
            json = read(file);
        } catch (UsageException e) {
            return Usage.fail(e, USAGE, out, err);
        }
        TrainingRun run;
        try {
            run = new TrainingRun(Config.fromJson(json, Limits.SERVER));
        } catch (ConfigException e) {
            err.println("error: " + e.getMessage());
            return Usage.EXIT_USAGE;
        }
        for (int e = 1; e <= epochs; e++) {
            run.trainEpoch();
            if (e % every == 0) out.println(Json.write(progress(run)));
        }
        Map<String, Object> done = new LinkedHashMap<>();
        done.put("done", true);
        done.putAll(progress(run));
        done.put("snapshot", Snapshot.of(run));
        out.println(Json.write(done));
        out.flush();
        return 0;
    }

    /** {"epoch":E,"trainLoss":L1,"testLoss":L2}; a loss that is not finite is written as null. */
    static Map<String, Object> progress(TrainingRun run) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("epoch", run.epoch());
        m.put("trainLoss", run.trainLoss());
        m.put("testLoss", run.testLoss());
        return m;
    }

    static String read(String file) throws UsageException {
        try {
            return Files.readString(Path.of(file), StandardCharsets.UTF_8);
        } catch (IOException | RuntimeException e) {
            throw new UsageException("cannot read --config " + file + ": " + describe(e));
        }
    }

    private static String describe(Exception e) {
        if (e instanceof NoSuchFileException) return "no such file";
        if (e instanceof MalformedInputException) return "not UTF-8 text";
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }
}
