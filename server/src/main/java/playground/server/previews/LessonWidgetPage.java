package playground.server.previews;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import playground.server.http.ClasspathText;

/**
 * A lesson's widget page ({@code /embed/lesson/{name}}): the lesson's live part without the site
 * around it. Every widget is the one template {@code templates/lesson-widget.html} filled from its
 * lesson page, so a lesson is written once (its page) and its widget follows: the same words key
 * ({@code data-title-key}) and the same heading, which the widget takes as its title and name.
 */
public final class LessonWidgetPage {
    private static final String TEMPLATE = "templates/lesson-widget.html";
    private static final Pattern TITLE_KEY = Pattern.compile("data-title-key=\"([a-z0-9]+)\\.title\"");
    private static final Pattern HEADING = Pattern.compile("(?s)<h1[^>]*>(.*?)</h1>");

    private LessonWidgetPage() {}

    /** The widget page of {@code lesson}, as HTML. */
    public static String html(SitePages.Page lesson) {
        String page = PageWords.of(lesson.resource()).html();
        String key = find(TITLE_KEY, page, lesson, "a data-title-key=\"…title\" on <html>");
        String heading = find(HEADING, page, lesson, "an <h1>").strip();
        return template().replace("{lesson}", lesson.name()).replace("{key}", key).replace("{title}", heading);
    }

    /** Where a static export writes the widget of {@code lesson}: its address, with ".html". */
    public static String exportPath(SitePages.Page lesson) {
        return lesson.embed().substring(1) + ".html";
    }

    private static String find(Pattern pattern, String page, SitePages.Page lesson, String what) {
        Matcher m = pattern.matcher(page);
        if (!m.find()) throw new IllegalStateException(lesson.resource() + " has no " + what);
        return m.group(1);
    }

    private static String template() {
        return ClasspathText.read(TEMPLATE);
    }
}
