/**
 * Server runs, in one flat package like {@code experiments}: the HTTP edge ({@link
 * playground.server.runs.RunsApi}, {@link playground.server.runs.RunEvents}) sits beside the
 * domain it calls ({@link playground.server.runs.Runs}, the store, the scheduler and the trials).
 */
package playground.server.runs;
