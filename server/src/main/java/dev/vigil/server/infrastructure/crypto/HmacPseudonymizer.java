package dev.vigil.server.infrastructure.crypto;

import dev.vigil.plugin.subject.SubjectTokenizer;
import dev.vigil.server.application.privacy.Pseudonymizer;
import dev.vigil.server.domain.model.pattern.SubjectType;
import dev.vigil.server.domain.model.tenant.TenantId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Adapter that pseudonymises with HMAC-SHA256 under the tenant's token key. Tokens read
 * {@code <kind>:<key id>.<base64url of the MAC>} (those made before keys had ids: {@code <kind>:<MAC>});
 * the kind is inside the MAC too, so a phone number and a plate that share digits never collide.
 * <p>
 * After a rotation, an identifier already stored under an older key keeps that key's token, found
 * through its key id: the identifier is hashed under each of the tenant's token keys and the one
 * already in use wins, so its observations, cases and markings stay linked. Only identifiers never
 * seen before get the newest key's token.
 */
@ApplicationScoped
public class HmacPseudonymizer implements Pseudonymizer {

    private static final String PURPOSE = "subject-token";
    private static final String FINGERPRINT = "request-fingerprint";

    private TenantKeyring keyring;
    private TokensInUse inUse = TokensInUse.NONE;

    protected HmacPseudonymizer() {
        // for CDI
    }

    /** Tokens without looking at what is stored: for tests. */
    public HmacPseudonymizer(TenantKeyring keyring) {
        this.keyring = keyring;
    }

    @Inject
    public HmacPseudonymizer(TenantKeyring keyring, TokensInUse inUse) {
        this.keyring = keyring;
        this.inUse = inUse;
    }

    @Override
    public SubjectTokenizer tokenizerFor(TenantId tenant) {
        return (kind, raw) -> {
            if (raw == null || raw.isBlank()) {
                throw new IllegalArgumentException("nothing to tokenise");
            }
            String input = kind.name() + "\u0000" + IdentifierNormalizer.normalize(kind, raw);
            List<DataKey> keys = keyring.keys(tenant, KeyFamily.TOKEN);
            List<String> candidates = new ArrayList<>();
            for (DataKey key : keys) {
                candidates.add(kind.jsonName() + ":" + prefix(key) + base64(hmac(keyring.derive(key, PURPOSE), input)));
            }
            if (candidates.size() == 1) {
                return candidates.get(0);
            }
            Set<String> stored = inUse.of(tenant, SubjectType.of(kind).name(), candidates);
            for (int i = candidates.size() - 1; i > 0; i--) {
                if (stored.contains(candidates.get(i))) {
                    return candidates.get(i); // the oldest key under which it is already known
                }
            }
            return candidates.get(0);
        };
    }

    @Override
    public String fingerprint(TenantId tenant, String canonicalBody) {
        DataKey key = keyring.primary(tenant, KeyFamily.TOKEN);
        return prefix(key) + base64(hmac(keyring.derive(key, FINGERPRINT), canonicalBody));
    }

    @Override
    public boolean sameRequest(TenantId tenant, String canonicalBody, String storedFingerprint) {
        int dot = storedFingerprint.indexOf('.');
        Optional<DataKey> key = dot < 0 ? keyring.find(tenant, "legacy") : keyring.find(tenant, storedFingerprint.substring(0, dot));
        if (key.isEmpty()) {
            return false;
        }
        String expected = prefix(key.get()) + base64(hmac(keyring.derive(key.get(), FINGERPRINT), canonicalBody));
        return MessageDigest.isEqual(expected.getBytes(StandardCharsets.US_ASCII), storedFingerprint.getBytes(StandardCharsets.US_ASCII));
    }

    /** The key id and a dot; nothing for the secret of before ids, whose values had none. */
    private static String prefix(DataKey key) {
        return key.family() == KeyFamily.LEGACY ? "" : key.id() + ".";
    }

    private static byte[] hmac(byte[] key, String input) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return mac.doFinal(input.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 unavailable", e);
        }
    }

    private static String base64(byte[] bytes) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
