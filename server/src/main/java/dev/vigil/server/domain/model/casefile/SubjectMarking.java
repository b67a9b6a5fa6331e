package dev.vigil.server.domain.model.casefile;

import dev.vigil.server.domain.model.time.UtcTime;
import dev.vigil.server.domain.model.pattern.Marker;
import dev.vigil.server.domain.model.pattern.SubjectKey;
import dev.vigil.server.domain.model.pattern.SubjectType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * Security's word on one subject key: excluded from correlation (a corporate card, the hotel's
 * shuttle) or exempted from some rules (an approved hospitality suite, a registered group block),
 * with the reason. It can be lifted, and both are audited; it is never deleted.
 */
@Entity
@Table(name = "subject_marker")
public class SubjectMarking {

    @Id
    @Column(name = "id", length = 36)
    private String id;

    @Column(name = "tenant_id", nullable = false, length = 63)
    private String tenantId;

    @Column(name = "property_id", length = 63)
    private String propertyId;

    @Enumerated(EnumType.STRING)
    @Column(name = "key_type", nullable = false, length = 16)
    private SubjectType keyType;

    @Column(name = "key_value", nullable = false, length = 120)
    private String keyValue;

    @Enumerated(EnumType.STRING)
    @Column(name = "marker", nullable = false, length = 20)
    private Marker marker;

    @Column(name = "reason", nullable = false, length = 1000)
    private String reason;

    @Column(name = "created_by", nullable = false, length = 100)
    private String createdBy;

    @Column(name = "created_at", nullable = false)
    private LocalDateTime createdAt;

    @Column(name = "lifted_by", length = 100)
    private String liftedBy;

    @Column(name = "lifted_at")
    private LocalDateTime liftedAt;

    @Column(name = "lift_reason", length = 1000)
    private String liftReason;

    protected SubjectMarking() {
        // for JPA
    }

    public SubjectMarking(String tenantId, String propertyId, SubjectKey key, Marker marker, String reason,
                          String createdBy, Instant at) {
        this.id = UUID.randomUUID().toString();
        this.tenantId = Objects.requireNonNull(tenantId);
        this.propertyId = propertyId;
        this.keyType = key.type();
        this.keyValue = key.value();
        this.marker = Objects.requireNonNull(marker);
        this.reason = Objects.requireNonNull(reason);
        this.createdBy = Objects.requireNonNull(createdBy);
        this.createdAt = UtcTime.of(at);
    }

    public void lift(String by, String why, Instant at) {
        if (liftedAt != null) {
            throw new IllegalStateException("already lifted");
        }
        this.liftedBy = by;
        this.liftReason = why;
        this.liftedAt = UtcTime.of(at);
    }

    public String id() {
        return id;
    }

    public String tenantId() {
        return tenantId;
    }

    public Optional<String> propertyId() {
        return Optional.ofNullable(propertyId);
    }

    public SubjectKey key() {
        return new SubjectKey(keyType, keyValue);
    }

    public Marker marker() {
        return marker;
    }

    public String reason() {
        return reason;
    }

    public String createdBy() {
        return createdBy;
    }

    public Instant createdAt() {
        return UtcTime.instant(createdAt);
    }

    public boolean active() {
        return liftedAt == null;
    }

    public Optional<Instant> liftedAt() {
        return Optional.ofNullable(liftedAt).map(t -> UtcTime.instant(t));
    }

    public Optional<String> liftedBy() {
        return Optional.ofNullable(liftedBy);
    }

    public Optional<String> liftReason() {
        return Optional.ofNullable(liftReason);
    }
}
