package playground.server.page;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import playground.server.testing.ServerAndBrowser;
import playground.server.testing.Wait;

/**
 * A feature in use whose control the link hides (our {@code hide=x2}, an embed's
 * {@code hide=}) still feeds the network, but its links are not drawn: there is nothing on the
 * screen for them to start from.
 */
class HiddenFeatureTest {
    @RegisterExtension
    static final ServerAndBrowser SITE = new ServerAndBrowser();
    private static PlaygroundPage page;

    @BeforeAll
    static void start() {
        page = new PlaygroundPage(SITE);
    }

    @Test
    void linksOfAHiddenFeatureAreNotDrawnFromNowhere() {
        // Painted by the page (?diagram=page) so that the test can read the canvas; the worker's painter
        // gets the same layout, with the same links marked hidden.
        page.open("diagram=page", "dataset=circle&features=x1,x2&hiddenLayers=3&hide=x2");
        assertFalse(page.shown("[data-control=x2]"), "x2's control is hidden");
        assertTrue(page.shown("[data-control=x1]"));
        page.waitUntil("document.querySelector('canvas.diagram').width > 1", 10_000, "the diagram is laid out");
        Wait.pause(300); // the next animation frame paints the links

        // Right of every feature picture on screen: paint (the start of its links) only where the
        // feature is in use. A link from the hidden x2 must not start at some other feature.
        Object paintedBeside = page.js("""
                const canvas = document.querySelector('canvas.diagram');
                const area = canvas.getBoundingClientRect();
                const scale = canvas.width / area.width;
                const g = canvas.getContext('2d');
                const painted = {};
                for (const control of document.querySelectorAll('.feature-row')) {
                  if (!control.checkVisibility()) continue;
                  const box = control.querySelector('button.feature');
                  const r = box.getBoundingClientRect();
                  const x = Math.round((r.right - area.left + 4) * scale);
                  const y = Math.round((r.top - area.top) * scale), h = Math.round(r.height * scale);
                  if (x < 0 || y < 0 || x >= canvas.width || y + h > canvas.height || h <= 0) continue;
                  const column = g.getImageData(x, y, 1, h).data;
                  let any = false;
                  for (let i = 3; i < column.length; i += 4) any = any || column[i] > 0;
                  painted[control.dataset.control] = any;
                }
                return painted;""");
        assertEquals(Map.of("x1", true, "x1sq", false, "x2sq", false),
                filter((Map<?, ?>) paintedBeside, "x1", "x1sq", "x2sq"),
                "links start at x1 only (x2 is in use but hidden; the others are not in use)");
        assertEquals("x1,x2", page.js("return new URLSearchParams(location.hash.slice(1)).get('features')"),
                "the hidden feature is still in use");
    }

    private static Map<Object, Object> filter(Map<?, ?> map, String... keys) {
        Map<Object, Object> kept = new HashMap<>();
        for (String k : keys) kept.put(k, map.get(k));
        return kept;
    }
}
