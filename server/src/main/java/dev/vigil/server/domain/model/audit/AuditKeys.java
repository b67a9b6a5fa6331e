package dev.vigil.server.domain.model.audit;

import java.util.Optional;

/** Outbound port for the keys that seal each tenant's audit chain. */
public interface AuditKeys {

    /** No keys: every chain is sealed with plain SHA-256 (tests). */
    AuditKeys NONE = new AuditKeys() {
        @Override
        public Optional<String> currentId(String tenant) {
            return Optional.empty();
        }

        @Override
        public Optional<byte[]> key(String tenant, String keyId) {
            return Optional.empty();
        }
    };

    /** The id of the key that seals new entries of the tenant's chain; empty for a tenant without keys. */
    Optional<String> currentId(String tenant);

    /** The key with that id, to seal with or to check a seal. */
    Optional<byte[]> key(String tenant, String keyId);
}
