/**
 * Classes for a challenge: a teacher turns a saved challenge into a class, students' attempts
 * (goal reached, or handed in) are recorded with a forkable copy of their network, and the teacher
 * reads them as a list, a CSV file, live events and preview pictures. The HTTP edge ({@link
 * playground.server.classes.ClassesApi}, {@link playground.server.classes.ClassPages}, {@link
 * playground.server.classes.ClassEvents}) sits beside the store and the checks it calls.
 *
 * <p>May use: the core, {@code db}, {@code http}, {@code refusal}, {@code experiments} (a class
 * reads its challenge and saves attempts as experiments) and {@code previews} (their pictures).
 */
package playground.server.classes;
