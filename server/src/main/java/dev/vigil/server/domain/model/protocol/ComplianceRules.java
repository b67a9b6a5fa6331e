package dev.vigil.server.domain.model.protocol;

import java.util.List;
import java.util.Optional;

/**
 * What a jurisdiction asks of the operator beyond reporting: staff training, posted notices,
 * registration, retention periods and commercial rules. Training and registration may be absent.
 */
public record ComplianceRules(TrainingRequirement training, List<NoticeRequirement> notices,
                              RegistrationRequirement registration, List<RetentionRule> retention,
                              List<CommercialRule> commercialRules) {

    public ComplianceRules {
        notices = notices == null ? List.of() : List.copyOf(notices);
        retention = retention == null ? List.of() : List.copyOf(retention);
        commercialRules = commercialRules == null ? List.of() : List.copyOf(commercialRules);
    }

    /** No rules known. */
    public static ComplianceRules none() {
        return new ComplianceRules(null, List.of(), null, List.of(), List.of());
    }

    public Optional<TrainingRequirement> trainingDuty() {
        return Optional.ofNullable(training);
    }

    public Optional<RegistrationRequirement> registrationDuty() {
        return Optional.ofNullable(registration);
    }

    public Optional<NoticeRequirement> notice(String id) {
        return notices.stream().filter(n -> n.id().equals(id)).findFirst();
    }
}
