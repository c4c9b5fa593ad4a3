/**
 * Link previews: what a pasted link shows before and after anyone clicks it. The preview
 * picture of a saved experiment, of the playground and of each lesson ({@link
 * playground.server.previews.PreviewPicture}, painted with the core's own pictures), the pages'
 * Open Graph and Twitter tags ({@link playground.server.previews.StaticPages}), and oEmbed for
 * every shareable link ({@link playground.server.previews.OEmbed}).
 *
 * <p>May use: the core, {@code http}, and {@code experiments} (to read saved experiments).
 */
package playground.server.previews;
