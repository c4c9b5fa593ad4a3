/**
 * The experiment as one figure for slides and worksheets: the network diagram with its neuron
 * pictures and weighted links, the output picture with the data, the loss chart and the settings
 * in words, written as SVG; the same figure as a PNG at twice its size, and printed on one A4
 * page (the print stylesheet shows only this figure). Built on demand from the experiment and the
 * engine's latest frame; the pictures are painted again by the core's {@code HeatmapPainter} in
 * the light palette, so that the figure is print-friendly whatever the page's theme.
 *
 * <p>It lives in the share bundle ({@code sharing.ShareToolsMain}), which the page loads when the
 * reader asks for the figure.
 *
 * <p>May use: {@code ui/}, {@code engine/} (its frames, points and history; not the worker) and
 * the core. Never {@code page/}: the page hands the figure what it needs.
 */
package playground.client.figure;
