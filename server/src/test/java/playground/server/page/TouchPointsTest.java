package playground.server.page;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import playground.server.testing.ServerAndBrowser;

/**
 * Points by touch (docs/page.md, "Your own points"): a tap on the output picture changes nothing
 * until "Add points" is on; then a tap adds a point, the notice says the data set is now Custom,
 * and Undo brings back the data set and the address from before. Real touches, through the
 * browser's input pipeline.
 */
class TouchPointsTest {
    @RegisterExtension
    @Order(1)
    static final ServerAndBrowser SITE = new ServerAndBrowser();
    private static final PlaygroundPage page = new PlaygroundPage(SITE);
    /** Back to the browser's own screen after each test. */
    @RegisterExtension
    @Order(2)
    static final Screens screens = new Screens(page);

    @Test
    void aTapAddsAPointOnlyInAddModeAndUndoBringsTheDataSetBack() {
        screens.use(360, 740, true);
        page.open("dataset=xor&points=100");
        String address = (String) page.js("return location.href");
        page.js("window.taps = 0; document.querySelector('.points-layer').addEventListener('click', () => window.taps++);");

        tapOnPicture();
        page.waitUntil("window.taps === 1", 10_000, "the tap reached the picture");
        assertEquals(address, page.js("return location.href"), "a tap outside the add mode changes nothing");
        assertTrue((Boolean) page.js("return document.querySelector('#notice').hidden"), "and says nothing");

        tap("#add-points");
        page.waitUntil("document.querySelector('#add-points').getAttribute('aria-pressed') === 'true'", 10_000,
                "the add mode is on");
        String hint = (String) page.js("return document.querySelector('#points-mode').innerText");  // what shows
        assertTrue(hint.contains("Tap the picture"), hint);
        assertTrue(!hint.contains("shift"), "no shift-click on a touch screen: " + hint);
        tapOnPicture();
        page.waitUntil("location.hash.includes('dataset=custom')", 10_000, "the data set became custom");
        assertEquals(pointsBefore() + 1, customPoints(), "one point more than the data set had");
        assertTrue(page.text("#notice").contains("Custom"), page.text("#notice"));

        tap("#undo-points");
        page.browser().waitUntil("location.href === arguments[0]", Duration.ofSeconds(10), "the address from before",
                address);
        assertTrue(page.text("[data-dataset][aria-pressed=true]").contains("XOR"), "the data set from before");
        assertTrue((Boolean) page.js("return document.querySelector('#undo-points').hidden"), "nothing left to undo");
    }

    /** A point each of the generated data set (training and test), as the link above asks. */
    private static int pointsBefore() {
        return 100;
    }

    /** Custom points in the address: three numbers each (x₁, x₂, label). */
    private static int customPoints() {
        String hash = (String) page.js("return decodeURIComponent(location.hash)");
        String list = hash.replaceAll(".*customPoints=([^&]*).*", "$1");
        return list.split(",").length / 3;
    }

    private static void tapOnPicture() {
        page.js("document.querySelector('#output-canvas').scrollIntoView({block: 'center'})");
        @SuppressWarnings("unchecked")
        List<Number> r = (List<Number>) page.js("const r = document.querySelector('.points-layer')"
                + ".getBoundingClientRect(); return [r.left + r.width * 0.3, r.top + r.height * 0.6];");
        touch(r.get(0).doubleValue(), r.get(1).doubleValue());
    }

    private static void tap(String selector) {
        page.js("document.querySelector(arguments[0]).scrollIntoView({block: 'center'})", selector);
        @SuppressWarnings("unchecked")
        List<Number> r = (List<Number>) page.js("const r = document.querySelector(arguments[0])"
                + ".getBoundingClientRect(); return [r.left + r.width / 2, r.top + r.height / 2];", selector);
        touch(r.get(0).doubleValue(), r.get(1).doubleValue());
    }

    /** A finger down and up at (x, y) of the window. */
    private static void touch(double x, double y) {
        page.devTools("Input.dispatchTouchEvent",
                Map.of("type", "touchStart", "touchPoints", List.of(Map.of("x", x, "y", y))));
        page.devTools("Input.dispatchTouchEvent", Map.of("type", "touchEnd", "touchPoints", List.of()));
    }
}
