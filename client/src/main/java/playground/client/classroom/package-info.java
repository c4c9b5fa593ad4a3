/**
 * The classroom (docs/classroom.md): a teacher turns a saved challenge into a class link ({@link
 * playground.client.classroom.ClassLinks}, in the save dialog); students who open it see a class bar
 * ({@link playground.client.classroom.ClassBar}) that records their attempts — when the goal is
 * reached, and when they hand in. {@link playground.client.classroom.Classroom} wires this, the
 * playground page's part. The teacher's private page, which lists the attempts live, is the room
 * {@code classroom/teacher/} with its own bundle: nothing here uses it.
 *
 * <p>May use: {@code ui/} (DOM, words, the HTTP helper), the engine client and the page's one state
 * as the engine's {@code Experiment} shows it (read only), the public side of {@code sharing/} (the save dialog's hooks,
 * the goal's "reached", the experiment's capture), the core. Not {@code page/} (which builds this
 * room), {@code classroom/teacher/}, server runs, lessons or probes.
 */
package playground.client.classroom;
