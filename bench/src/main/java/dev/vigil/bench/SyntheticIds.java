package dev.vigil.bench;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.UUID;

/**
 * Ids and pseudonyms of the synthetic history, derived from the seed and a label or an index, so that
 * the history stores none of them and still gives the same value every time one is asked for.
 * Not thread-safe (one digest is reused): the harness generates on one thread.
 */
final class SyntheticIds {

    private final long seed;
    private final MessageDigest sha;
    private final Base64.Encoder base64url = Base64.getUrlEncoder().withoutPadding();

    SyntheticIds(long seed) {
        this.seed = seed;
        try {
            this.sha = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The shape of the server's pseudonyms: kind, colon, 43 characters of base64url (an HMAC-SHA256). */
    String token(String kind, String label) {
        byte[] digest = sha.digest((seed + "|" + kind + "|" + label).getBytes(StandardCharsets.UTF_8));
        return kind + ":" + base64url.encodeToString(digest);
    }

    /** SplitMix64's finaliser: 64 well-spread bits from a seed and an index. */
    static long mix(long seed, long x) {
        long z = seed + x * 0x9E3779B97F4A7C15L;
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
