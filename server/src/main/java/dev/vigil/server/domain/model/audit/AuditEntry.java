package dev.vigil.server.domain.model.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Objects;
import java.util.UUID;

/** One audited access or change: actor, action, the kind and id of what it touched. Never content. */
@Entity
@Table(name = "audit_entry")
public class AuditEntry {

    @Id
    @Column(name = "id", length = 36)
    private String id;

    @Column(name = "occurred_at", nullable = false)
    private LocalDateTime atUtc;

    @Column(name = "tenant_id", nullable = false, length = 63)
    private String tenantId;

    @Column(name = "property_id", length = 63)
    private String propertyId;

    @Column(name = "actor", nullable = false, length = 100)
    private String actor;

    @Column(name = "action", nullable = false, length = 40)
    private String action;

    @Column(name = "target_type", nullable = false, length = 40)
    private String targetType;

    @Column(name = "target_id", length = 64)
    private String targetId;

    protected AuditEntry() {
        // for JPA
    }

    public AuditEntry(Instant at, String tenantId, String propertyId, String actor, String action,
                      String targetType, String targetId) {
        this.id = UUID.randomUUID().toString();
        this.atUtc = LocalDateTime.ofInstant(at, ZoneOffset.UTC);
        this.tenantId = Objects.requireNonNull(tenantId);
        this.propertyId = propertyId;
        this.actor = Objects.requireNonNull(actor);
        this.action = Objects.requireNonNull(action);
        this.targetType = Objects.requireNonNull(targetType);
        this.targetId = targetId;
    }

    public String actor() {
        return actor;
    }

    public String action() {
        return action;
    }

    public String targetType() {
        return targetType;
    }

    public String targetId() {
        return targetId;
    }

    public Instant at() {
        return atUtc.toInstant(ZoneOffset.UTC);
    }
}
