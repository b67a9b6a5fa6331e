package dev.vigil.server.infrastructure.notification;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Locale;

/**
 * One configured webhook receiver: {@code vigil.webhook.<name>.url}, {@code .secret} (one or, while
 * rotating, two {@code whsec_} secrets), {@code .timeout} and {@code .allow-private}.
 */
public record WebhookEndpoint(String name, URI url, List<WebhookSecret> secrets, Duration timeout, boolean allowPrivate) {

    public WebhookEndpoint {
        String scheme = url.getScheme() == null ? "" : url.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("https") && !scheme.equals("http") || url.getHost() == null) {
            throw new IllegalArgumentException("vigil.webhook." + name + ".url must be an http(s) address with a host");
        }
        if (secrets == null || secrets.isEmpty()) {
            throw new IllegalArgumentException("vigil.webhook." + name + ".secret is required: a whsec_ secret shared "
                    + "with the receiver only");
        }
        secrets = List.copyOf(secrets);
        timeout = timeout == null ? Duration.ofSeconds(10) : timeout;
    }

    /** A receiver with one secret, on a public address. */
    public WebhookEndpoint(String name, URI url, WebhookSecret secret, Duration timeout) {
        this(name, url, List.of(secret), timeout, false);
    }
}
