package playground.server.previews;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import playground.server.http.ClasspathText;
import playground.server.http.LinkPreview;

/**
 * A static page's HTML and what it says of itself: its {@code <title>} and its
 * {@code <meta name="description">}, the one place where a page's words are written.
 */
record PageWords(String html, String title, String description) {
    static final Pattern TITLE = Pattern.compile("(?is)<title>(.*?)</title>");
    static final Pattern DESCRIPTION =
            Pattern.compile("(?is)\\s*<meta\\s+name=\"description\"\\s+content=\"([^\"]*)\"\\s*>");
    private static final Map<String, PageWords> READ = new ConcurrentHashMap<>();

    static PageWords of(String resource) {
        return READ.computeIfAbsent(resource, PageWords::read);
    }

    private static PageWords read(String resource) {
        String html = ClasspathText.read(resource);
        Matcher title = TITLE.matcher(html);
        Matcher description = DESCRIPTION.matcher(html);
        return new PageWords(html, title.find() ? unescape(title.group(1).strip()) : LinkPreview.SITE_NAME,
                description.find() ? unescape(description.group(1).strip()) : null);
    }

    /** The few entities a title or description in our own pages may hold. */
    private static String unescape(String html) {
        return html.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&#39;", "'")
                .replace("&amp;", "&");
    }
}
