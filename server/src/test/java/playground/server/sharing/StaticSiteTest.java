package playground.server.sharing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import playground.server.Main;
import playground.server.testing.Browser;

/**
 * The static export (docs/sharing.md) has no server: no saving, no "my experiments"; but sharing by the
 * URL hash, challenges and embeds ({@code index.html?embed=1}) still work from any file host.
 */
class StaticSiteTest {
    @TempDir Path dir;

    @Test
    void aStaticCopyHidesSavingButEmbedsAndChallengesWork() {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        Path site = dir.resolve("site");
        int status = Main.run(new String[] {"export-static", site.toString()}, new PrintStream(new ByteArrayOutputStream()),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        assertEquals(0, status, err.toString());

        try (BlogServer host = BlogServer.start(); Browser browser = Browser.start()) {
            host.hostSite(site);
            SharingPage page = new SharingPage(browser);
            page.open(host.url("/site/index.html#dataset=xor&features=x1x2&hiddenLayers=&goalTestLoss=0.05"));
            assertFalse(page.shown("#save-open"), "nothing can be saved without a server");
            assertFalse(page.shown("#mine-open"));
            assertEquals(0L, page.js("return document.querySelectorAll('#save-dialog, #mine-dialog').length"));
            assertEquals(0L, page.js("return document.querySelectorAll('#server-run-open, #server-run-dialog').length"),
                    "nothing can run on a server that is not there");
            assertTrue(page.shown("#goal-panel"), "a challenge in the link");

            page.click("#embed-open");
            page.click("#embed-preset-full");
            page.check("#embed-panel-network", false);
            page.check("#embed-panel-settings", false);
            String iframe = page.value("#embed-iframe");
            assertTrue(iframe.startsWith("<iframe src=\"" + host.url("/site/index.html") + "?embed=1&amp;panels=data,output,charts#"),
                    iframe);
            assertFalse(iframe.contains("sandbox"), iframe);
            String script = page.value("#embed-script");
            assertTrue(script.contains(" src=\"" + host.url("/site/index.html") + "\""), script);

            browser.open(host.publish("/post", iframe));
            browser.switchToFrame("iframe");
            page.waitUntilDrawn();
            assertFalse(page.shown("#network-panel"));
            assertTrue(page.shown("#goal-panel"));
            page.step();
            assertEquals(1, page.epoch());
            browser.switchToPage();

            browser.open(host.publish("/post-2", script));
            page.waitUntil("document.querySelector('nn-playground iframe')", 10_000, "the element's frame");
            browser.switchToFrame("nn-playground iframe");
            page.waitUntilDrawn();
            assertFalse(page.shown("#network-panel"));
            assertTrue(page.shown("#data-panel"));
        }
    }
}
