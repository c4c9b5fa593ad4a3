package playground.server.page;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import playground.server.testing.ServerAndBrowser;

/**
 * The page on a phone's touch screen (docs/page.md, "On a phone"): the first screen is for
 * looking, nothing is wider than the screen, and every target a finger taps is at least 44×44.
 */
class PhoneLayoutTest {
    private static final int WIDTH = 360;
    private static final int WIDEST_PHONE = 430;
    private static final int HEIGHT = 740;
    private static final String CHALLENGE = "goalTestLoss=0.1&goalEpochs=500";
    /** Phones held sideways. */
    private static final int[][] SIDEWAYS = {{740, 360}, {844, 390}};

    @RegisterExtension
    @Order(1)
    static final ServerAndBrowser SITE = new ServerAndBrowser();
    private static final PlaygroundPage page = new PlaygroundPage(SITE);
    /** Back to the browser's own screen after each test. */
    @RegisterExtension
    @Order(2)
    static final Screens screens = new Screens(page);

    @Test
    void theFirstScreenShowsPlayTheOutputTheNetworkAndTheGoal() {
        for (int width : new int[] {WIDTH, WIDEST_PHONE}) {
            for (String lang : new String[] {"en", "zh"}) {
                screens.use(width, HEIGHT, true);
                page.open("lang=" + lang, CHALLENGE);
                assertTrue((Boolean) page.js("return matchMedia('(pointer: coarse)').matches"), "a touch screen");
                screens.shoot("phone-first-screen-" + width + "-" + lang + ".png");
                for (String selector : new String[] {"#play", "#epoch", "#output-canvas", "#test-loss",
                        "#compact-network", "#goal-status"}) {
                    List<Number> box = screens.topAndBottom(selector);
                    assertTrue(box.get(0).doubleValue() >= 0 && box.get(1).doubleValue() <= HEIGHT,
                            lang + " at " + width + " px: " + selector + " lies at " + box + ", not inside the first "
                                    + HEIGHT + " px");
                }
            }
        }
    }

    /**
     * Held sideways, a challenge's card is one line, the verdict and a toggle for the goal's
     * parts, so that play, the verdict and the picture share the first screen; upright there is
     * room for the parts, and no toggle.
     */
    @Test
    void sidewaysTheChallengeIsOneLineAndThePictureIsOnTheFirstScreen() {
        for (int[] size : SIDEWAYS) {
            for (String lang : new String[] {"en", "zh"}) {
                String where = lang + " at " + size[0] + "×" + size[1];
                screens.use(size[0], size[1], true);
                page.open("lang=" + lang, CHALLENGE);
                screens.shoot("sideways-challenge-" + size[0] + "x" + size[1] + "-" + lang + ".png");
                for (String selector : new String[] {"#play", "#goal-status", "#fold-goal"}) {
                    List<Number> box = screens.topAndBottom(selector);
                    assertTrue(box.get(0).doubleValue() >= 0 && box.get(1).doubleValue() <= size[1],
                            where + ": " + selector + " lies at " + box + ", not on the first screen");
                }
                List<Number> card = screens.topAndBottom("#goal-panel");
                double cardHeight = card.get(1).doubleValue() - card.get(0).doubleValue();
                assertTrue(cardHeight <= 60, where + ": the challenge's card is " + cardHeight + " px high, not one line");
                List<Number> picture = screens.topAndBottom("#output-canvas");
                double shown = Math.min(size[1], picture.get(1).doubleValue()) - picture.get(0).doubleValue();
                assertTrue(shown >= 100, where + ": " + shown + " px of the picture on the first screen");
                assertFalse(page.shown(".goal-tasks"), where + ": the goal's parts wait behind the toggle");

                page.click("#fold-goal");
                assertTrue(page.shown(".goal-tasks"), where + ": the toggle shows the goal's parts");
                assertEquals("true", page.js("return document.querySelector('#fold-goal').getAttribute('aria-expanded')"));
                screens.shoot("sideways-challenge-details-" + size[0] + "x" + size[1] + "-" + lang + ".png");
                page.click("#fold-goal");  // closed again: the fold is remembered for the visit
                assertFalse(page.shown(".goal-tasks"), where + ": the toggle hides the parts again");
            }
        }
        screens.use(WIDTH, HEIGHT, true);
        page.open(CHALLENGE);
        assertTrue(page.shown(".goal-tasks") && !page.shown("#fold-goal"), "upright: the parts, no toggle");
    }

    @Test
    void theSmallNetworkShowsEveryNeuronAndTapsToTheWholeOne() {
        screens.use(WIDTH, HEIGHT, true);
        page.open("hiddenLayers=4,3");
        page.waitUntil("document.querySelectorAll('.compact-input').length === 2"
                + " && document.querySelector('.compact-diagram').width > 1", 10_000, "the small network is painted");
        page.trainTo(20);
        screens.shoot("phone-small-network-trained-en.png");
        page.click("#compact-network");
        page.waitUntil("Math.abs(document.getElementById('network-panel').getBoundingClientRect().top) < 2"
                + " && document.activeElement.id === 'network-panel'", 10_000, "the whole network at the top, focused");
    }

    /**
     * The small network follows the whole diagram's choice of what its links show: their weights
     * (the palette's colours), or in the gradient view their gradients (the gradient colour).
     */
    @Test
    void theSmallNetworkColoursItsLinksAsTheWholeDiagramDoes() {
        screens.use(WIDTH, HEIGHT, true);
        page.open("hiddenLayers=4,3");
        page.trainTo(20);
        assertEquals(0, gradientColouredPixels(), "links by weight: nothing in the gradient colour");
        assertTrue(page.paletteCounts(STRIP)[0] + page.paletteCounts(STRIP)[1] > 0, "links and pictures by weight");
        page.click("#links-by-gradient");
        page.waitUntil("document.querySelector('#links-by-gradient').checked", 10_000, "the gradient view's switch on");
        assertTrue(gradientColouredPixels() > 50, "links by gradient: " + gradientColouredPixels() + " pixels");
        screens.shoot("phone-small-network-gradients-en.png");
        page.click("#links-by-gradient");
        assertEquals(0, gradientColouredPixels(), "back to links by weight");
    }

    private static final String STRIP = "#compact-network .compact-diagram";

    /** Pixels of the small network's canvas in the diagram's gradient colour (#c2185b), whatever their opacity. */
    private static long gradientColouredPixels() {
        return (Long) page.js("const c = document.querySelector(arguments[0]);"
                + "const d = c.getContext('2d').getImageData(0, 0, c.width, c.height).data; let n = 0;"
                + "for (let i = 0; i < d.length; i += 4) if (d[i + 3] > 20 && Math.abs(d[i] - 194) < 30"
                + " && Math.abs(d[i + 1] - 24) < 30 && Math.abs(d[i + 2] - 91) < 30) n++;"
                + "return n;", STRIP);
    }

    @Test
    void nothingIsWiderThanTheScreenUpright() {
        screens.use(WIDTH, HEIGHT, true);
        for (String hash : new String[] {CHALLENGE, PageForEveryoneTest.LARGEST, "problem=regression&dataset=houses"}) {
            for (String lang : new String[] {"en", "zh"}) {
                page.open("lang=" + lang, hash);
                openEveryFold();
                assertFits(WIDTH, lang + " " + hash);
            }
        }
    }

    @Test
    void nothingIsWiderThanTheScreenOnALandscapePhoneOrATablet() {
        int[][] sizes = {SIDEWAYS[0], SIDEWAYS[1], {820, 1180}};
        for (int[] size : sizes) {
            screens.use(size[0], size[1], true);
            for (String lang : new String[] {"en", "zh"}) {
                page.open("lang=" + lang, CHALLENGE);
                assertFits(size[0], lang + " at " + size[0] + "×" + size[1]);
                screens.shoot("touch-" + size[0] + "x" + size[1] + "-" + lang + ".png");
            }
        }
    }

    @Test
    void everyTargetAFingerTapsIsAtLeast44PixelsSquare() {
        screens.use(WIDTH, HEIGHT, true);
        for (String hash : new String[] {CHALLENGE, "dataset=gauss&classes=3"}) {
            page.open(hash);
            openEveryFold();
            page.click("#add-points");
            @SuppressWarnings("unchecked")
            List<String> small = (List<String>) page.js(SMALL_TARGETS, 44);
            assertEquals(List.of(), small, hash + ": targets smaller than 44×44 px");
        }
        screens.shoot("phone-folds-open-en.png");
    }

    /**
     * Every visible control's tap target below {@code arguments[0]} px (a checkbox's or a file
     * chooser's is its label). Links inside a sentence are exempt, as WCAG 2.5.8 exempts them.
     */
    static final String SMALL_TARGETS = "const min = arguments[0]; const out = [];"
            + "const controls = document.querySelectorAll('button, a[href], select, input, textarea, summary,"
            + " [role=button], [tabindex]:not([tabindex=\"-1\"])');"
            + "for (const c of controls) {"
            + "  let target = c;"
            + "  if (c.matches('input[type=checkbox], input[type=radio], input[type=file]'))"
            + "    target = c.closest('label') || document.querySelector('label[for=\"' + c.id + '\"]') || c;"
            + "  if (!target.checkVisibility({visibilityProperty: true, opacityProperty: false})) continue;"
            + "  if (c.matches('p a, li a, dd a')) continue;"
            + "  const r = target.getBoundingClientRect();"
            + "  if (r.right < 0 || r.bottom + scrollY < 0) continue;"  // the skip link waits off screen for focus
            + "  if (r.width < min - 0.5 || r.height < min - 0.5) out.push(target.tagName.toLowerCase()"
            + "      + (target.id ? '#' + target.id : '') + (target.className ? '.' + target.className : '')"
            + "      + ' \"' + (target.textContent || target.getAttribute('aria-label') || '').trim().slice(0, 20) + '\" '"
            + "      + Math.round(r.width) + '×' + Math.round(r.height)); }"
            + "return out;";

    private static void openEveryFold() {
        page.js("for (const t of document.querySelectorAll('.fold-toggle[aria-expanded=false]')) t.click();");
    }

    private static void assertFits(int width, String what) {
        long pageWidth = screens.pageWidth();
        assertTrue(pageWidth <= width, what + ": the page is " + pageWidth + " px wide: " + screens.widerThan(width));
    }
}
