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

    /** The lane of its tenant's chain it was appended to (a tenant's trail runs in a few lanes, each a chain). */
    @Column(name = "lane", nullable = false)
    private int lane;

    /** Its place in its lane, 1, 2, 3, … (unset until appended). */
    @Column(name = "seq")
    private Long seq;

    @Column(name = "prev_hash", length = 64)
    private String prevHash;

    @Column(name = "entry_hash", length = 64)
    private String entryHash;

    /** The audit key that sealed it ({@code none}: a chain of plain SHA-256, where no tenant key exists). */
    @Column(name = "key_id", length = 16)
    private String keyId;

    protected AuditEntry() {
        // for JPA
    }

    public AuditEntry(Instant at, String tenantId, String propertyId, String actor, String action,
                      String targetType, String targetId) {
        this.id = UUID.randomUUID().toString();
        // microseconds, as both databases store them: the sealed form must be the stored form
        this.atUtc = LocalDateTime.ofInstant(at, ZoneOffset.UTC).truncatedTo(java.time.temporal.ChronoUnit.MICROS);
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

    public String id() {
        return id;
    }

    public String tenantId() {
        return tenantId;
    }

    public String propertyId() {
        return propertyId;
    }

    public Long seq() {
        return seq;
    }

    public String prevHash() {
        return prevHash;
    }

    public String entryHash() {
        return entryHash;
    }

    public String keyId() {
        return keyId;
    }

    public int lane() {
        return lane;
    }

    /** Links the entry into lane 0 of its chain, the lane of a tenant that audits one thing at a time. */
    public void seal(long seq, String prevHash, String keyId, String entryHash) {
        seal(0, seq, prevHash, keyId, entryHash);
    }

    /** Links the entry into a lane of its chain: called once, by the audit log, as it appends it. */
    public void seal(int lane, long seq, String prevHash, String keyId, String entryHash) {
        if (this.seq != null) {
            throw new IllegalStateException("audit entry " + id + " is sealed already");
        }
        this.lane = lane;
        this.seq = seq;
        this.prevHash = prevHash;
        this.keyId = keyId;
        this.entryHash = entryHash;
    }

    /**
     * What the seal covers, each field length-prefixed so that no two entries read alike: its place, the
     * previous link, and everything it says.
     */
    public String canonical(long seq, String prevHash) {
        StringBuilder out = new StringBuilder();
        for (String field : new String[] {Long.toString(seq), prevHash, id, atUtc.toString(), tenantId, propertyId, actor,
                action, targetType, targetId}) {
            out.append(field == null ? -1 : field.length()).append(':').append(field == null ? "" : field).append(';');
        }
        return out.toString();
    }
}
