/**
 * How the server's features say no without knowing HTTP: a {@link
 * playground.server.refusal.Refusal} names its reason and the field; the HTTP edge turns each
 * reason into its status.
 */
package playground.server.refusal;
