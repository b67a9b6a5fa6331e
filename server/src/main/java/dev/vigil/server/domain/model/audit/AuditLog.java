package dev.vigil.server.domain.model.audit;

import java.util.List;

/** Repository of audit entries: append-only. */
public interface AuditLog {

    void append(AuditEntry entry);

    /** Entries about one target, oldest first. */
    List<AuditEntry> about(String targetType, String targetId);
}
