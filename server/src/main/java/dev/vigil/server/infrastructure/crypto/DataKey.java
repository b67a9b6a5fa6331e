package dev.vigil.server.infrastructure.crypto;

import java.time.Instant;

/** One of a tenant's keys, unwrapped: its id, family and 32 bytes. Never printed. */
public record DataKey(String tenant, String id, KeyFamily family, byte[] material, Instant createdAt) {

    /** The id's number, for ordering: a rotation adds the next one. */
    int number() {
        return family == KeyFamily.LEGACY ? 0 : Integer.parseInt(id.substring(1));
    }

    @Override
    public String toString() {
        return "DataKey[" + tenant + "/" + id + "]";
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof DataKey other && tenant.equals(other.tenant) && id.equals(other.id);
    }

    @Override
    public int hashCode() {
        return tenant.hashCode() * 31 + id.hashCode();
    }
}
