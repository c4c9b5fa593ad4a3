/**
 * The playground page: {@link playground.client.page.PageApp} builds it, and {@link
 * playground.client.page.PageState} is the one owner of its state (the experiment, the view
 * options and the URL hash, kept in step); everything else reads and changes the state through
 * it. The panels are in {@code panels/}.
 *
 * <p>May use: every room of the client except {@code lessons/} — {@code ui/}, {@code engine/},
 * {@code figure/}, {@code sharing/}, {@code serverruns/} — and the core. Runs on the page's thread.
 */
package playground.client.page;

