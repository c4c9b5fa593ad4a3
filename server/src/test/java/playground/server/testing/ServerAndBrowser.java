package playground.server.testing;

import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * The set-up of every test class that drives pages: the real server on a free port and a fresh
 * headless Chromium, started before the class's tests and closed together after them. Before each
 * test the browser forgets what the site stored (localStorage, and sessionStorage, where a tab
 * remembers the server run it follows), so that no test depends on what an earlier one left.
 *
 * <pre>
 * &#64;RegisterExtension
 * static final ServerAndBrowser SITE = new ServerAndBrowser();
 * </pre>
 */
public final class ServerAndBrowser implements BeforeAllCallback, BeforeEachCallback, AfterAllCallback {
    /** An address of the site that leads nowhere: its small page runs no script to clear storage under. */
    private static final String QUIET_PAGE = "/no-page-here";

    private TestServer server;
    private Browser browser;

    @Override
    public void beforeAll(ExtensionContext context) {
        server = TestServer.start();
        try {
            browser = Browser.start();
        } catch (RuntimeException e) {
            server.close();
            throw e;
        }
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        forgetStoredState();
    }

    @Override
    public void afterAll(ExtensionContext context) {
        try {
            if (browser != null) browser.close();
        } finally {
            if (server != null) server.close();
        }
    }

    public TestServer server() {
        return server;
    }

    public Browser browser() {
        return browser;
    }

    /** For example {@code http://localhost:41234}, without a trailing slash. */
    public String baseUrl() {
        return server.baseUrl();
    }

    /** Clears the site's localStorage and this tab's sessionStorage, from a page that uses neither. */
    public void forgetStoredState() {
        browser.open(baseUrl() + QUIET_PAGE);
        browser.script("localStorage.clear(); sessionStorage.clear();");
    }
}
