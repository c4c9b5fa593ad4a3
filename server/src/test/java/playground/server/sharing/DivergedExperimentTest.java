package playground.server.sharing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import playground.server.testing.Browser;
import playground.server.testing.Http;
import playground.server.testing.TestServer;

/**
 * A saved experiment whose training diverged (NaN weights, losses no longer numbers) opens in
 * another browser with its own profile, says in words that training diverged and why, shows the
 * losses as "diverged" (never blank or null), and can be reset to a fresh start.
 */
class DivergedExperimentTest {
    /** A linear unit on the squared features with learning rate 10: NaN after one epoch. */
    private static final String DIVERGING = "problem=regression&dataset=plane&activation=linear&learningRate=10"
            + "&batchSize=1&features=x1sq,x2sq,x1x2&hiddenLayers=4&seed=3";

    private static TestServer server;
    private static SharingPage owner;
    private static SharingPage visitor;

    @BeforeAll
    static void start() {
        server = TestServer.start();
        owner = new SharingPage(Browser.start());
        visitor = new SharingPage(Browser.start());
    }

    @AfterAll
    static void stop() {
        try {
            owner.browser.close();
            visitor.browser.close();
        } finally {
            server.close();
        }
    }

    @Test
    void aDivergedSavedExperimentOpensSaysSoAndResets() {
        owner.open(server.baseUrl() + "/#" + DIVERGING);
        owner.step();
        owner.waitUntil("document.querySelector('#diverged').checkVisibility()", 20_000, "divergence shown");
        assertEquals("diverged", owner.text("#test-loss"));

        owner.click("#save-open");
        owner.waitUntil("document.querySelector('#save-dialog')?.open", 5_000, "the save dialog is open");
        owner.type("#save-title", "Too fast");
        owner.check("#save-state", true);
        owner.click("#save-create");
        owner.waitUntil("!document.querySelector('#save-result').hidden || document.querySelector('#save-error').textContent",
                20_000, "an answer to the save");
        assertEquals("", owner.text("#save-error"));
        String link = owner.value("#save-link");
        String id = link.substring(link.lastIndexOf('/') + 1);

        Http.Answer answer = new Http(server.baseUrl()).get("/api/experiments/" + id);
        assertEquals(200, answer.status(), answer.toString());
        JsonNode state = answer.json().path("state");
        assertEquals("NaN", state.path("weights").get(0).asText(), "the saved weights are NaN, in words: " + state);
        assertEquals("NaN", state.path("history").path("testLoss").get(1).asText(), state.toString());

        visitor.open(server.baseUrl() + "/e/" + id);
        visitor.waitUntil("document.querySelector('#epoch').textContent.replace(/[^0-9]/g, '') === '1'", 20_000,
                "the saved epoch is shown");
        assertEquals("Too fast", visitor.text("#experiment-title"));
        visitor.waitUntil("document.querySelector('#diverged').checkVisibility()", 10_000, "divergence explained");
        String message = visitor.text("#diverged");
        assertTrue(message.contains("Training diverged at epoch 1") && message.contains("learning rate 10 is too large"),
                message);
        assertEquals("diverged", visitor.text("#test-loss"));
        assertEquals("diverged", visitor.text("#train-loss"));
        visitor.js("document.querySelector('#diverged').scrollIntoView({block: 'center'})");
        visitor.screenshot("sharing-diverged-experiment.png");

        visitor.click("[data-control=reset]");
        visitor.waitUntil("!document.querySelector('#diverged').checkVisibility()", 10_000, "a fresh start");
        assertEquals("0", visitor.text("#epoch").replaceAll("[^0-9]", ""));
        String loss = visitor.text("#test-loss");
        assertTrue(loss.matches("[0-9.]+"), "a number again: " + loss);
    }
}
