package playground.server.page;

import static org.junit.jupiter.api.Assertions.*;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import playground.config.Config;
import playground.config.HashCodec;
import playground.config.Limits;
import playground.core.Json;
import playground.server.Main;
import playground.server.testing.ServerAndBrowser;
import playground.server.testing.Wait;
import playground.train.Fingerprint;
import playground.train.Snapshot;

/**
 * Reset draws new weights on the same data, Replay starts the same network again, New data keeps
 * the weights: told apart by the page's fingerprint (its {@code data} line and its weights), and
 * the address always gives back exactly what is on screen, also to the {@code train} command.
 */
class WeightsAndDataApartTest {
    @RegisterExtension
    static final ServerAndBrowser SITE = new ServerAndBrowser();
    private static PlaygroundPage page;
    @TempDir Path dir;

    @BeforeAll
    static void start() {
        page = new PlaygroundPage(SITE);
    }

    private static String fingerprint() {
        return (String) page.js("return window.playgroundPage.fingerprint()");
    }

    private static String line(String fingerprint, String name) {
        return fingerprint.lines().filter(l -> l.startsWith(name + " ")).findFirst().orElseThrow();
    }

    /** Waits until the worker's run is at epoch 0 and differs from {@code before}; returns its fingerprint. */
    private static String freshRunOtherThan(String before) {
        String[] now = new String[1];
        Wait.until("a new run", Duration.ofSeconds(10), () -> {
            now[0] = fingerprint();
            return now[0].startsWith("epoch 0\n") && !now[0].equals(before);
        });
        return now[0];
    }

    private static void steps(int n) {
        for (int i = 1; i <= n; i++) {
            page.click("[data-control=step]");
            int epoch = i;
            Wait.until("epoch " + epoch, Duration.ofSeconds(10), () -> fingerprint().startsWith("epoch " + epoch + "\n"));
        }
    }

    /** Opens the current address as a new document and checks it holds the very same network. */
    private static void reloadGivesTheSame(String runtime, String expected) {
        String hash = page.hash().substring(1);
        page.open(runtime, hash);
        assertEquals(expected, fingerprint(), "the address " + hash + " gives back the same network");
    }

    @ParameterizedTest
    @ValueSource(strings = {"runtime=wasm", "runtime=js"})
    void resetReplayAndNewDataEachChangeOnlyWhatTheySay(String runtime) throws IOException {
        page.open(runtime, "dataset=xor&noise=10&seed=5");
        String start = fingerprint();
        assertTrue(start.startsWith("epoch 0\n"), start);

        page.click("[data-control=reset]");
        page.waitUntil("location.hash.includes('&seed=5&initSeed=6&')", 5_000, "the next weights' seed");
        String reset = freshRunOtherThan(start);
        assertEquals(line(start, "data"), line(reset, "data"), "Reset keeps the data");
        assertNotEquals(line(start, "weights"), line(reset, "weights"), "Reset draws new weights");
        reloadGivesTheSame(runtime, reset);

        steps(3);
        String trained = fingerprint();
        page.click("[data-control=replay]");
        assertEquals(reset, freshRunOtherThan(trained), "Replay gives the identical start");
        steps(3);
        assertEquals(trained, fingerprint(), "and the identical batch order");
        assertTrue(page.hash().contains("&seed=5&initSeed=6&"), "Replay changes nothing in the address");
        reloadGivesTheSame(runtime, reset);

        page.click("[data-control=regenerate]");
        page.waitUntil("location.hash.includes('&seed=6&initSeed=6&')", 5_000, "the next data seed");
        String newData = freshRunOtherThan(reset);
        assertNotEquals(line(reset, "data"), line(newData, "data"), "New data gives new points");
        assertEquals(line(reset, "weights"), line(newData, "weights"), "and keeps the starting weights");
        reloadGivesTheSame(runtime, newData);

        // The command line trains the page's configuration to the same bits.
        steps(4);
        String inBrowser = fingerprint();
        Config config = HashCodec.decode(page.hash(), Limits.BROWSER).config();
        assertEquals(Integer.valueOf(6), config.initSeed);
        assertEquals(inBrowser, trainOnCommandLine(config, 4));
    }

    @ParameterizedTest
    @ValueSource(strings = {"runtime=wasm"})
    void newDataOnALinkWithoutInitSeedKeepsTheWeightsItHad(String runtime) {
        page.open(runtime, "dataset=circle&seed=9");
        String start = fingerprint();
        page.click("[data-control=regenerate]");
        page.waitUntil("location.hash.includes('&seed=10&initSeed=9&')", 5_000, "the weights' seed written down");
        String newData = freshRunOtherThan(start);
        assertEquals(line(start, "weights"), line(newData, "weights"));
        assertNotEquals(line(start, "data"), line(newData, "data"));
    }

    /** {@code train --config file --epochs n}: the snapshot it prints, fingerprinted. */
    @SuppressWarnings("unchecked")
    private String trainOnCommandLine(Config config, int epochs) throws IOException {
        Path file = Files.createTempFile(dir, "config", ".json");
        Files.writeString(file, config.toJson());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int code = Main.run(new String[] {"train", "--config", file.toString(), "--epochs", Integer.toString(epochs)},
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(new ByteArrayOutputStream()));
        assertEquals(0, code);
        List<String> lines = out.toString(StandardCharsets.UTF_8).lines().toList();
        Map<String, Object> done = (Map<String, Object>) Json.parse(lines.get(lines.size() - 1));
        return Fingerprint.of(Snapshot.restore((Map<String, Object>) done.get("snapshot"), Limits.SERVER));
    }
}
