/**
 * A class's teacher page ({@code /c/{id}/teacher}, web/teacher.html) and its own bundles
 * (teacher.wasm and teacher.js, entry {@link playground.client.classroom.teacher.TeacherMain}): the
 * class and its goal, the attempts table as attempts come in over the live stream, CSV, closing and
 * deleting. The playground page's bundle carries none of it.
 *
 * <p>May use: {@code ui/}, the classroom's {@link playground.client.classroom.ClassApi} (the
 * server's classes API), the core. Not the playground page's rooms ({@code page/}, {@code engine/},
 * {@code sharing/}, server runs, lessons, probes), nor the rest of {@code classroom/}, which is the
 * student's part of the playground page.
 */
package playground.client.classroom.teacher;
