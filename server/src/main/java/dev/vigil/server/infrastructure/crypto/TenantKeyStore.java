package dev.vigil.server.infrastructure.crypto;

import java.time.Instant;
import java.util.List;

/** Where the tenants' keys are kept, wrapped: the {@code tenant_key} table (or memory, in tests). */
public interface TenantKeyStore {

    /** A stored key: wrapped under the tenant secret named by {@code wrappedBy}. */
    record StoredKey(String tenant, String id, KeyFamily family, String wrapped, String wrappedBy, Instant createdAt,
                     String createdBy) {
    }

    List<StoredKey> load(String tenant);

    /** Adds a key; false when another server added one with the same id first. */
    boolean insert(StoredKey key);

    /** Replaces a key's wrapping (the tenant secret changed). */
    void rewrap(String tenant, String id, String wrapped, String wrappedBy);

    /** True when the tenant already stored tokens, notes or fingerprints made before keys had ids. */
    boolean holdsUnkeyedData(String tenant);
}
