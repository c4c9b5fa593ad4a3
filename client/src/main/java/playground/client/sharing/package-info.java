/**
 * Sharing experiments: saving to the server and forking ({@link playground.client.sharing.SaveDialog}),
 * the reader's own experiments, a saved experiment's card, the embed-code generator and the
 * playground as an embedded widget, and challenges (a goal checked live, {@link
 * playground.client.sharing.GoalPanel}). {@link playground.client.sharing.Sharing} wires them.
 *
 * <p>Two bundles. What a first visit needs is in the page's bundle: {@code Sharing.prepare} (a
 * saved experiment's page, an embed's options), the experiment card, the goal, the embed mode
 * and the buttons. The dialogs (save, my experiments, embed code) and the figure ({@code figure/})
 * are the share bundle ({@link playground.client.sharing.ShareToolsMain}), which the page loads
 * on the first press of one of their buttons ({@link playground.client.sharing.ShareBundle}). The
 * two meet only through {@link playground.client.sharing.ShareBridge}: one plain JavaScript object
 * of strings, elements and functions (the page's hash and link, the worker's snapshot and epoch,
 * the shown experiment as JSON, the save listeners, the notice, the words), which the share
 * bundle reads as {@link playground.client.sharing.SharePage}. {@code ClientRoomsTest} keeps the
 * page's side from naming the share bundle's classes.
 *
 * <p>May use: {@code ui/} (including the HTTP helper and the one {@code EmbedOptions}), the
 * engine client and the page's one state as the engine's {@code Experiment} shows it (read, and
 * changed only through its methods), the core; the share bundle also {@code figure/}. Not
 * {@code page/} (which builds this room), server runs or lessons.
 */
package playground.client.sharing;
