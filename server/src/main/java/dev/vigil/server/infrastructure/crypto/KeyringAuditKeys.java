package dev.vigil.server.infrastructure.crypto;

import dev.vigil.server.domain.model.audit.AuditKeys;
import dev.vigil.server.domain.model.tenant.TenantId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;

/** The audit chain's keys: each tenant's audit key, derived for sealing; none for events of no tenant. */
@ApplicationScoped
public class KeyringAuditKeys implements AuditKeys {

    private static final String PURPOSE = "audit-chain";

    @Inject TenantKeyring keyring;

    @Override
    public Optional<String> currentId(String tenant) {
        return known(tenant).map(t -> keyring.primary(t, KeyFamily.AUDIT).id());
    }

    @Override
    public Optional<byte[]> key(String tenant, String keyId) {
        return known(tenant).flatMap(t -> keyring.find(t, keyId)).filter(k -> k.family() == KeyFamily.AUDIT)
                .map(k -> keyring.derive(k, PURPOSE));
    }

    private Optional<TenantId> known(String tenant) {
        if (!TenantId.isWellFormed(tenant)) {
            return Optional.empty();
        }
        TenantId id = new TenantId(tenant);
        return keyring.holdsKeysOf(id) ? Optional.of(id) : Optional.empty();
    }
}
