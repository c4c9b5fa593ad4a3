/**
 * What the page exports and the "show the maths" panel (docs/page.md).
 *
 * <ul>
 * <li>{@link playground.export.ModelFile}: the model JSON (configuration, weights, training
 *     state) written and read back, with clear errors.</li>
 * <li>{@link playground.export.PyTorchScript} and {@link playground.export.KerasScript}: short
 *     Python scripts rebuilding the network with its current weights.</li>
 * <li>{@link playground.export.HistoryCsv}: the loss history as CSV (the data's CSV is
 *     {@link playground.data.Dataset#toCsv}).</li>
 * <li>{@link playground.export.MathMl}: the network and the loss as MathML formulas with the
 *     current numbers, rounded by {@link playground.export.DisplayNumber}.</li>
 * </ul>
 *
 * <p>Plain Java for TeaVM: no reflection, no {@code String.format}, no regular expressions.
 * Exact numbers are written through {@link playground.core.Numbers}; rounded ones through
 * {@link playground.export.DisplayNumber}, which uses only exact operations so that every runtime
 * shows the same text.
 */
package playground.export;
