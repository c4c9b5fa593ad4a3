/**
 * The interactive lessons (linear regression, overfitting, a neuron, depth and width,
 * backpropagation) and their embeds: each lesson a small model in plain Java and a widget that
 * draws it. {@link playground.client.lessons.LessonsMain} is the entry point of their own bundles
 * (lessons.wasm, lessons.js), which the playground page never loads.
 *
 * <p>May use: {@code ui/}, {@code playground.client.JsNumbers} and the core ({@code playground.*} of shared). Never the playground
 * page ({@code page/}), sharing or server runs; {@code ClientRoomsTest} checks the imports.
 */
package playground.client.lessons;

