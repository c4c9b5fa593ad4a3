package playground.client.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

/** What a host adds to an embed's address is told apart from the configuration. */
class HostKeysTest {
    @Test
    void wordPressSecretAndHostKeysAreNotTheConfiguration() {
        assertEquals("", HostKeys.ours("#?secret=k3Jq9ZpX0a"));
        assertEquals("dataset=xor&seed=3", HostKeys.ours("#dataset=xor&seed=3#?secret=k3Jq9ZpX0a"));
        assertEquals("dataset=xor", HostKeys.ours("#dataset=xor&fbclid=abc&utm_source=x"));
        assertEquals("dataset=xor&learningRate=", HostKeys.ours("dataset=xor&learningRate="));
        // A value of ours that the schema refuses stays, to be reported.
        assertEquals("learningRate=fast", HostKeys.ours("#learningRate=fast"));
    }

    @Test
    void theSecretIsLettersAndDigitsAfterTheHostsQuestionMark() {
        assertEquals("k3Jq9ZpX0a", HostKeys.wordPressSecret("#?secret=k3Jq9ZpX0a"));
        assertEquals("k3Jq9ZpX0a", HostKeys.wordPressSecret("#dataset=xor#?secret=k3Jq9ZpX0a"));
        assertNull(HostKeys.wordPressSecret("#secret=abc"), "ours has no secret key");
        assertNull(HostKeys.wordPressSecret("#?secret=a\"b"));
        assertNull(HostKeys.wordPressSecret(""));
    }
}
