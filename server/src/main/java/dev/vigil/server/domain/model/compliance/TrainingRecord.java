package dev.vigil.server.domain.model.compliance;

import dev.vigil.server.domain.model.time.UtcTime;
import dev.vigil.server.domain.model.tenant.PropertyId;
import dev.vigil.server.domain.model.tenant.TenantId;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * One entry of an employee's training file: the hire date, and either a training received (date,
 * provider, topics) or only the hire, so that someone not yet trained is known to be due. The
 * operator's certification in the personnel file may be recorded with it. Never edited: a
 * correction is a new entry.
 */
@Entity
@Table(name = "training_record")
public class TrainingRecord {

    @Id
    @Column(name = "id", length = 36)
    private String id;

    @Column(name = "tenant_id", nullable = false, length = 63)
    private String tenantId;

    @Column(name = "property_id", nullable = false, length = 63)
    private String propertyId;

    @Column(name = "employee_ref", nullable = false, length = 100)
    private String employeeRef;

    @Column(name = "employee_name", length = 200)
    private String employeeName;

    @Column(name = "hire_date", nullable = false)
    private LocalDate hireDate;

    @Column(name = "training_date")
    private LocalDate trainingDate;

    @Column(name = "provider", length = 200)
    private String provider;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "training_topic", joinColumns = @JoinColumn(name = "record_id"))
    @OrderColumn(name = "ordinal")
    @Column(name = "topic", nullable = false, length = 100)
    private List<String> topics = new ArrayList<>();

    @Column(name = "certified_on")
    private LocalDate certifiedOn;

    @Column(name = "recorded_by", nullable = false, length = 100)
    private String recordedBy;

    @Column(name = "recorded_at", nullable = false)
    private LocalDateTime recordedAt;

    protected TrainingRecord() {
        // for JPA
    }

    /** A training received (training date, provider and topics all given) or a hire only (all three absent). */
    public TrainingRecord(TenantId tenant, PropertyId property, String employeeRef, String employeeName, LocalDate hireDate,
                          LocalDate trainingDate, String provider, List<String> topics, LocalDate certifiedOn,
                          String recordedBy, Instant recordedAt) {
        boolean trained = trainingDate != null;
        if (trained != (provider != null) || trained == (topics == null || topics.isEmpty())) {
            throw new IllegalArgumentException("a training needs its date, provider and topics together");
        }
        this.id = UUID.randomUUID().toString();
        this.tenantId = tenant.value();
        this.propertyId = property.value();
        this.employeeRef = Objects.requireNonNull(employeeRef, "employee");
        this.employeeName = employeeName;
        this.hireDate = Objects.requireNonNull(hireDate, "hire date");
        this.trainingDate = trainingDate;
        this.provider = provider;
        if (topics != null) {
            this.topics.addAll(topics);
        }
        this.certifiedOn = certifiedOn;
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

    public String employeeRef() {
        return employeeRef;
    }

    public Optional<String> employeeName() {
        return Optional.ofNullable(employeeName);
    }

    public LocalDate hireDate() {
        return hireDate;
    }

    public Optional<LocalDate> trainingDate() {
        return Optional.ofNullable(trainingDate);
    }

    public Optional<String> provider() {
        return Optional.ofNullable(provider);
    }

    public List<String> topics() {
        return List.copyOf(topics);
    }

    public Optional<LocalDate> certifiedOn() {
        return Optional.ofNullable(certifiedOn);
    }

    public String recordedBy() {
        return recordedBy;
    }

    public Instant recordedAt() {
        return UtcTime.instant(recordedAt);
    }
}
