/**
 * Sharing experiments: saving to the server and forking ({@link playground.client.sharing.SaveDialog}),
 * the reader's own experiments, a saved experiment's card, the embed-code generator and the
 * playground as an embedded widget, and challenges (a goal checked live, {@link
 * playground.client.sharing.GoalPanel}). {@link playground.client.sharing.Sharing} wires them.
 *
 * <p>May use: {@code ui/} (including the HTTP helper and the one {@code EmbedOptions}), the
 * engine client and the page's one state as the engine's {@code Experiment} shows it (read, and
 * changed only through its methods), the core. Not {@code page/} (which builds this room), server
 * runs or lessons.
 */
package playground.client.sharing;

