/**
 * Training on the server, as the playground page offers it: the "Run on server" dialog (one
 * trial, several seeds, or a sweep over a grid of values), the live view of a server run
 * ({@link playground.client.serverruns.ServerRunView}: progress, curves, sweep table) and the
 * client of the server's runs API ({@link playground.client.serverruns.ServerRunsApi}).
 * "Server run" is the word here; the page's own training is "training" ({@code engine/},
 * {@code page.panels.TrainingControls}).
 *
 * <p>May use: {@code ui/}, the engine client and the page's one state as the engine's
 * {@code Experiment} shows it, the core. Not {@code page/} (which builds this room), sharing or
 * lessons.
 */
package playground.client.serverruns;

