package dev.vigil.server.infrastructure.notification;

import java.util.Arrays;
import java.util.Base64;

/**
 * A webhook signing secret as Standard Webhooks writes it, {@code whsec_} followed by the base64 of at
 * least 24 random bytes; only the receiver and Vigil know it. Its bytes never appear in a log.
 */
public final class WebhookSecret {

    static final String PREFIX = "whsec_";
    static final int MIN_BYTES = 24;

    private final byte[] key;

    private WebhookSecret(byte[] key) {
        this.key = key;
    }

    /** Reads one secret; the message names what is wrong, never the value. */
    public static WebhookSecret parse(String text) {
        if (text == null || !text.startsWith(PREFIX)) {
            throw new IllegalArgumentException("must be whsec_ followed by the base64 of at least 24 random bytes, "
                    + "e.g. whsec_$(openssl rand -base64 32)");
        }
        byte[] key;
        try {
            key = Base64.getDecoder().decode(text.substring(PREFIX.length()));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("the part after whsec_ is not base64");
        }
        if (key.length < MIN_BYTES) {
            throw new IllegalArgumentException("must hold at least " + MIN_BYTES + " random bytes");
        }
        return new WebhookSecret(key);
    }

    /** The key the signature is made with. */
    byte[] key() {
        return key.clone();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof WebhookSecret other && Arrays.equals(key, other.key);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(key);
    }

    @Override
    public String toString() {
        return "whsec_…";
    }
}
