/**
 * The training engine as the page sees it: the typed message protocol between the page and its
 * Web Worker ({@link playground.client.engine.Protocol}: message types and field names, defined
 * once and used by both sides), the page-side client that keeps the worker in step with the
 * experiment ({@link playground.client.engine.EngineClient}), and the answers as the page reads
 * them ({@link playground.client.engine.Frame}, {@link playground.client.engine.Points},
 * {@link playground.client.engine.TrainingHistory}).
 *
 * <p>May use: {@code ui/} (Js), the browser's worker and message APIs, the core. It
 * knows the page only through {@link playground.client.engine.Experiment}; it never imports the
 * page, its panels, sharing, server runs or lessons. The worker's own code is in {@code worker/}.
 */
package playground.client.engine;

