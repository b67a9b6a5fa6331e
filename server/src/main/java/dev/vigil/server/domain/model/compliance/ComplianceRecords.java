package dev.vigil.server.domain.model.compliance;

import dev.vigil.server.domain.model.tenant.PropertyId;
import dev.vigil.server.domain.model.tenant.TenantId;
import java.util.List;
import java.util.Optional;

/** Repository of a property's compliance evidence: training entries, notice checks, registration data. */
public interface ComplianceRecords {

    void store(TrainingRecord record);

    /** Every training entry of the property, oldest first. */
    List<TrainingRecord> training(TenantId tenant, PropertyId property);

    void store(NoticeCheck check);

    /** Every notice check of the property, oldest first. */
    List<NoticeCheck> noticeChecks(TenantId tenant, PropertyId property);

    Optional<OperatorRegistration> registration(TenantId tenant, PropertyId property);

    void store(OperatorRegistration registration);
}
