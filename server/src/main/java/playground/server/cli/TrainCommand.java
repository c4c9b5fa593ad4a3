package playground.server.cli;

import java.io.PrintStream;

/**
 * {@code train --config FILE.json [--epochs N] [--every K]}: trains without a server and prints
 * one JSON line per K epochs (see SPEC, "Command-line interface"). The core team implements it.
 */
public final class TrainCommand {
    private TrainCommand() {}

    /** @param args the arguments after the word {@code train} */
    public static int run(String[] args, PrintStream out, PrintStream err) {
        err.println("error: train is not implemented yet");
        return Usage.EXIT_USAGE;
    }
}
