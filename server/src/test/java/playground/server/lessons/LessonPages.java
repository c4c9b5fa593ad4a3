package playground.server.lessons;

import java.time.Duration;
import java.util.function.BooleanSupplier;
import playground.server.testing.Browser;
import playground.server.testing.Wait;

/**
 * Reading and operating lesson widgets the way a reader does: through their controls (found by
 * {@code data-control}) and what they show. Numbers the widgets expose exactly, for checks that
 * need all their digits, are read from the widget root's {@code data-*} attributes.
 */
final class LessonPages {
    static final Duration TIMEOUT = Duration.ofSeconds(60);

    private final Browser browser;

    LessonPages(Browser browser) {
        this.browser = browser;
    }

    /** Opens a page and waits until the bundle is loaded and every widget is built. */
    void open(String url) {
        browser.openAndWaitUntilReady(url);
        waitUntil("the lessons start", () -> ready());
    }

    /** Whether the lesson script has built the widgets in the current document (or frame). */
    boolean ready() {
        Object error = browser.script("return document.documentElement.dataset.pageError ?? null");
        if (error != null) throw new IllegalStateException("the lesson page failed: " + error);
        return "ready".equals(browser.script("return document.documentElement.dataset.lessons ?? null"));
    }

    void waitUntil(String what, BooleanSupplier condition) {
        Wait.until(what, TIMEOUT, condition);
    }


    /** The first element matching {@code selector} inside the widget of lesson {@code lesson}. */
    private static String find(String lesson, String selector) {
        return "document.querySelector('[data-lesson=\"" + lesson + "\"] " + selector + "')";
    }

    /** Clicks the button (or the element) of control {@code control}. */
    void click(String lesson, String control) {
        browser.script("const c = " + find(lesson, "[data-control=\"" + control + "\"]") + ";"
                + "(c.matches('button') ? c : c.querySelector('button')).click();");
    }

    /** Moves the range input of control {@code control} to {@code value}, as a drag would. */
    void slide(String lesson, String control, double value) {
        browser.script("const i = " + find(lesson, "[data-control=\"" + control + "\"] input[type=range]") + ";"
                + "i.value = String(arguments[0]); i.dispatchEvent(new Event('input', {bubbles: true}));"
                + "i.dispatchEvent(new Event('change', {bubbles: true}));", value);
    }

    /** Chooses {@code value} in the select of control {@code control}. */
    void choose(String lesson, String control, String value) {
        browser.script("const s = " + find(lesson, "[data-control=\"" + control + "\"] select") + ";"
                + "s.value = arguments[0]; s.dispatchEvent(new Event('change', {bubbles: true}));", value);
    }

    /** An attribute of the widget root. */
    String attribute(String lesson, String name) {
        return (String) browser.script("return document.querySelector('[data-lesson=\"" + lesson + "\"]')"
                + ".getAttribute(arguments[0]);", name);
    }

    double number(String lesson, String attribute) {
        return Double.parseDouble(attribute(lesson, attribute));
    }

    double[] numbers(String lesson, String attribute) {
        return parse(attribute(lesson, attribute));
    }

    static double[] parse(String csv) {
        String[] parts = csv.split(",");
        double[] values = new double[parts.length];
        for (int i = 0; i < parts.length; i++) values[i] = Double.parseDouble(parts[i]);
        return values;
    }

    /** The text a reader sees in the first element matching {@code selector} in the widget. */
    String text(String lesson, String selector) {
        return (String) browser.script("const e = " + find(lesson, selector) + "; return e ? e.textContent : null;");
    }

    /** A number as the page writes it (with the typographic minus sign). */
    static double shown(String text) {
        return Double.parseDouble(text.trim().replace('−', '-'));
    }
}
