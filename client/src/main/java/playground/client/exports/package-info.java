/**
 * The scripts and formulas a reader takes away, in their own bundle (exports.wasm, exports.js)
 * that the training worker loads the first time the page asks for one: the PyTorch and Keras
 * scripts and the MathML of the "show the maths" panel ({@code playground.export}'s
 * {@code PyTorchScript}, {@code KerasScript}, {@code MathMl} and the classes behind them). They
 * are most of the export code and a first visit needs none of them, so they stay out of the
 * bundle the page and its worker load at start.
 *
 * <p>The bridge is two functions of plain values ({@link playground.client.exports.ExportsMain}):
 * the maths from the configuration and the network's current parameters (asked twice a second
 * while the panel is open, so kept cheap: the run is built once per configuration), a script from
 * the run's snapshot JSON (the core's {@code Snapshot}, which the worker already writes); each
 * gives the text back. Runs in the worker: no DOM.
 *
 * <p>May use: the core, the message names of {@code engine.Protocol}, the DOM-free {@code ui.Js}
 * and {@code playground.client.JsNumbers}; nothing else of the client. Only this room uses those
 * export classes, and the worker reaches this room only through the bundle ({@code ClientRoomsTest}).
 */
package playground.client.exports;
