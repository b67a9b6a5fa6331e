package dev.vigil.server.application.compliance;

import dev.vigil.server.domain.model.compliance.ComplianceRecords;
import dev.vigil.server.domain.model.compliance.NoticeCheck;
import dev.vigil.server.domain.model.compliance.OperatorRegistration;
import dev.vigil.server.domain.model.compliance.TrainingRecord;
import dev.vigil.server.domain.model.tenant.PropertyId;
import dev.vigil.server.domain.model.tenant.TenantId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Compliance records in memory, for plain tests of the use case. */
final class InMemoryComplianceRecords implements ComplianceRecords {

    final List<TrainingRecord> training = new ArrayList<>();
    final List<NoticeCheck> checks = new ArrayList<>();
    final Map<PropertyId, OperatorRegistration> registrations = new LinkedHashMap<>();

    @Override
    public void store(TrainingRecord record) {
        training.add(record);
    }

    @Override
    public List<TrainingRecord> training(TenantId tenant, PropertyId property) {
        return training.stream().filter(r -> r.tenant().equals(tenant) && r.property().equals(property)).toList();
    }

    @Override
    public void store(NoticeCheck check) {
        checks.add(check);
    }

    @Override
    public List<NoticeCheck> noticeChecks(TenantId tenant, PropertyId property) {
        return checks.stream().filter(c -> c.tenant().equals(tenant) && c.property().equals(property))
                .sorted(Comparator.comparing(NoticeCheck::checkedAt)).toList();
    }

    @Override
    public Optional<OperatorRegistration> registration(TenantId tenant, PropertyId property) {
        return Optional.ofNullable(registrations.get(property)).filter(r -> r.tenant().equals(tenant));
    }

    @Override
    public void store(OperatorRegistration registration) {
        registrations.put(registration.property(), registration);
    }
}
