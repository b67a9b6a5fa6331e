package dev.vigil.server.domain.model.compliance;

import dev.vigil.server.domain.model.time.UtcTime;
import dev.vigil.server.domain.model.tenant.PropertyId;
import dev.vigil.server.domain.model.tenant.TenantId;
import jakarta.persistence.AttributeOverride;
import jakarta.persistence.AttributeOverrides;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Optional;

/**
 * The data a lodging operator gives the regulator when it registers a property: the operator and
 * how to reach it, a named contact person, the property's address, and, once registered, when and
 * under which number. One per property; a new version replaces the old one.
 */
@Entity
@Table(name = "operator_registration")
public class OperatorRegistration {

    @Id
    @Column(name = "property_id", length = 63)
    private String propertyId;

    @Column(name = "tenant_id", nullable = false, length = 63)
    private String tenantId;

    @Embedded
    @AttributeOverrides({
            @AttributeOverride(name = "name", column = @Column(name = "operator_name", nullable = false, length = 200)),
            @AttributeOverride(name = "phone", column = @Column(name = "operator_phone", length = 40)),
            @AttributeOverride(name = "email", column = @Column(name = "operator_email", length = 254)),
            @AttributeOverride(name = "address", column = @Column(name = "operator_address", length = 500))})
    private ContactDetails operator;

    @Embedded
    @AttributeOverrides({
            @AttributeOverride(name = "name", column = @Column(name = "contact_name", nullable = false, length = 200)),
            @AttributeOverride(name = "phone", column = @Column(name = "contact_phone", length = 40)),
            @AttributeOverride(name = "email", column = @Column(name = "contact_email", length = 254)),
            @AttributeOverride(name = "address", column = @Column(name = "contact_address", length = 500))})
    private ContactDetails contactPerson;

    @Column(name = "property_address", nullable = false, length = 500)
    private String propertyAddress;

    @Column(name = "registered_on")
    private LocalDate registeredOn;

    @Column(name = "registration_number", length = 100)
    private String registrationNumber;

    @Column(name = "updated_by", nullable = false, length = 100)
    private String updatedBy;

    @Column(name = "updated_at", nullable = false)
    private LocalDateTime updatedAt;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected OperatorRegistration() {
        // for JPA
    }

    public OperatorRegistration(TenantId tenant, PropertyId property) {
        this.tenantId = tenant.value();
        this.propertyId = property.value();
    }

    /** Replaces every field; what is not given is cleared. */
    public void set(ContactDetails operator, ContactDetails contactPerson, String propertyAddress, LocalDate registeredOn,
                    String registrationNumber, String by, Instant at) {
        this.operator = operator;
        this.contactPerson = contactPerson;
        this.propertyAddress = propertyAddress;
        this.registeredOn = registeredOn;
        this.registrationNumber = registrationNumber;
        this.updatedBy = by;
        this.updatedAt = UtcTime.of(at);
    }

    public PropertyId property() {
        return new PropertyId(propertyId);
    }

    public TenantId tenant() {
        return new TenantId(tenantId);
    }

    public ContactDetails operator() {
        return operator;
    }

    public ContactDetails contactPerson() {
        return contactPerson;
    }

    public String propertyAddress() {
        return propertyAddress;
    }

    public Optional<LocalDate> registeredOn() {
        return Optional.ofNullable(registeredOn);
    }

    public Optional<String> registrationNumber() {
        return Optional.ofNullable(registrationNumber);
    }

    public String updatedBy() {
        return updatedBy;
    }

    public Instant updatedAt() {
        return UtcTime.instant(updatedAt);
    }
}
