package playground.server.previews;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Each lesson's widget page is its lesson, written once: the widget follows the lesson page. */
class LessonWidgetPageTest {
    @Test
    void everyWidgetCarriesItsLessonsWordsKeyHeadingAndLiveSection() {
        for (SitePages.Page lesson : SitePages.LESSONS) {
            String page = PageWords.of(lesson.resource()).html();
            String widget = LessonWidgetPage.html(lesson);
            String key = group("data-title-key=\"(l\\d)\\.title\"", page);
            String heading = group("<h1[^>]*>([^<]*)</h1>", page);

            assertTrue(widget.contains("data-title-key=\"" + key + ".title\""), lesson.name() + ": words key");
            assertEquals(heading, group("<title>([^<]*)</title>", widget), lesson.name() + ": title");
            assertTrue(widget.contains("<section data-lesson=\"" + lesson.name() + "\" aria-label=\"" + heading
                    + "\" data-i18n-aria=\"" + key + ".heading\">"), lesson.name() + ": the live section");
            assertTrue(widget.contains("<html lang=\"en\" data-embed"), lesson.name() + ": marked as a widget");
            assertFalse(widget.matches("(?s).*\\{[a-z]+}.*"), lesson.name() + ": a placeholder left unfilled");
        }
    }

    @Test
    void aStaticExportWritesEachWidgetWhereItsAddressPointsWithHtmlAppended() {
        SitePages.Page neuron = SitePages.byName("neuron").orElseThrow();
        assertEquals("embed/lesson/neuron.html", LessonWidgetPage.exportPath(neuron));
    }

    private static String group(String regex, String text) {
        Matcher m = Pattern.compile(regex).matcher(text);
        assertTrue(m.find(), "no " + regex);
        return m.group(1);
    }
}
