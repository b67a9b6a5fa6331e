package dev.vigil.server.domain.model.compliance;

import dev.vigil.server.domain.model.time.UtcTime;
import dev.vigil.server.domain.model.tenant.PropertyId;
import dev.vigil.server.domain.model.tenant.TenantId;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.Objects;
import java.util.UUID;

/** Someone looked at a place where a required notice should hang, at a time, and saw it posted or not. */
@Entity
@Table(name = "notice_check")
public class NoticeCheck {

    @Id
    @Column(name = "id", length = 36)
    private String id;

    @Column(name = "tenant_id", nullable = false, length = 63)
    private String tenantId;

    @Column(name = "property_id", nullable = false, length = 63)
    private String propertyId;

    @Column(name = "notice_id", nullable = false, length = 80)
    private String noticeId;

    @Column(name = "location", nullable = false, length = 200)
    private String location;

    @Column(name = "checked_at", nullable = false)
    private LocalDateTime checkedAt;

    @Column(name = "posted", nullable = false)
    private boolean posted;

    @Column(name = "recorded_by", nullable = false, length = 100)
    private String recordedBy;

    @Column(name = "recorded_at", nullable = false)
    private LocalDateTime recordedAt;

    protected NoticeCheck() {
        // for JPA
    }

    public NoticeCheck(TenantId tenant, PropertyId property, String noticeId, String location, Instant checkedAt,
                       boolean posted, String recordedBy, Instant recordedAt) {
        this.id = UUID.randomUUID().toString();
        this.tenantId = tenant.value();
        this.propertyId = property.value();
        this.noticeId = Objects.requireNonNull(noticeId, "notice");
        this.location = Objects.requireNonNull(location, "location");
        this.checkedAt = UtcTime.of(checkedAt);
        this.posted = posted;
        this.recordedBy = Objects.requireNonNull(recordedBy, "recorded by");
        this.recordedAt = UtcTime.of(recordedAt);
    }

    public String id() {
        return id;
    }

    public TenantId tenant() {
        return new TenantId(tenantId);
    }

    public PropertyId property() {
        return new PropertyId(propertyId);
    }

    public String noticeId() {
        return noticeId;
    }

    public String location() {
        return location;
    }

    public Instant checkedAt() {
        return UtcTime.instant(checkedAt);
    }

    public boolean posted() {
        return posted;
    }

    public String recordedBy() {
        return recordedBy;
    }
}
