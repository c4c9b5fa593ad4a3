package playground.server.cli;

import static org.junit.jupiter.api.Assertions.*;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import playground.config.Config;
import playground.core.Json;
import playground.config.Limits;
import playground.core.Numbers;
import playground.server.Main;
import playground.train.Fingerprint;
import playground.train.Snapshot;
import playground.train.TrainingRun;

/** The {@code train} command, as the command-line contract of docs/operations.md states it. */
class TrainCommandTest {
    @TempDir Path dir;
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int train(String... args) {
        String[] all = new String[args.length + 1];
        all[0] = "train";
        System.arraycopy(args, 0, all, 1, args.length);
        return Main.run(all, new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private String config(String json) throws IOException {
        Path file = Files.createTempFile(dir, "config", ".json");
        Files.writeString(file, json);
        return file.toString();
    }

    private List<String> lines() {
        List<String> l = new ArrayList<>(List.of(out.toString(StandardCharsets.UTF_8).split("\n")));
        l.removeIf(String::isEmpty);
        return l;
    }

    @Test
    @SuppressWarnings("unchecked")
    void printsALineEveryKEpochsThenDoneWithASnapshotThatRestores() throws IOException {
        String json = "{\"dataset\":\"xor\",\"hiddenLayers\":[3],\"seed\":4}";
        assertEquals(0, train("--config", config(json), "--epochs", "7", "--every", "3"));
        List<String> lines = lines();
        assertEquals(3, lines.size(), lines.toString());
        TrainingRun direct = new TrainingRun(Config.fromJson(json, Limits.SERVER));
        for (int e = 1; e <= 7; e++) {
            direct.trainEpoch();
            if (e == 3 || e == 6) {
                assertEquals("{\"epoch\":" + e + ",\"trainLoss\":" + Numbers.format(direct.trainLoss())
                        + ",\"testLoss\":" + Numbers.format(direct.testLoss()) + "}", lines.get(e / 3 - 1));
            }
        }
        Map<String, Object> done = (Map<String, Object>) Json.parse(lines.get(2));
        assertEquals(Boolean.TRUE, done.get("done"));
        assertEquals(7.0, done.get("epoch"));
        assertEquals(direct.trainLoss(), done.get("trainLoss"));
        assertEquals(direct.testLoss(), done.get("testLoss"));
        TrainingRun restored = Snapshot.restore((Map<String, Object>) done.get("snapshot"), Limits.SERVER);
        assertEquals(Fingerprint.of(direct), Fingerprint.of(restored), "the snapshot holds the exact state");
        assertEquals("", err.toString(StandardCharsets.UTF_8));
    }

    /** A run that diverges prints its losses as the words "NaN" or "Infinity", and its snapshot restores. */
    @Test
    @SuppressWarnings("unchecked")
    void aDivergingRunPrintsTheWordsOfItsLossesAndASnapshotThatContinues() throws IOException {
        String json = "{\"problem\":\"regression\",\"dataset\":\"plane\",\"activation\":\"linear\",\"learningRate\":10,"
                + "\"batchSize\":1,\"points\":200,\"features\":[\"x1sq\",\"x2sq\",\"x1x2\"],\"hiddenLayers\":[4]}";
        assertEquals(0, train("--config", config(json), "--epochs", "3"));
        List<String> lines = lines();
        assertEquals("{\"epoch\":1,\"trainLoss\":\"NaN\",\"testLoss\":\"NaN\"}", lines.get(0));
        Map<String, Object> done = (Map<String, Object>) Json.parse(lines.get(lines.size() - 1));
        assertEquals("NaN", done.get("trainLoss"));
        TrainingRun restored = Snapshot.restore((Map<String, Object>) done.get("snapshot"), Limits.SERVER);
        TrainingRun direct = new TrainingRun(Config.fromJson(json, Limits.SERVER));
        for (int e = 0; e < 5; e++) direct.trainEpoch();
        restored.trainEpoch();
        restored.trainEpoch();
        assertEquals(Snapshot.toJson(direct), Snapshot.toJson(restored), "restored and continued equals unbroken");
    }

    @Test
    void theSameConfigurationPrintsTheSameBytesAndAnotherSeedOthers() throws IOException {
        String file = config("{\"dataset\":\"spiral\",\"optimizer\":\"adam\"}");
        train("--config", file, "--epochs", "5");
        String first = out.toString(StandardCharsets.UTF_8);
        out.reset();
        train("--config", file, "--epochs", "5");
        assertEquals(first, out.toString(StandardCharsets.UTF_8));
        out.reset();
        train("--config", config("{\"dataset\":\"spiral\",\"optimizer\":\"adam\",\"seed\":2}"), "--epochs", "5");
        assertNotEquals(first, out.toString(StandardCharsets.UTF_8));
        assertEquals(6, first.split("\n").length, "one line per epoch by default, then done");
    }

    @Test
    void aBadConfigurationNamesTheKeyAndExitsWithTwo() throws IOException {
        assertEquals(2, train("--config", config("{\"learningRate\":0}")));
        assertTrue(err.toString(StandardCharsets.UTF_8).startsWith("error: learningRate: "), err.toString());
        assertEquals("", out.toString(StandardCharsets.UTF_8));
        err.reset();
        assertEquals(2, train("--config", config("{\"colour\":\"red\"}")));
        assertTrue(err.toString(StandardCharsets.UTF_8).startsWith("error: colour: "), err.toString());
        err.reset();
        assertEquals(2, train("--config", config("{\"dataset\":")));
        assertTrue(err.toString(StandardCharsets.UTF_8).startsWith("error: config: "), err.toString());
    }

    @Test
    void aBadCommandLinePrintsTheUsageAndExitsWithTwo() throws IOException {
        String file = config("{}");
        String[][] bad = {
            {}, {"--epochs", "3"}, {"--config"}, {"--config", file, "--epochs", "many"},
            {"--config", file, "--every", "0"}, {"--config", file, "--colour", "red"},
            {"--config", dir.resolve("missing.json").toString()}, {"--config", file, "--config", file},
        };
        for (String[] args : bad) {
            err.reset();
            assertEquals(2, train(args), String.join(" ", args));
            String message = err.toString(StandardCharsets.UTF_8);
            assertTrue(message.startsWith("error: ") && message.contains(TrainCommand.USAGE), message);
        }
        assertEquals("", out.toString(StandardCharsets.UTF_8));
    }

    @Test
    void asARealProcessItPrintsIdenticalBytesAndExitsWithTwoOnBadInput() throws Exception {
        String file = config("{\"dataset\":\"circle\",\"hiddenLayers\":[2]}");
        Result a = process("train", "--config", file, "--epochs", "4");
        Result b = process("train", "--config", file, "--epochs", "4");
        assertEquals(0, a.status);
        assertEquals(a.out, b.out);
        assertEquals(5, a.out.split("\n").length);
        Result bad = process("train", "--config", config("{\"noise\":\"≤\"}"));
        assertEquals(2, bad.status);
        assertTrue(bad.err.startsWith("error: noise: "), bad.err);
        assertTrue(bad.err.contains("\"≤\"") || bad.err.contains("≤"), "UTF-8 survives: " + bad.err);
    }

    private record Result(int status, String out, String err) {}

    private static Result process(String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), Main.class.getName()));
        command.addAll(List.of(args));
        Process p = new ProcessBuilder(command).start();
        byte[] stdout = p.getInputStream().readAllBytes();
        byte[] stderr = p.getErrorStream().readAllBytes();
        return new Result(p.waitFor(), new String(stdout, StandardCharsets.UTF_8), new String(stderr, StandardCharsets.UTF_8));
    }
}
