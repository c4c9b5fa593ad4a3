/**
 * Probes: what the tests and the benchmark page call in the browser bundles, not the product.
 * {@link playground.client.probes.Fingerprints} gives training results as exact bits (the
 * cross-runtime test compares them with the JVM's); {@link playground.client.probes.Benchmark}
 * is the work web/bench.html times; {@link playground.client.probes.ProbesMain} exports both to
 * JavaScript under their long-standing names, in a bundle of their own (probes.wasm, probes.js)
 * that the playground page loads only when its address has {@code ?probes}. {@link playground.client.probes.PageProbe} lets a test ask the
 * running playground for the exact bits of its worker's run ({@code window.playgroundPage}).
 *
 * <p>May use: the core, {@code engine/} (the picture grid, the engine client) and
 * {@code playground.client.JsNumbers}. No DOM.
 */
package playground.client.probes;

