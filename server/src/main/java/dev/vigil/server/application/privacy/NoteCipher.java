package dev.vigil.server.application.privacy;

import dev.vigil.server.domain.model.tenant.TenantId;

/** Outbound port that encrypts free-text notes at rest under the tenant's key. */
public interface NoteCipher {

    String encrypt(TenantId tenant, String plaintext);

    String decrypt(TenantId tenant, String ciphertext);
}
