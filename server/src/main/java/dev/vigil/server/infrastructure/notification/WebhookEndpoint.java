package dev.vigil.server.infrastructure.notification;

import java.net.URI;
import java.time.Duration;
import java.util.Locale;

/** One configured webhook receiver: {@code vigil.webhook.<name>.url}, {@code .secret} and {@code .timeout}. */
public record WebhookEndpoint(String name, URI url, String secret, Duration timeout) {

    static final int MIN_SECRET = 32;

    public WebhookEndpoint {
        String scheme = url.getScheme() == null ? "" : url.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("https") && !scheme.equals("http")) {
            throw new IllegalArgumentException("vigil.webhook." + name + ".url must be an http(s) address");
        }
        if (secret == null || secret.length() < MIN_SECRET) {
            throw new IllegalArgumentException("vigil.webhook." + name + ".secret must have at least " + MIN_SECRET
                    + " characters (a random value shared with the receiver only)");
        }
        timeout = timeout == null ? Duration.ofSeconds(10) : timeout;
    }
}
