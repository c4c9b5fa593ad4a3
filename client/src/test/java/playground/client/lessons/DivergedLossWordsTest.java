package playground.client.lessons;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import playground.client.ui.I18n;
import playground.client.ui.LossText;

/** A loss that is not a finite number is "diverged" (发散) on the page and in the lessons, never NaN or blank. */
class DivergedLossWordsTest {
    private static I18n i18n(String language) throws IOException {
        Path folder = Path.of("..", "web", "i18n");
        return new I18n(Files.readString(folder.resolve("en.json"), StandardCharsets.UTF_8),
                Files.readString(folder.resolve("zh.json"), StandardCharsets.UTF_8), language);
    }

    @Test
    void nonFiniteLossesAreNamedInBothLanguages() throws IOException {
        for (String[] expected : new String[][] {{I18n.EN, "diverged"}, {I18n.ZH, "发散"}}) {
            I18n i18n = i18n(expected[0]);
            for (double loss : new double[] {Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY}) {
                assertEquals(expected[1], Format.loss(loss, 4, i18n), "lessons, " + loss);
                assertEquals(expected[1], LossText.of(loss, 3, i18n), "page, " + loss);
            }
        }
    }
}
