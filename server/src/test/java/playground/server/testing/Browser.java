package playground.server.testing;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Comparator;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Stream;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A headless Chromium driven by Selenium, with a fresh profile that is deleted on close. Uses the
 * Debian packages' binaries and never lets Selenium Manager download anything.
 */
public final class Browser implements AutoCloseable {
    private static final String CHROMIUM = "/usr/bin/chromium";
    private static final String CHROMEDRIVER = "/usr/bin/chromedriver";
    private static final Duration READY_TIMEOUT = Duration.ofSeconds(30);
    /**
     * Selenium warns on every start that it has no DevTools classes for this Chromium version;
     * the harness uses only plain CDP commands, which need none. Held here so it is not collected.
     */
    private static final Logger CDP_VERSION_LOGGER = quiet("org.openqa.selenium.devtools.CdpVersionFinder");

    private final Path profile;
    private final ChromeDriver driver;

    private Browser(Path profile, ChromeDriver driver) {
        this.profile = profile;
        this.driver = driver;
    }

    public static Browser start() {
        return start(null);
    }

    /**
     * A browser that also writes Chromium's network log (every request of its pages and their
     * workers, with the bytes read) to {@code netLog}, complete once the browser is closed.
     */
    public static Browser startWritingNetLog(Path netLog) {
        return start(netLog);
    }

    private static Browser start(Path netLog) {
        System.setProperty("SE_OFFLINE", "true");
        Path profile;
        try {
            profile = Files.createTempDirectory("chromium-profile-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM);
        options.addArguments(
                "--headless",
                "--no-sandbox", // containers and root users have no usable sandbox
                "--disable-gpu",
                "--disable-quic",
                "--no-first-run",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--window-size=1024,768",
                "--user-data-dir=" + profile);
        if (netLog != null) options.addArguments("--log-net-log=" + netLog.toAbsolutePath());
        ChromeDriverService service =
                new ChromeDriverService.Builder()
                        .usingDriverExecutable(new File(CHROMEDRIVER))
                        .usingAnyFreePort()
                        .build();
        try {
            return new Browser(profile, new ChromeDriver(service, options));
        } catch (RuntimeException e) {
            deleteRecursively(profile);
            throw e;
        }
    }

    /** Opens any page (one without the playground's loader too) and waits until it has loaded. */
    public void open(String url) {
        driver.get(url);
    }

    /** Opens the page and waits until the loader reports {@code data-ready="true"}. */
    public void openAndWaitUntilReady(String url) {
        driver.get(url);
        new WebDriverWait(driver, READY_TIMEOUT)
                .until(d -> {
                    Object error = script("return document.documentElement.dataset.loadError ?? null");
                    if (error != null) {
                        throw new IllegalStateException("page failed to load: " + error);
                    }
                    return Boolean.TRUE.equals(
                            script("return document.documentElement.dataset.ready === 'true'"));
                });
    }

    /**
     * Polls a JavaScript expression (with {@code arguments[0…]} from {@code args}) until it is
     * truthy; fails naming {@code what} and the expression after {@code timeout}.
     */
    public void waitUntil(String condition, Duration timeout, String what, Object... args) {
        Wait.until(what + " (" + condition + ")", timeout,
                () -> Boolean.TRUE.equals(script("return !!(" + condition + ")", args)));
    }

    /** Runs this script in every page opened from now on, before the page's own scripts. */
    public void runBeforeEveryPage(String javascript) {
        driver.executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source", javascript));
    }

    /** Runs a Chrome DevTools Protocol command (e.g. Emulation.setEmulatedMedia) and returns its result. */
    public Map<String, Object> devTools(String command, Map<String, Object> params) {
        return driver.executeCdpCommand(command, params);
    }

    /** Runs JavaScript in the page; {@code return} a value to get it back (numbers as Long or Double). */
    public Object script(String javascript, Object... args) {
        return ((JavascriptExecutor) driver).executeScript(javascript, args);
    }

    /**
     * Runs {@code action} with {@link #script} and {@link #screenshot} going to the iframe that
     * {@code cssSelector} finds in the current page, then returns to the page.
     */
    public void inFrame(String cssSelector, Runnable action) {
        driver.switchTo().frame(driver.findElement(By.cssSelector(cssSelector)));
        try {
            action.run();
        } finally {
            driver.switchTo().defaultContent();
        }
    }

    /** Sets the browser window's size in CSS pixels (screenshots show the window). */
    public void windowSize(int width, int height) {
        driver.manage().window().setSize(new Dimension(width, height));
    }

    /** From now on, scripts run in the iframe that {@code cssSelector} finds in the current document. */
    public void switchToFrame(String cssSelector) {
        driver.switchTo().frame(driver.findElement(By.cssSelector(cssSelector)));
    }

    /** Back to the page itself after {@link #switchToFrame}. */
    public void switchToPage() {
        driver.switchTo().defaultContent();
    }

    public Path screenshot(Path file) {
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            Path shot = driver.getScreenshotAs(OutputType.FILE).toPath();
            return Files.move(shot, file, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        try {
            driver.quit();
        } finally {
            deleteRecursively(profile);
        }
    }

    private static Logger quiet(String name) {
        Logger logger = Logger.getLogger(name);
        logger.setLevel(Level.SEVERE);
        return logger;
    }

    private static void deleteRecursively(Path dir) {
        try (Stream<Path> paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            // A leftover temp directory is not worth failing a test for.
        }
    }
}
