/**
 * The playground's panels: data, features, network (diagram and inspector), output, loss and
 * gradient charts, metrics, maths, export files, hyperparameters, training controls and colour
 * preferences. Each reads the page's state and the engine client's frames and changes the state
 * through {@code PageState}.
 *
 * <p>May use: {@code ui/}, {@code engine/}, the page's state, the core; of {@code engine/worker/}
 * only the DOM-free {@code DiagramPainter}, which paints on the page where a browser cannot hand
 * the diagram's canvas to the worker. Not sharing, server runs or lessons.
 */
package playground.client.page.panels;

