package dev.vigil.server.infrastructure.crypto;

import dev.vigil.server.domain.model.tenant.TenantId;
import java.util.Optional;

/**
 * Where a keyring's tenant secrets and the material of its new keys come from: the configured secrets
 * and a random source ({@link TenantSecrets}), or fixed secrets in memory for tests ({@link FixedSecrets}).
 */
interface SecretSource {

    /** The secret that wraps the tenant's keys now; stops startup, naming the setting, where there is none. */
    byte[] current(TenantId tenant);

    /** The secret being replaced, during a change of secret. */
    Optional<byte[]> previous(TenantId tenant);

    /** The 32 bytes of a new key. */
    byte[] newKey(TenantId tenant, String keyId);
}
