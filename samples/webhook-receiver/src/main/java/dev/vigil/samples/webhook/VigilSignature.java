package dev.vigil.samples.webhook;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Checks a Vigil webhook before anything trusts it. The {@code Vigil-Signature} header reads
 * {@code t=<unix seconds>,v1=<hex>}; {@code <hex>} must equal HMAC-SHA256, keyed with the shared
 * secret's UTF-8 bytes, over {@code <t> + "." + <raw request body>}, and {@code t} must lie within
 * five minutes of the receiver's clock, so that a captured request cannot be replayed later.
 * Compare in constant time, and verify the raw bytes as received, before any JSON parsing.
 */
public final class VigilSignature {

    public static final Duration REPLAY_WINDOW = Duration.ofMinutes(5);

    /** Why a request was refused, or {@code OK}. */
    public enum Verdict { OK, MISSING, MALFORMED, TOO_OLD, MISMATCH }

    private final byte[] secret;

    public VigilSignature(String secret) {
        this.secret = secret.getBytes(StandardCharsets.UTF_8);
    }

    public Verdict check(String header, byte[] rawBody, Instant now) {
        if (header == null || header.isBlank()) {
            return Verdict.MISSING;
        }
        String t = null;
        String v1 = null;
        for (String part : header.split(",")) {
            String p = part.strip();
            if (p.startsWith("t=")) {
                t = p.substring(2);
            } else if (p.startsWith("v1=")) {
                v1 = p.substring(3);
            }
        }
        if (t == null || v1 == null || !t.matches("\\d{1,12}")) {
            return Verdict.MALFORMED;
        }
        if (Math.abs(now.getEpochSecond() - Long.parseLong(t)) > REPLAY_WINDOW.toSeconds()) {
            return Verdict.TOO_OLD;
        }
        byte[] expected = HexFormat.of().formatHex(hmac(t, rawBody)).getBytes(StandardCharsets.US_ASCII);
        return MessageDigest.isEqual(expected, v1.getBytes(StandardCharsets.US_ASCII)) ? Verdict.OK : Verdict.MISMATCH;
    }

    private byte[] hmac(String t, byte[] body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret, "HmacSHA256"));
            mac.update((t + ".").getBytes(StandardCharsets.US_ASCII));
            return mac.doFinal(body);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
