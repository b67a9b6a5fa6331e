/**
 * What the bundled connectors share: {@link dev.vigil.connector.support.PmsHttp} (timeouts, retries
 * honouring {@code Retry-After}, a client-side rate limiter, health), OAuth client-credentials tokens
 * reused until they expire, and Jackson set up for PMS wire formats.
 */
package dev.vigil.connector.support;
