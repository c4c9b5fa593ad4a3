package playground.server.page;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import playground.server.testing.ServerAndBrowser;

/**
 * The page on a 1280×800 laptop screen (docs/page.md, "Layout"), in English and in Chinese: the
 * bar's buttons and settings take at most two rows, and the first screen holds the controls, the
 * network and the output picture; with a mouse every target is at least 24×24 px.
 */
class DesktopLayoutTest {
    private static final int WIDTH = 1280;
    private static final int HEIGHT = 800;

    @RegisterExtension
    @Order(1)
    static final ServerAndBrowser SITE = new ServerAndBrowser();
    private static final PlaygroundPage page = new PlaygroundPage(SITE);
    /** Back to the browser's own screen after each test. */
    @RegisterExtension
    @Order(2)
    static final Screens screens = new Screens(page);

    @Test
    void theSettingsTakeTwoRowsAndTheFirstScreenHoldsTheNetworkAndTheOutput() {
        for (String lang : new String[] {"en", "zh"}) {
            screens.use(WIDTH, HEIGHT, false);
            page.open("lang=" + lang, "");
            // a new row starts where a control's top lies below the bottom of the row so far
            long rows = (Long) page.js("const boxes = [...document.querySelectorAll('#bar .field, #bar .run-buttons,"
                    + " #bar .epoch')].filter(e => e.checkVisibility()).map(e => e.getBoundingClientRect())"
                    + "  .sort((a, b) => a.top - b.top);"
                    + "let rows = 0, bottom = -Infinity;"
                    + "for (const b of boxes) { if (b.top >= bottom - 1) { rows++; bottom = b.bottom; }"
                    + "  else bottom = Math.max(bottom, b.bottom); }"
                    + "return rows;");
            assertTrue(rows <= 2, lang + ": the bar's controls take " + rows + " rows");
            for (String selector : new String[] {"#bar", "#play", "#network-panel .network", "#output-canvas",
                    "#test-loss"}) {
                List<Number> box = screens.topAndBottom(selector);
                assertTrue(box.get(1).doubleValue() <= HEIGHT,
                        lang + ": " + selector + " reaches down to " + box.get(1) + " px, below the first screen");
            }
            screens.shoot("desktop-1280-" + lang + ".png");
        }
    }

    @Test
    void everyTargetIsAtLeast24PixelsSquareWithAMouse() {
        screens.use(WIDTH, HEIGHT, false);
        page.open("dataset=gauss&classes=3");
        page.click("#add-points");
        @SuppressWarnings("unchecked")
        List<String> small = (List<String>) page.js(PhoneLayoutTest.SMALL_TARGETS, 24);
        assertEquals(List.of(), small, "targets smaller than 24×24 px");
    }
}
