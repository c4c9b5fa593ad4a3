package playground.server.cli;

import static org.junit.jupiter.api.Assertions.*;

import com.sun.net.httpserver.HttpServer;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import playground.server.Main;
import playground.server.testing.Browser;

/** {@code export-static DIR} writes a site that works from a plain static file server, without ours. */
class ExportStaticTest {
    @TempDir Path dir;

    @Test
    void theExportedSiteRunsTheCoreInTheBrowserFromAPlainFileServer() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream(), err = new ByteArrayOutputStream();
        Path site = dir.resolve("site");
        int status = Main.run(new String[] {"export-static", site.toString()},
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        assertEquals(0, status, err.toString());
        assertTrue(Files.readString(site.resolve("index.html")).contains(ExportStaticCommand.STATIC_MARKER));
        assertTrue(Files.size(site.resolve("app/playground.wasm")) > 1000);
        assertTrue(Files.exists(site.resolve("app/playground.js")));
        assertTrue(Files.exists(site.resolve("js/loader.js")));

        HttpServer files = staticFileServer(site);
        try (Browser browser = Browser.start()) {
            String base = "http://localhost:" + files.getAddress().getPort();
            for (String runtime : new String[] {"wasm", "js"}) {
                browser.openAndWaitUntilReady(base + "/index.html?probes=1&runtime=" + runtime);
                assertEquals(runtime, browser.script("return window.playground.runtime"));
                String summary = (String) browser.script("return window.playground.probes.trainSummary('{}', 3)");
                assertTrue(summary.startsWith("{\"epoch\":3,"), summary);
            }
            // a lesson widget, written from its template, runs from the static host too
            assertTrue(Files.readString(site.resolve("embed/lesson/neuron.html")).contains(ExportStaticCommand.STATIC_MARKER));
            browser.open(base + "/embed/lesson/neuron.html");
            browser.waitUntil("document.documentElement.dataset.lessons === 'ready'"
                    + " && document.querySelector('[data-lesson=neuron]').childElementCount > 0",
                    Duration.ofSeconds(30), "the neuron widget starts from the static host");
        } finally {
            files.stop(0);
        }
    }

    @Test
    void aBadCommandLineExitsWithTwo() throws Exception {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        PrintStream e = new PrintStream(err, true, StandardCharsets.UTF_8);
        assertEquals(2, Main.run(new String[] {"export-static"}, System.out, e));
        assertTrue(err.toString().contains(ExportStaticCommand.USAGE));
        Path file = Files.writeString(dir.resolve("a-file"), "x");
        assertEquals(2, Main.run(new String[] {"export-static", file.toString()}, System.out, e));
        assertTrue(err.toString().contains("is not a folder"));
    }

    /** The simplest static host: files by path, with the content types any host sends. */
    static HttpServer staticFileServer(Path root) throws Exception {
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", exchange -> {
            Path file = root.resolve(exchange.getRequestURI().getPath().substring(1)).normalize();
            if (!file.startsWith(root) || !Files.isRegularFile(file)) {
                exchange.sendResponseHeaders(404, -1);
                exchange.close();
                return;
            }
            String name = file.getFileName().toString();
            String type = name.endsWith(".html") ? "text/html" : name.endsWith(".js") ? "text/javascript"
                    : name.endsWith(".wasm") ? "application/wasm" : name.endsWith(".css") ? "text/css"
                    : name.endsWith(".json") ? "application/json" : "application/octet-stream";
            byte[] body = Files.readAllBytes(file);
            exchange.getResponseHeaders().add("Content-Type", type);
            exchange.sendResponseHeaders(200, body.length);
            try (OutputStream o = exchange.getResponseBody()) {
                o.write(body);
            }
        });
        server.start();
        return server;
    }
}
