package playground.server.experiments;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.commonmark.renderer.html.UrlSanitizer;
import org.commonmark.renderer.text.TextContentRenderer;

/**
 * An experiment's notes are Markdown with raw HTML disabled (docs/sharing.md): HTML in the text comes out
 * as visible text, and a link or image may only lead to a web page ({@code http:}, {@code https:},
 * or an address on this site) or, for a link, an e-mail address: any other scheme
 * ({@code javascript:}, {@code data:}, {@code vbscript:}, …) becomes an empty address.
 */
public final class Notes {
    private static final Parser PARSER = Parser.builder().build();
    private static final HtmlRenderer HTML = HtmlRenderer.builder()
            .escapeHtml(true)
            .sanitizeUrls(true)
            .urlSanitizer(new WebAddresses())
            .attributeProviderFactory(context -> (node, tag, attributes) -> {
                // Readers follow links out of a page anyone can write: no referrer, no opener, no ranking.
                if (node instanceof Link) attributes.put("rel", "nofollow noopener noreferrer");
            })
            .build();
    private static final TextContentRenderer TEXT = TextContentRenderer.builder().build();
    private static final Set<Character> SPACE = Set.of(' ', '\n', '\r', '\t');

    private Notes() {}

    /** Keeps web and e-mail addresses (and addresses without a scheme); empties every other. */
    private static final class WebAddresses implements UrlSanitizer {
        private static final Pattern SCHEME = Pattern.compile("^([a-zA-Z][a-zA-Z0-9+.-]*):");
        /** What browsers ignore inside a scheme ("java\tscript:") or before it. */
        private static final Pattern IGNORED = Pattern.compile("[\\u0000-\\u0020\\u007f]");

        @Override
        public String sanitizeLinkUrl(String url) {
            return keep(url, Set.of("http", "https", "mailto"));
        }

        @Override
        public String sanitizeImageUrl(String url) {
            return keep(url, Set.of("http", "https"));
        }

        private static String keep(String url, Set<String> schemes) {
            String plain = IGNORED.matcher(url).replaceAll("");
            Matcher scheme = SCHEME.matcher(plain);
            if (!scheme.find()) return plain.contains(":") && plain.indexOf(':') < firstOf(plain, "/?#") ? "" : url;
            return schemes.contains(scheme.group(1).toLowerCase(Locale.ROOT)) ? url : "";
        }

        private static int firstOf(String s, String chars) {
            int first = s.length();
            for (char c : chars.toCharArray()) {
                int at = s.indexOf(c);
                if (at >= 0) first = Math.min(first, at);
            }
            return first;
        }
    }

    /** The notes as safe HTML, or null without notes. */
    public static String toHtml(String markdown) {
        if (markdown == null) return null;
        return HTML.render(PARSER.parse(markdown));
    }

    /**
     * The notes as one line of plain text, at most {@code maxChars} code points (ending in "…" when
     * cut), for a page's description; null without notes.
     */
    public static String summary(String markdown, int maxChars) {
        if (markdown == null) return null;
        Node document = PARSER.parse(markdown);
        unlink(document);
        String text = TEXT.render(document).replaceAll("\\s+", " ").strip();
        if (text.isEmpty()) return null;
        if (text.codePointCount(0, text.length()) <= maxChars) return text;
        int end = text.offsetByCodePoints(0, maxChars - 1);
        int space = end;
        while (space > maxChars / 2 && !SPACE.contains(text.charAt(space))) space--;
        if (space > maxChars / 2) end = space; // cut between words when a word boundary is near
        return text.substring(0, end).strip() + "…";
    }

    /** Links keep their words and lose their addresses: a description reads as a sentence. */
    private static void unlink(Node document) {
        List<Link> links = new ArrayList<>();
        document.accept(new AbstractVisitor() {
            @Override
            public void visit(Link link) {
                links.add(link);
                visitChildren(link);
            }
        });
        for (Link link : links) {
            Node child = link.getFirstChild();
            while (child != null) {
                Node next = child.getNext();
                link.insertBefore(child);
                child = next;
            }
            link.unlink();
        }
    }
}
