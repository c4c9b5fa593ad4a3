package playground.server.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;

/**
 * axe-core, the standard accessibility checker, run in the page a {@link Browser} shows. It is a
 * test tool fetched from the npm registry by {@code scripts/test.sh} into the git-ignored
 * {@code .cache/axe-core/} of the repository (never committed). Without it the check is skipped
 * locally, with the command that fetches it, and fails on CI ({@code CI=true}).
 */
public final class Axe {
    /** The version {@code scripts/test.sh} fetches. */
    public static final String VERSION = "4.14.1";
    /** The WCAG 2.2 AA rules (with the A and 2.0/2.1 ones they build on). */
    private static final String TAGS = "['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']";
    private static final Path FILE = Path.of("..", ".cache", "axe-core", "axe.min.js");
    private static final Duration RUN_TIMEOUT = Duration.ofSeconds(60);

    private static String source;

    private Axe() {
    }

    /**
     * The violations axe finds in the current document of {@code browser}, one line each: rule id,
     * the element's selector, what fails. Empty when the page passes.
     */
    public static List<String> violations(Browser browser) {
        // run as the driver's own script, which the page's Content-Security-Policy does not govern
        if (!Boolean.TRUE.equals(browser.script("return !!window.axe"))) browser.script(source());
        browser.script("window.axeResult = null;"
                + "axe.run(document, {runOnly: {type: 'tag', values: " + TAGS + "}})"
                + "  .then(r => { window.axeResult = r.violations.flatMap(v => v.nodes.map(n =>"
                + "      v.id + ' at ' + n.target.join(' > ') + ': '"
                + "      + (n.failureSummary || v.help).replace(/\\s*\\n\\s*/g, ' '))); },"
                + "    e => { window.axeResult = ['axe itself failed: ' + e]; });");
        browser.waitUntil("window.axeResult !== null", RUN_TIMEOUT, "axe finishes");
        List<String> found = new ArrayList<>();
        for (Object line : (List<?>) browser.script("return window.axeResult")) found.add(String.valueOf(line));
        return found;
    }

    /** axe.min.js, read once; skips (or on CI fails) the test when it was not fetched. */
    private static synchronized String source() {
        if (source != null) return source;
        if (!Files.isRegularFile(FILE)) {
            String message = "axe-core is missing at " + FILE.toAbsolutePath().normalize()
                    + ": run scripts/test.sh once, or: mkdir -p .cache/axe-core && cd .cache/axe-core"
                    + " && npm pack axe-core@" + VERSION + " && tar xzf axe-core-" + VERSION + ".tgz"
                    + " --strip-components=1 package/axe.min.js";
            if ("true".equals(System.getenv("CI"))) Assertions.fail(message);
            Assumptions.abort(message);
        }
        try {
            source = Files.readString(FILE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return source;
    }
}
