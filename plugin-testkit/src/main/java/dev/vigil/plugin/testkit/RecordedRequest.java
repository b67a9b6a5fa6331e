package dev.vigil.plugin.testkit;

import java.time.Instant;

/**
 * Value object: one request a fake PMS received.
 *
 * @param method the HTTP method
 * @param path the path with its query
 * @param body the body as text, or empty
 * @param receivedAt when the fake received it
 */
public record RecordedRequest(String method, String path, String body, Instant receivedAt) {

    /**
     * The path without its query.
     *
     * @return the path
     */
    public String pathOnly() {
        int q = path.indexOf('?');
        return q < 0 ? path : path.substring(0, q);
    }
}
