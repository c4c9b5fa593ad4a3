package playground.server.sharing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import playground.config.HashCodec;
import playground.config.Limits;
import playground.server.testing.ServerAndBrowser;
import playground.server.testing.TestServer;
import playground.train.TrainingRun;

/**
 * Challenges (docs/sharing.md): a goal in a link (ours or the crash course's) is shown in words, in
 * both languages, checked live, and success is shown plainly, at the very epoch the core says;
 * a goal not met says which part fails.
 */
class ChallengeTest {
    @RegisterExtension
    static final ServerAndBrowser SITE = new ServerAndBrowser();
    private static TestServer server;
    private static SharingPage page;
    private static int opened;

    @BeforeAll
    static void start() {
        server = SITE.server();
        page = new SharingPage(SITE.browser());
    }

    private static void open(String query, String hash) {
        page.open(server.baseUrl() + "/?n=" + (++opened) + query + "#" + hash);
    }

    private static String part(String name) {
        return (String) page.js("return document.querySelector('.goal-parts')"
                + ".querySelector('[data-part=' + arguments[0] + ']').className", name);
    }

    /** The first epoch at which the core, on the JVM, has the test loss below {@code limit}. */
    private static int firstEpochBelow(String hash, double limit, int epochs) {
        TrainingRun run = new TrainingRun(HashCodec.decode(hash, Limits.BROWSER).config());
        for (int e = 1; e <= epochs; e++) {
            run.trainEpoch();
            if (run.testLoss() < limit) return e;
        }
        return -1;
    }

    @Test
    void aGoalInTheLinkIsShownCheckedLiveAndReachedAtTheEpochTheCoreSays() {
        String config = "dataset=xor&features=x1x2&hiddenLayers=&learningRate=0.03";
        open("", config + "&goalTestLoss=0.01&goalEpochs=200");
        assertTrue(page.shown("#goal-panel"));
        assertEquals("Goal: test loss below 0.01, within 200 epochs.", page.text("#goal-summary"));
        assertEquals("fails", part("testLossBelow"), "not met before training");
        assertEquals("holds", part("withinEpochs"));
        assertEquals("Not reached yet. Press run and try.", page.text("#goal-status"));

        page.play();
        page.waitUntil("document.querySelector('#goal-status').dataset.reached === 'true'", 30_000, "success");
        page.pause();
        Matcher reached = Pattern.compile("Goal reached at epoch (\\d+)!").matcher(page.text("#goal-status"));
        assertTrue(reached.matches(), page.text("#goal-status"));
        int expected = firstEpochBelow(config, 0.01, 200);
        assertTrue(expected > 1, "the goal takes some training: " + expected);
        assertEquals(expected, Integer.parseInt(reached.group(1)), "the first epoch below the threshold, not a later frame");
        assertTrue(page.shown("#goal-panel.reached"));
        assertEquals("holds", part("testLossBelow"));
        page.screenshot("sharing-goal-reached.png");
    }

    @Test
    void aGoalNotMetInTimeSaysWhichPartFailsInChinese() {
        open("&lang=zh", "dataset=xor&features=x1,x2&hiddenLayers=&goalTestLoss=0.01&goalEpochs=20&goalMaxLayers=0");
        assertEquals("目标：测试损失低于 0.01，最多 0 个隐藏层，在 20 轮以内。", page.text("#goal-summary"));
        page.trainTo(25);
        assertTrue(page.shown("#goal-panel.missed"));
        assertEquals("没有在 20 轮以内达成。请重置并尝试其他设置。", page.text("#goal-status"));
        assertEquals("fails", part("testLossBelow"), "a linear boundary cannot fit xor");
        assertEquals("holds", part("maxLayers"));
        assertEquals("fails", part("withinEpochs"));
    }

    /** Per task: its number and the epoch it was ticked at ("" while not). */
    private static List<?> tasks() {
        return (List<?>) page.js("return [...document.querySelectorAll('.goal-task')]"
                + ".map(li => li.dataset.task + ':' + li.dataset.met)");
    }

    @Test
    void theCrashCoursesThresholdsAreSuccessiveTasksTickedInTurnWithOneVerdict() {
        String hash = "dataset=xor&noise=35&networkShape=1&x=true&y=true&xTimesY=true"
                + "&goalTestLossMinThresholdFirst=0.35&goalTestLossMinThresholdSecond=0.2";
        int first = firstEpochBelow(hash, 0.35, 100);
        int second = firstEpochBelow(hash, 0.2, 100);
        assertTrue(0 < first && first < second, first + " then " + second);
        open("", hash);
        assertEquals("Goal, step by step: test loss below 0.35; then test loss below 0.2.", page.text("#goal-summary"));
        assertEquals(List.of("1:", "2:"), tasks());
        assertEquals("0 of 2 steps done. Keep training.", page.text("#goal-status"));

        for (int e = 1; e <= first; e++) page.step();
        assertEquals(List.of("1:" + first, "2:"), tasks(), "the first task is ticked at its epoch");
        assertEquals("1 of 2 steps done. Keep training.", page.text("#goal-status"));
        assertEquals("false", page.js("return document.querySelector('#goal-status').dataset.reached"));

        for (int e = first + 1; e <= second; e++) page.step();
        assertEquals(List.of("1:" + first, "2:" + second), tasks(), "then the second");
        assertEquals("Goal reached at epoch " + second + "!", page.text("#goal-status"));
        page.trainTo(second + 30);
        assertEquals("Goal reached at epoch " + second + "!", page.text("#goal-status"), "the verdict stays");
        assertEquals(0L, page.js("return document.querySelectorAll('#goal-panel .fails, #goal-panel .pending').length"),
                "no part of a reached goal is marked as failing");
        page.js("document.querySelector('#goal-panel').scrollIntoView({block: 'center'})");
        page.screenshot("sharing-goal-tasks.png");
    }

    @Test
    void onAPhoneTheStepsFitTheScreen() {
        SITE.browser().devTools("Emulation.setDeviceMetricsOverride",
                Map.of("width", 360, "height", 740, "deviceScaleFactor", 2, "mobile", true));
        SITE.browser().devTools("Emulation.setTouchEmulationEnabled", Map.of("enabled", true));
        try {
            open("&lang=zh", "dataset=xor&noise=35&networkShape=1&x=true&y=true&xTimesY=true"
                    + "&goalTestLossMinThresholdFirst=0.35&goalTestLossMinThresholdSecond=0.2&goalEpochs=,300");
            page.step();
            page.step();
            assertEquals("已完成 0 / 2 步。继续训练。", page.text("#goal-status"));
            long right = (Long) page.js("return Math.ceil(Math.max(...[...document.querySelectorAll('#goal-panel *')]"
                    + ".map(e => e.getBoundingClientRect().right)))");
            assertTrue(right <= 360, "the card ends at " + right + " px");
            page.js("document.querySelector('#goal-panel').scrollIntoView({block: 'center'})");
            page.screenshot("sharing-goal-tasks-phone-zh.png");
        } finally {
            SITE.browser().devTools("Emulation.setTouchEmulationEnabled", Map.of("enabled", false));
            SITE.browser().devTools("Emulation.clearDeviceMetricsOverride", Map.of());
        }
    }

    @Test
    void aReachedGoalWithADeadlineStaysReachedPastTheDeadline() {
        String config = "dataset=xor&noise=35&networkShape=1&x=true&y=true&xTimesY=true";
        int first = firstEpochBelow(config, 0.35, 100);
        open("", config + "&goalTestLoss=0.35&goalEpochs=" + (first + 2));
        page.trainTo(first + 10);
        assertEquals("Goal reached at epoch " + first + "!", page.text("#goal-status"));
        assertEquals("holds", part("withinEpochs"), "within the deadline when it was reached");
        assertTrue(!page.shown("#goal-panel.missed"));
    }

    @Test
    void withoutAGoalThereIsNoChallenge() {
        open("", "dataset=xor");
        assertTrue(!page.shown("#goal-panel"));
    }
}
