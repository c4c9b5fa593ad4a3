/**
 * Probes: what the tests and the benchmark page call in the browser bundles, not the product.
 * {@link playground.client.probes.Fingerprints} gives training results as exact bits (the
 * cross-runtime test compares them with the JVM's); {@link playground.client.probes.Benchmark}
 * is the work web/bench.html times. {@code playground.client.Main} exports them to JavaScript
 * under their long-standing names.
 *
 * <p>May use: the core, and the engine's picture grid ({@code engine.Protocol}). No DOM.
 */
package playground.client.probes;

