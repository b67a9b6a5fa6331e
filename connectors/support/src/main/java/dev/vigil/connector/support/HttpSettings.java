package dev.vigil.connector.support;

import dev.vigil.plugin.connector.ConnectorSettings;
import java.net.URI;
import java.time.Duration;

/**
 * How a connector talks HTTP to its PMS, from its settings: {@code base-url}, {@code connect-timeout}
 * (default {@code PT2S}), {@code timeout} per attempt ({@code PT5S}), {@code retries} after the first
 * attempt ({@code 3}), {@code max-retry-wait} the longest {@code Retry-After} worth waiting for
 * ({@code PT30S}), {@code rate-limit} (the connector's documented default) and {@code max-queue-wait},
 * how long a call may wait for the rate limiter ({@code PT30S}).
 *
 * @param baseUrl the PMS's API address, without a trailing slash
 * @param connectTimeout the longest wait for a connection
 * @param requestTimeout the longest wait for one answer
 * @param retries attempts after the first on a timeout, {@code 429} or {@code 5xx}
 * @param maxRetryWait the longest {@code Retry-After} honoured; longer ones end the call
 * @param rateLimit the client-side limit
 * @param maxQueueWait the longest wait for the rate limiter
 */
public record HttpSettings(URI baseUrl, Duration connectTimeout, Duration requestTimeout, int retries,
                           Duration maxRetryWait, RateLimit rateLimit, Duration maxQueueWait) {

    /**
     * Reads the settings, with the PMS's documented rate as the default limit.
     *
     * @param settings the connector's settings
     * @param defaultBaseUrl the PMS's public address, or null when {@code base-url} is required
     * @param documented the default rate limit, under the PMS's documented one
     * @return the HTTP settings
     * @throws IllegalArgumentException naming a setting that is missing or wrong
     */
    public static HttpSettings from(ConnectorSettings settings, String defaultBaseUrl, RateLimit documented) {
        String base = defaultBaseUrl == null ? settings.require("base-url")
                : settings.get("base-url").orElse(defaultBaseUrl);
        URI uri;
        try {
            uri = URI.create(base.replaceAll("/+$", ""));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("setting 'base-url' is not a URL", e);
        }
        if (!"https".equals(uri.getScheme()) && !"http".equals(uri.getScheme())) {
            throw new IllegalArgumentException("setting 'base-url' must be an http or https URL");
        }
        int retries = settings.integer("retries", 3);
        if (retries < 0 || retries > 10) {
            throw new IllegalArgumentException("setting 'retries' must be between 0 and 10");
        }
        return new HttpSettings(uri, settings.duration("connect-timeout", Duration.ofSeconds(2)),
                settings.duration("timeout", Duration.ofSeconds(5)), retries,
                settings.duration("max-retry-wait", Duration.ofSeconds(30)),
                settings.get("rate-limit").map(RateLimit::parse).orElse(documented),
                settings.duration("max-queue-wait", Duration.ofSeconds(30)));
    }
}
