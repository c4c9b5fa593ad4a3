/**
 * Sharing experiments: saving to the server and forking ({@link playground.client.sharing.SaveDialog}),
 * the reader's own experiments, a saved experiment's card, the embed-code generator and the
 * playground as an embedded widget, and challenges (a goal checked live, {@link
 * playground.client.sharing.GoalPanel}). {@link playground.client.sharing.Sharing} wires them.
 *
 * <p>May use: {@code ui/} (including the HTTP helper and the one {@code EmbedOptions}), the
 * engine client, the page's one state ({@code page.PageState}, read and changed only through its
 * methods), the core. Not the panels, server runs or lessons.
 */
package playground.client.sharing;

