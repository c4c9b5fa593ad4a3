/**
 * What every HTTP response shares, whatever feature answers it: JSON request bodies read one way
 * ({@link playground.server.http.JsonBodies}), JSON errors ({@link
 * playground.server.http.ApiException}, and {@link playground.server.http.ErrorResponses}, which
 * also answers the features' own refusals), security headers, the per-client write limit and
 * request metrics, and the compiled bundles under their content's name ({@link
 * playground.server.http.HashedBundles}).
 */
package playground.server.http;
