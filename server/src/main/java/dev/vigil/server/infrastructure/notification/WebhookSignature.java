package dev.vigil.server.infrastructure.notification;

import com.standardwebhooks.Webhook;
import com.standardwebhooks.exceptions.WebhookSigningException;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Webhook signatures to the Standard Webhooks specification, the convention chains' tooling already
 * verifies: {@code webhook-id} (the notification's id, the same on every retry), {@code webhook-timestamp}
 * (Unix seconds) and {@code webhook-signature}: {@code v1,<base64 HMAC-SHA256 of id.timestamp.body>},
 * one per secret, space-separated, so that a receiver keeps verifying while a secret is rotated.
 */
public final class WebhookSignature {

    public static final String ID = "webhook-id";
    public static final String TIMESTAMP = "webhook-timestamp";
    public static final String SIGNATURE = "webhook-signature";

    private WebhookSignature() {
    }

    /** The {@code webhook-signature} value for one message under every given secret. */
    public static String header(List<WebhookSecret> secrets, String id, long timestampSeconds, String body) {
        if (secrets.isEmpty()) {
            throw new IllegalArgumentException("a webhook needs a secret");
        }
        return secrets.stream().map(s -> sign(s, id, timestampSeconds, body)).collect(Collectors.joining(" "));
    }

    private static String sign(WebhookSecret secret, String id, long timestampSeconds, String body) {
        try {
            return new Webhook(secret.key()).sign(id, timestampSeconds, body);
        } catch (WebhookSigningException | com.standardwebhooks.exceptions.EmptyWebhookSecretException e) {
            throw new IllegalStateException("HMAC-SHA256 is part of every Java runtime", e);
        }
    }
}
