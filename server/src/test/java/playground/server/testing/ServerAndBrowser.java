package playground.server.testing;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * The set-up of every test class that drives pages: the real server on a free port and a fresh
 * headless Chromium (or several, for tests of two readers), started before the class's tests and
 * closed together after them. Before each test every browser forgets what the site stored
 * (localStorage, and sessionStorage, where a tab remembers the server run it follows), so that no
 * test depends on what an earlier one left.
 *
 * <pre>
 * &#64;RegisterExtension
 * static final ServerAndBrowser SITE = new ServerAndBrowser();
 * </pre>
 */
public final class ServerAndBrowser implements BeforeAllCallback, BeforeEachCallback, AfterEachCallback,
        AfterAllCallback {
    /** An address of the site that leads nowhere: its small page runs no script to clear storage under. */
    private static final String QUIET_PAGE = "/no-page-here";

    private final int browserCount;
    private final boolean browserPerTest;
    private final Supplier<TestServer> start;
    private final List<Browser> browsers = new ArrayList<>();
    private TestServer server;

    /** The server and one browser. */
    public ServerAndBrowser() {
        this(1);
    }

    /** The server and {@code browsers} browsers, each with its own profile: several readers. */
    public ServerAndBrowser(int browsers) {
        this(browsers, TestServer::start);
    }

    /**
     * A server of the caller's (another database, other limits), started when the class starts, and
     * {@code browsers} browsers; as an instance field of a {@code PER_CLASS} test class, {@code start}
     * may use the instance.
     */
    public ServerAndBrowser(int browsers, Supplier<TestServer> start) {
        this(browsers, start, false);
    }

    private ServerAndBrowser(int browsers, Supplier<TestServer> start, boolean browserPerTest) {
        this.browserCount = browsers;
        this.start = start;
        this.browserPerTest = browserPerTest;
    }

    /**
     * The server for the class, and a new browser for each test: for tests that change the
     * browser itself (scripts run before every page, a simulated engine), which must not leak.
     */
    public static ServerAndBrowser withFreshBrowserPerTest() {
        return new ServerAndBrowser(1, TestServer::start, true);
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        server = start.get();
        if (!browserPerTest) startBrowsers(context);
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        if (browserPerTest) startBrowsers(context);
        else forgetStoredState();
    }

    @Override
    public void afterEach(ExtensionContext context) {
        if (browserPerTest) closeBrowsers();
    }

    @Override
    public void afterAll(ExtensionContext context) {
        try {
            closeBrowsers();
        } finally {
            if (server != null) server.close();
        }
    }

    private void startBrowsers(ExtensionContext context) {
        try {
            for (int i = 0; i < browserCount; i++) browsers.add(Browser.start());
        } catch (RuntimeException e) {
            afterAll(context);
            throw e;
        }
    }

    private void closeBrowsers() {
        try {
            for (Browser browser : browsers) browser.close();
        } finally {
            browsers.clear();
        }
    }

    public TestServer server() {
        return server;
    }

    /** The (first) browser. */
    public Browser browser() {
        return browsers.get(0);
    }

    /** Browser {@code i}, from 0. */
    public Browser browser(int i) {
        return browsers.get(i);
    }

    /** For example {@code http://localhost:41234}, without a trailing slash. */
    public String baseUrl() {
        return server.baseUrl();
    }

    /** Clears the site's localStorage and each tab's sessionStorage, from a page that uses neither. */
    public void forgetStoredState() {
        for (Browser browser : browsers) {
            browser.open(baseUrl() + QUIET_PAGE);
            browser.script("localStorage.clear(); sessionStorage.clear();");
        }
    }
}
