/**
 * Pictures of a network as pixels: the colour scale ({@link playground.picture.Palette}) and the
 * output picture with every neuron's thumbnail ({@link playground.picture.HeatmapPainter}). The
 * browser's worker paints with them, and so does the server for link previews, so a preview
 * looks exactly like the page. Plain Java, no DOM: it runs on every runtime of the core.
 */
package playground.picture;
