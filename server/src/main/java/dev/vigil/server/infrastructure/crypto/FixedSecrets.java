package dev.vigil.server.infrastructure.crypto;

import dev.vigil.server.domain.model.tenant.TenantId;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Tenant secrets fixed in memory, for a keyring made by {@link TenantKeyring#of} in tests. Its new keys are
 * derived from the secret rather than random, so that two keyrings over one secret agree as two servers
 * over one database do.
 */
final class FixedSecrets implements SecretSource {

    private final Map<String, byte[]> current = new ConcurrentHashMap<>();
    private final Map<String, byte[]> previous = new ConcurrentHashMap<>();

    FixedSecrets(Map<TenantId, byte[]> secrets) {
        secrets.forEach((tenant, secret) -> current.put(tenant.value(), secret));
    }

    @Override
    public byte[] current(TenantId tenant) {
        byte[] secret = current.get(tenant.value());
        if (secret == null) {
            throw new IllegalStateException("No key for tenant '" + tenant.value() + "' in this test keyring");
        }
        return secret;
    }

    @Override
    public Optional<byte[]> previous(TenantId tenant) {
        return Optional.ofNullable(previous.get(tenant.value()));
    }

    @Override
    public byte[] newKey(TenantId tenant, String keyId) {
        return Hkdf.derive(current(tenant), "vigil/" + tenant.value(), "vigil/test-key/" + keyId, 32);
    }

    /** Replaces a tenant's secret, the old one given as previous or not, as an operator would. */
    void change(TenantId tenant, byte[] secret, boolean keepPrevious) {
        byte[] old = current.put(tenant.value(), secret);
        if (keepPrevious && old != null) {
            previous.put(tenant.value(), old);
        } else {
            previous.remove(tenant.value());
        }
    }
}
