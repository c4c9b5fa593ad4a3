package playground.server.experiments;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import playground.server.http.ClasspathText;
import playground.server.http.InlineStyles;

/**
 * The playground page ({@code web/index.html} on the classpath) with room for what an experiment
 * adds to its head. The page's own title and description go; a {@code <base href="/">} comes first in the head so
 * that the page's relative links work at {@code /e/{id}} as they do at {@code /}; the rest goes at
 * the end of the head, after the charset declaration and the page's own scripts. Its style sheets
 * are written in ({@link InlineStyles}).
 */
public final class PageTemplate {
    private static final Pattern HEAD_OPEN = Pattern.compile("(?is)<head(\\s[^>]*)?>");
    private static final Pattern TITLE = Pattern.compile("(?is)\\s*<title>.*?</title>");
    private static final Pattern DESCRIPTION = Pattern.compile("(?is)\\s*<meta\\s+name=\"description\"[^>]*>");
    private static final String BASE = "\n  <base href=\"/\">";
    private static final Pattern HEAD_CLOSE = Pattern.compile("(?i)</head>");

    private final String start;
    private final String head;
    private final String end;

    private PageTemplate(String start, String head, String end) {
        this.start = start;
        this.head = head;
        this.end = end;
    }

    public static PageTemplate load(String resource) {
        return parse(InlineStyles.into(ClasspathText.read(resource)));
    }

    static PageTemplate parse(String html) {
        Matcher open = HEAD_OPEN.matcher(html);
        Matcher close = HEAD_CLOSE.matcher(html);
        if (!open.find() || !close.find(open.end())) {
            throw new IllegalStateException("the page has no <head>…</head>");
        }
        String head = TITLE.matcher(html.substring(open.end(), close.start())).replaceFirst("");
        head = DESCRIPTION.matcher(head).replaceFirst("");
        return new PageTemplate(html.substring(0, open.end()), head, html.substring(close.start()));
    }

    /** The page with {@code extraHead} (trusted, already escaped HTML) at the end of its head. */
    public String render(String extraHead) {
        return start + BASE + head + extraHead + end;
    }

    /**
     * The page with {@code first} (trusted HTML) right after the base, before the page's own tags,
     * and {@code extraHead} at the end of its head.
     */
    public String render(String first, String extraHead) {
        return start + BASE + "\n" + first.stripTrailing() + head + extraHead + end;
    }
}
