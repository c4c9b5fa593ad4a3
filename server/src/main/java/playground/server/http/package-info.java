/**
 * What every HTTP response shares, whatever feature answers it: JSON errors ({@link
 * playground.server.http.ApiException}, {@link playground.server.http.ErrorResponses}), security
 * headers, the per-client write limit and request metrics.
 */
package playground.server.http;
