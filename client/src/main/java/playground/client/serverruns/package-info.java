/**
 * Training on the server, as the playground page offers it: the "Run on server" dialog (one
 * trial, several seeds, or a sweep over a grid of values), the live view of a server run
 * ({@link playground.client.serverruns.ServerRunView}: progress, curves, sweep table) and the
 * client of the server's runs API ({@link playground.client.serverruns.ServerRunsApi}).
 * "Server run" is the word here; the page's own training is "training" ({@code engine/},
 * {@code page.panels.TrainingControls}).
 *
 * <p>Two bundles: the room itself is compiled into its own ({@code serverruns},
 * {@link playground.client.serverruns.ServerRunsMain}), which the page loads when the reader
 * presses the header's button, or at start when the tab follows a run. The page's bundle carries
 * only the door, {@link playground.client.serverruns.ServerRuns}: the button, the loading, and
 * the {@link playground.client.serverruns.PageBridge} it hands the room (the experiment's
 * configuration, the language, the palette's choices and their changes, the page's notice,
 * opening a trial's snapshot in the playground). The door names none of the room's other
 * classes (ClientRoomsTest), and they reach the page through the bridge alone.
 *
 * <p>May use: the door: {@code ui/}, the engine client and the page's one state as the engine's
 * {@code Experiment}; the rest: {@code ui/} and the core (the page only through the bridge). Not
 * {@code page/} (which builds this room), sharing or lessons.
 */
package playground.client.serverruns;
