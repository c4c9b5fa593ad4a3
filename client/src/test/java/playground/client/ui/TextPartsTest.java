package playground.client.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class TextPartsTest {
    @Test
    void splitsAtEverySeparatorKeepingEmptyParts() {
        assertEquals(List.of("a", "", "b", "c", ""), TextParts.split("a,,b c,", ", "));
        assertEquals(List.of(""), TextParts.split("", ","));
        assertEquals(List.of("secret=x", "y"), TextParts.split("secret=x#y", "&#?"));
    }

    @Test
    void lettersAndDigitsAreAsciiOnly() {
        assertTrue(TextParts.lettersAndDigits("relu_2-b", "_-"));
        assertFalse(TextParts.lettersAndDigits("relu_2", ""));
        assertFalse(TextParts.lettersAndDigits("", "_-"));
        assertFalse(TextParts.lettersAndDigits("é", ""));
    }
}
