package dev.vigil.server.domain.model.audit;

import java.util.List;

/**
 * Repository of audit entries: append-only, each tenant's entries one hash chain, sealed in the same
 * transaction as what they record.
 */
public interface AuditLog {

    void append(AuditEntry entry);

    /** Checks a tenant's chain from its first entry to its head; names the first entry that does not hold. */
    ChainVerdict verify(String tenant);

    /** Entries about one target, oldest first. */
    List<AuditEntry> about(String targetType, String targetId);
}
