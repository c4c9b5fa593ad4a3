package playground.server;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import playground.server.cli.ExportStaticCommand;
import playground.server.cli.ServeCommand;
import playground.server.cli.SweepCommand;
import playground.server.cli.TrainCommand;
import playground.server.cli.Usage;

/** The one runnable jar: {@code serve}, {@code train}, {@code sweep}, {@code export-static}. */
public final class Main {
    private Main() {}

    public static void main(String[] args) {
        // UTF-8 whatever the locale: messages use ≤ and ≥, JSON may hold any text.
        PrintStream out = new PrintStream(new FileOutputStream(FileDescriptor.out), true, StandardCharsets.UTF_8);
        PrintStream err = new PrintStream(new FileOutputStream(FileDescriptor.err), true, StandardCharsets.UTF_8);
        System.setOut(out);
        System.setErr(err);
        int status = run(args, out, err);
        // Exit only on failure: after a successful `serve` the server's threads keep the JVM alive.
        if (status != 0) {
            System.out.flush();
            System.exit(status);
        }
    }

    /** Runs one command and returns its exit status; never exits, so tests can call it. */
    public static int run(String[] args, PrintStream out, PrintStream err) {
        if (args.length == 0) {
            err.println(Usage.MAIN);
            return Usage.EXIT_USAGE;
        }
        String[] rest = Arrays.copyOfRange(args, 1, args.length);
        switch (args[0]) {
            case "serve":
                return ServeCommand.run(rest, System.getenv(), out, err);
            case "train":
                return TrainCommand.run(rest, out, err);
            case "sweep":
                return SweepCommand.run(rest, out, err);
            case "export-static":
                return ExportStaticCommand.run(rest, out, err);
            case "help":
            case "--help":
            case "-h":
                out.println(Usage.MAIN);
                return 0;
            default:
                err.println("error: unknown command '" + args[0] + "'");
                err.println(Usage.MAIN);
                return Usage.EXIT_USAGE;
        }
    }
}
