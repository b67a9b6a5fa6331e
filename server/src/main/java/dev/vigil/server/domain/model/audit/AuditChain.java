package dev.vigil.server.domain.model.audit;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The links of a tenant's audit chain: each entry's seal is HMAC-SHA256 under the tenant's audit key of
 * its place, the previous seal and its content, so that altering, removing or inserting an entry breaks
 * every seal after it, and only someone holding the key (never stored in the database unwrapped) could
 * forge new ones. A chain without a tenant key (events of no tenant) is sealed with plain SHA-256.
 */
public final class AuditChain {

    /** The previous seal of a chain's first entry. */
    public static final String GENESIS = "0".repeat(64);
    /** The key id of a chain sealed without a key. */
    public static final String NO_KEY = "none";

    private AuditChain() {
    }

    public static String seal(byte[] key, long seq, String prevHash, AuditEntry entry) {
        byte[] input = entry.canonical(seq, prevHash).getBytes(StandardCharsets.UTF_8);
        try {
            if (key == null) {
                return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(input));
            }
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(input));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("SHA-256 unavailable", e);
        }
    }

    /** Constant-time comparison of two seals. */
    public static boolean same(String a, String b) {
        return a != null && b != null && MessageDigest.isEqual(a.getBytes(StandardCharsets.US_ASCII), b.getBytes(StandardCharsets.US_ASCII));
    }
}
