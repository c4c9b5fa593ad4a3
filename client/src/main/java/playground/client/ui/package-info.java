/**
 * The user-interface kit every browser page of the project shares: DOM building ({@link
 * playground.client.ui.Dom}), JavaScript helpers ({@link playground.client.ui.Js}), canvases,
 * words in two languages, colours, theme, sliders, charts, notices, modal dialogs, the HTTP
 * helper and what an embedded widget tells the page around it.
 *
 * <p>May use: the browser (TeaVM's JSO), the core ({@code playground.*} of shared). Knows no
 * page: nothing here imports the playground page, the engine, sharing, server runs or lessons.
 * Runs on the page's thread only, except the DOM-free {@link playground.client.ui.Js}, which
 * the training worker uses too. The colours come from the core's {@link playground.picture.Palette}.
 */
package playground.client.ui;

