package dev.vigil.server.infrastructure.crypto;

import dev.vigil.server.application.privacy.KeyRotation;
import dev.vigil.server.domain.model.tenant.TenantId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Locale;

/** Adapter from the key administration to the keyring. */
@ApplicationScoped
public class KeyringRotation implements KeyRotation {

    @Inject TenantKeyring keyring;

    @Override
    public List<KeyInfo> keys(TenantId tenant) {
        return keyring.all(tenant).stream().map(k -> new KeyInfo(k.id(), k.family().name().toLowerCase(Locale.ROOT),
                k.createdAt(), k.family() != KeyFamily.LEGACY && keyring.primary(tenant, k.family()).equals(k))).toList();
    }

    @Override
    public String rotate(TenantId tenant, String family, String actor) {
        return keyring.rotate(tenant, KeyFamily.valueOf(family.toUpperCase(Locale.ROOT)), actor).id();
    }
}
