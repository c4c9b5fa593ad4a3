package playground.server.sharing;

import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A post of WordPress (6.1) with a pasted link, as WordPress writes it for a provider it does not
 * trust: the oEmbed answer's HTML filtered as {@code wp_filter_oembed_result} does (only a
 * {@code <blockquote>} with links and an iframe survive, blockquote first; the iframe sandboxed,
 * given a secret in {@code data-secret} and in {@code #?secret=} after its address, and hidden
 * by a clip while the blockquote shows), and a resize listener that behaves as
 * {@code wp-embed.js}: it checks the secret, shows the frame and hides the blockquote at the
 * first message, sets the frame's height from a {@code height} message (clamped to 200–1000 px)
 * and says {@code ready} to every frame on load. Written from WordPress's source, not copied.
 */
final class WordPressPost {
    private static final Pattern TAG = Pattern.compile("<(/?)([a-zA-Z]+)([^>]*)>");
    private static final Pattern ATTRIBUTE = Pattern.compile("([a-zA-Z][a-zA-Z-]*)=\"([^\"]*)\"");
    private static final Set<String> IFRAME_ATTRIBUTES = Set.of("src", "width", "height", "frameborder",
            "marginwidth", "marginheight", "scrolling", "title");
    private static final Pattern KEPT = Pattern.compile("(?s)(<blockquote>.*?</blockquote>)?.*(<iframe.*?></iframe>)");
    private static final Pattern SRC = Pattern.compile(" src=([\"'])(.*?)\\1");

    private WordPressPost() {}

    /** The HTML WordPress puts into the post for an oEmbed answer's {@code html}; null when it refuses it. */
    static String filter(String oembedHtml, String secret) {
        Matcher kept = KEPT.matcher(allowedOnly(oembedHtml));
        if (!kept.find() || kept.group(2) == null) return null;
        String blockquote = kept.group(1);
        String html = (blockquote == null ? "" : blockquote) + kept.group(2);
        Matcher src = SRC.matcher(html);
        if (src.find()) {
            String q = src.group(1);
            html = html.replace(src.group(0), " src=" + q + src.group(2) + "#?secret=" + secret + q
                    + " data-secret=" + q + secret + q);
            html = html.replace("<blockquote", "<blockquote data-secret=\"" + secret + "\"");
        }
        if (blockquote != null) {
            html = html.replace("<iframe", "<iframe style=\"position: absolute; clip: rect(1px, 1px, 1px, 1px);\"");
            html = html.replace("<blockquote", "<blockquote class=\"wp-embedded-content\"");
        }
        return html.replace("<iframe", "<iframe class=\"wp-embedded-content\" sandbox=\"allow-scripts\" security=\"restricted\"");
    }

    /** As WordPress's HTML filter (kses) with its allowed list: other tags and attributes go, text stays. */
    private static String allowedOnly(String html) {
        StringBuilder out = new StringBuilder();
        Matcher tag = TAG.matcher(html);
        int last = 0;
        while (tag.find()) {
            out.append(html, last, tag.start());
            last = tag.end();
            String name = tag.group(2).toLowerCase();
            boolean closing = !tag.group(1).isEmpty();
            Set<String> allowed = switch (name) {
                case "blockquote" -> Set.of();
                case "a" -> Set.of("href");
                case "iframe" -> IFRAME_ATTRIBUTES;
                default -> null;
            };
            if (allowed == null) continue;
            out.append('<').append(closing ? "/" : "").append(name);
            if (!closing) {
                Matcher attribute = ATTRIBUTE.matcher(tag.group(3));
                while (attribute.find()) {
                    if (allowed.contains(attribute.group(1).toLowerCase())) {
                        out.append(' ').append(attribute.group(1).toLowerCase()).append("=\"").append(attribute.group(2))
                                .append('"');
                    }
                }
            }
            out.append('>');
        }
        return out.append(html.substring(last)).toString();
    }

    /**
     * The resize listener, as an inline script for the post's page. It counts the height messages
     * it obeyed in {@code window.wordPressHeights}, for the test to see.
     */
    static String resizeScript() {
        return """
                <script>
                window.wordPressHeights = [];
                window.addEventListener('message', event => {
                  const data = event.data;
                  if (!data || !(data.secret || data.message || data.value)) return;
                  if (/[^a-zA-Z0-9]/.test(data.secret)) return;
                  for (const quote of document.querySelectorAll('blockquote[data-secret="' + data.secret + '"]')) {
                    quote.style.display = 'none';
                  }
                  for (const frame of document.querySelectorAll('iframe[data-secret="' + data.secret + '"]')) {
                    if (event.source !== frame.contentWindow) continue;
                    frame.removeAttribute('style');
                    if (data.message === 'height') {
                      let height = parseInt(data.value, 10);
                      if (height > 1000) height = 1000;
                      else if (~~height < 200) height = 200;
                      frame.height = height;
                      window.wordPressHeights.push(height);
                    }
                  }
                });
                window.addEventListener('load', () => {
                  for (const frame of document.querySelectorAll('iframe.wp-embedded-content')) {
                    const secret = frame.getAttribute('data-secret');
                    if (secret) frame.contentWindow.postMessage({message: 'ready', secret: secret}, '*');
                  }
                });
                </script>
                """;
    }
}
