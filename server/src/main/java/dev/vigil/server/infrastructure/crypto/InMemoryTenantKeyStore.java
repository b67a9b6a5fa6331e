package dev.vigil.server.infrastructure.crypto;

import java.util.ArrayList;
import java.util.List;

/** Keys kept in memory: for tests, and for keyrings made with {@link TenantKeyring#of}. */
final class InMemoryTenantKeyStore implements TenantKeyStore {

    private final List<StoredKey> keys = new ArrayList<>();
    boolean unkeyedData;

    @Override
    public synchronized List<StoredKey> load(String tenant) {
        return keys.stream().filter(k -> k.tenant().equals(tenant)).toList();
    }

    @Override
    public synchronized boolean insert(StoredKey key) {
        if (keys.stream().anyMatch(k -> k.tenant().equals(key.tenant()) && k.id().equals(key.id()))) {
            return false;
        }
        keys.add(key);
        return true;
    }

    @Override
    public synchronized void rewrap(String tenant, String id, String wrapped, String wrappedBy) {
        keys.replaceAll(k -> k.tenant().equals(tenant) && k.id().equals(id)
                ? new StoredKey(tenant, id, k.family(), wrapped, wrappedBy, k.createdAt(), k.createdBy()) : k);
    }

    @Override
    public boolean holdsUnkeyedData(String tenant) {
        return unkeyedData;
    }
}
