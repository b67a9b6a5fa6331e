package dev.vigil.server.infrastructure.crypto;

import dev.vigil.plugin.subject.SubjectTokenizer;
import dev.vigil.server.application.privacy.Pseudonymizer;
import dev.vigil.server.domain.model.tenant.TenantId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Adapter that pseudonymises with HMAC-SHA256 under the tenant's key. Tokens read
 * {@code <kind>:<base64url of the MAC>}; the kind is inside the MAC too, so a phone number and a
 * plate that happen to share digits never collide.
 */
@ApplicationScoped
public class HmacPseudonymizer implements Pseudonymizer {

    private TenantKeyring keyring;

    protected HmacPseudonymizer() {
        // for CDI
    }

    @Inject
    public HmacPseudonymizer(TenantKeyring keyring) {
        this.keyring = keyring;
    }

    @Override
    public SubjectTokenizer tokenizerFor(TenantId tenant) {
        byte[] key = keyring.key(tenant, "subject-token");
        return (kind, raw) -> {
            if (raw == null || raw.isBlank()) {
                throw new IllegalArgumentException("nothing to tokenise");
            }
            String input = kind.name() + "\u0000" + IdentifierNormalizer.normalize(kind, raw);
            return kind.jsonName() + ":" + base64(hmac(key, input));
        };
    }

    @Override
    public String fingerprint(TenantId tenant, String canonicalBody) {
        return base64(hmac(keyring.key(tenant, "request-fingerprint"), canonicalBody));
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
