package playground.server.cli;

import java.io.PrintStream;
import java.util.List;
import playground.config.Config;
import playground.config.ConfigException;
import playground.core.Json;
import playground.config.Limits;
import playground.server.runs.Grid;
import playground.server.runs.RunLimits;
import playground.server.runs.Sweep;
import playground.server.runs.Trial;

/**
 * {@code sweep --config FILE.json --grid 'learningRate=0.003,0.03;hiddenLayers=[4],[8,8]'
 * --epochs N [--seeds S] [--threads T]}: trains every cell of the grid with every seed, on every
 * core, and prints one JSON line per finished trial, then a summary line.
 */
public final class SweepCommand {
    private SweepCommand() {}

    public static final String USAGE = "usage: java -jar playground.jar sweep --config FILE.json "
            + "--grid 'learningRate=0.003,0.03,0.3;hiddenLayers=[4],[8,8]' --epochs N [--seeds S] [--threads T]";

    /** @param args the arguments after the word {@code sweep} */
    public static int run(String[] args, PrintStream out, PrintStream err) {
        String json, gridText;
        int epochs, seeds, threads;
        try {
            Options o = Options.parse(args, "config", "grid", "epochs", "seeds", "threads");
            json = TrainCommand.read(o.required("config"));
            gridText = o.required("grid");
            epochs = o.integer("epochs", -1, 0, TrainCommand.MAX_EPOCHS);
            if (epochs < 0) throw new UsageException("--epochs is required");
            seeds = o.integer("seeds", 1, 1, RunLimits.MAX_SEEDS);
            threads = o.integer("threads", Runtime.getRuntime().availableProcessors(), 1, 1024);
        } catch (UsageException e) {
            return Usage.fail(e, USAGE, out, err);
        }
        Sweep sweep;
        try {
            sweep = new Sweep(Config.fromJson(json, Limits.SERVER), Grid.parse(gridText), seeds, epochs);
        } catch (ConfigException e) {
            err.println("error: " + e.getMessage());
            return Usage.EXIT_USAGE;
        }
        try {
            List<Trial.Result> results = sweep.run(threads, r -> out.println(Json.write(r.toMap())));
            out.println(Json.write(sweep.summary(results)));
            out.flush();
            return 0;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            err.println("error: interrupted");
            return 1;
        }
    }
}
