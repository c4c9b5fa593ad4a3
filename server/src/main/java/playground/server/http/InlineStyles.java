package playground.server.http;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A page's own style sheets written into it as served: each {@code <link rel="stylesheet"
 * href="css/….css">} for every medium (print's, with its {@code media}, stays a link) becomes a
 * {@code <style>} holding the file. A first visit then asks for no style sheet: each would cost a
 * request, and over HTTP/1.1 a browser opens at most six connections to a server, so the
 * playground's five sheets held up its script and its bundle. They are small (13 KB gzip for the
 * playground), compressed with the page, and the page is revalidated on every visit anyway.
 * The files in web/ keep their links, so a static copy of the site works as it is.
 */
public final class InlineStyles {
    private static final Pattern SHEET = Pattern.compile("<link rel=\"stylesheet\" href=\"((?:\\.\\./)*)css/([a-z-]+\\.css)\">");

    private InlineStyles() {}

    /** {@code html} with its linked sheets (web/css/) written in. */
    public static String into(String html) {
        Matcher link = SHEET.matcher(html);
        StringBuilder page = new StringBuilder();
        while (link.find()) {
            String css = ClasspathText.read("web/css/" + link.group(2));
            if (css.toLowerCase().contains("</style")) throw new IllegalStateException(link.group(2) + " would end its <style>");
            link.appendReplacement(page, Matcher.quoteReplacement("<style>/* css/" + link.group(2) + " */\n" + css.strip()
                    + "\n</style>"));
        }
        return link.appendTail(page).toString();
    }
}
