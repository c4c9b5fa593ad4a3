package playground.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import playground.train.TrainingRun;

/** Runs python3 for the tests that check generated scripts with the real interpreter. */
final class Python {
    private Python() {}

    /** What a python3 run printed, and how it ended. */
    static final class Result {
        final int exitCode;
        final String out, err;

        Result(int exitCode, String out, String err) {
            this.exitCode = exitCode;
            this.out = out;
            this.err = err;
        }
    }

    private static Boolean available;
    private static Boolean numpy;

    /** Skips the calling test, saying why, when there is no python3 on the PATH. */
    static void assumePython() {
        if (available == null) {
            try {
                available = run("import sys; print(sys.version_info[0])").out.trim().equals("3");
            } catch (IllegalStateException e) {
                available = false;
            }
        }
        assumeTrue(available, "python3 is not installed here: generated scripts are only checked by the JVM parser");
    }

    /** Skips the calling test, saying why, when python3 has no numpy. */
    static void assumeNumpy() {
        assumePython();
        if (numpy == null) numpy = run("import numpy").exitCode == 0;
        assumeTrue(numpy, "python3 has no numpy here: the numeric comparison of the scripts is skipped");
    }

    /** Every run's script parses as Python 3 (checked by python3's own parser, in one process). */
    static void assertValidPython(List<Runs.Named> runs, Function<TrainingRun, String> generator) {
        assumePython();
        List<String> args = new ArrayList<>();
        for (Runs.Named r : runs) args.add(r.name + "|" + file(generator.apply(r.run)));
        Result result = run("import ast, sys\n"
                + "for job in sys.argv[1:]:\n"
                + "    name, path = job.split('|')\n"
                + "    ast.parse(open(path, encoding='utf-8').read(), name)\n", args.toArray(new String[0]));
        assertEquals(0, result.exitCode, result.err);
    }

    /** Writes text to a temporary .py file. */
    static Path file(String text) {
        try {
            Path p = Files.createTempFile("export-", ".py");
            p.toFile().deleteOnExit();
            Files.writeString(p, text, StandardCharsets.UTF_8);
            return p;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** python3 -c code args…, waiting at most a minute. */
    static Result run(String code, String... args) {
        List<String> command = new ArrayList<>(Arrays.asList("python3", "-c", code));
        command.addAll(Arrays.asList(args));
        try {
            Process p = new ProcessBuilder(command).start();
            p.getOutputStream().close();
            byte[][] streams = new byte[2][];
            Thread errReader = new Thread(() -> streams[1] = readAll(p.getErrorStream()));
            errReader.start();
            streams[0] = readAll(p.getInputStream());
            if (!p.waitFor(60, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                throw new IllegalStateException("python3 did not finish within a minute");
            }
            errReader.join();
            return new Result(p.exitValue(), new String(streams[0], StandardCharsets.UTF_8),
                    new String(streams[1], StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new IllegalStateException("cannot run python3: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static byte[] readAll(InputStream in) {
        try {
            return in.readAllBytes();
        } catch (IOException e) {
            return new byte[0];
        }
    }
}
