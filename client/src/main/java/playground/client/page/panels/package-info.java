/**
 * The playground's panels: data, features, network (diagram and inspector), output, loss and
 * gradient charts, metrics, maths, export files, hyperparameters, training controls and colour
 * preferences. Each reads the page's state and the engine client's frames and changes the state
 * through {@code PageState}.
 *
 * <p>May use: {@code ui/}, {@code engine/} (not its {@code worker/}), the page's state, the core.
 * Not sharing, server runs or lessons.
 */
package playground.client.page.panels;

