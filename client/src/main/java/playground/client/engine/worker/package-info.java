/**
 * What runs inside the training Web Worker: the message loop ({@link
 * playground.client.engine.worker.EngineWorker}), the worker's side of postMessage, the painters
 * of the neuron pictures ({@link playground.picture.HeatmapPainter}) and of the
 * network diagram on an OffscreenCanvas, and the model file and loss CSV written from the run.
 *
 * <p>No DOM: a worker has no document, so nothing here may import {@code org.teavm.jso.dom},
 * the browser window or the page's DOM helpers ({@code ui.Dom}, canvases, i18n). May use: the
 * protocol and layout of {@code engine/}, the DOM-free {@code ui.Js} and {@code ui.Bundles}, the pictures of
 * {@code playground.picture}, the
 * core, and {@code playground.client.JsNumbers}. The worker runs the page's own bundle
 * ({@code Main.startWorker}); the scripts and formulas come from the exports bundle, loaded on
 * demand ({@code ui.Bundles}). {@code ClientRoomsTest} checks the imports.
 */
package playground.client.engine.worker;

