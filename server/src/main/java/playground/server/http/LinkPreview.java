package playground.server.http;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * What a pasted link shows before anyone clicks it: the tags of a page's head that WordPress,
 * Ghost, Discourse, Slack, Mastodon and the like read — Open Graph ({@code og:*}), the Twitter
 * card, the plain description — and the oEmbed discovery link that turns the link into a live
 * widget. Every address in them is absolute, as those readers require.
 *
 * @param title plain text
 * @param description plain text, or null
 * @param pageUrl the absolute address of the page
 * @param imageUrl the absolute address of its picture ({@code playground.server.previews})
 * @param oembedFor the absolute address the oEmbed discovery link names, or null for none
 */
public record LinkPreview(String title, String description, String pageUrl, String imageUrl, String oembedFor) {
    public static final String SITE_NAME = "Neural-network playground";
    /** The size of every preview picture: what Open Graph readers show best (1.91 : 1). */
    public static final int IMAGE_WIDTH = 1200;
    public static final int IMAGE_HEIGHT = 630;

    /** The head's lines, each indented by two spaces and ended by a newline. */
    public String headTags(String base) {
        StringBuilder head = new StringBuilder();
        if (description != null) meta(head, "name", "description", description);
        meta(head, "property", "og:site_name", SITE_NAME);
        meta(head, "property", "og:type", "website");
        meta(head, "property", "og:title", title);
        if (description != null) meta(head, "property", "og:description", description);
        meta(head, "property", "og:url", pageUrl);
        meta(head, "property", "og:image", imageUrl);
        meta(head, "property", "og:image:width", Integer.toString(IMAGE_WIDTH));
        meta(head, "property", "og:image:height", Integer.toString(IMAGE_HEIGHT));
        meta(head, "property", "og:image:alt", title);
        meta(head, "name", "twitter:card", "summary_large_image");
        meta(head, "name", "twitter:title", title);
        if (description != null) meta(head, "name", "twitter:description", description);
        meta(head, "name", "twitter:image", imageUrl);
        if (oembedFor != null) {
            head.append("  <link rel=\"alternate\" type=\"application/json+oembed\" href=\"")
                    .append(Html.escape(base + "/oembed?url=" + URLEncoder.encode(oembedFor, StandardCharsets.UTF_8)
                            + "&format=json"))
                    .append("\" title=\"").append(Html.escape(title)).append("\">\n");
        }
        return head.toString();
    }

    private static void meta(StringBuilder head, String attribute, String name, String content) {
        head.append("  <meta ").append(attribute).append("=\"").append(name).append("\" content=\"")
                .append(Html.escape(content)).append("\">\n");
    }
}
