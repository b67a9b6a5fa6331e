package dev.vigil.server.application.compliance;

import dev.vigil.server.application.compliance.ComplianceSummary.Contact;
import dev.vigil.server.application.compliance.ComplianceSummary.NoticePart;
import dev.vigil.server.application.compliance.ComplianceSummary.Recorded;
import dev.vigil.server.application.compliance.ComplianceSummary.RegistrationDuty;
import dev.vigil.server.application.compliance.ComplianceSummary.RegistrationPart;
import dev.vigil.server.application.compliance.ComplianceSummary.RetentionPart;
import dev.vigil.server.application.compliance.ComplianceSummary.RulePart;
import dev.vigil.server.application.compliance.ComplianceSummary.TrainingPart;
import dev.vigil.server.domain.model.compliance.ContactDetails;
import dev.vigil.server.domain.model.compliance.OperatorRegistration;
import dev.vigil.server.domain.model.protocol.ComplianceRules;
import dev.vigil.server.domain.model.protocol.RegistrationRequirement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The registration part of a summary: the duty, whether it is met, which of the data the duty
 * names are still missing, and the evidence of compliance this summary itself gives (training,
 * notices, retention, commercial rules), as plain statements of what Vigil holds.
 */
final class RegistrationView {

    private final ComplianceRules rules;
    private final LocalDate today;

    RegistrationView(ComplianceRules rules, LocalDate today) {
        this.rules = rules;
        this.today = today;
    }

    RegistrationPart part(Optional<OperatorRegistration> registration, TrainingPart training, List<NoticePart> notices,
                          List<RetentionPart> retention, List<RulePart> commercial) {
        RegistrationRequirement duty = rules.registration();
        Recorded recorded = registration.map(RegistrationView::recorded).orElse(null);
        List<String> missing = new ArrayList<>();
        if (duty != null) {
            for (String field : duty.fields()) {
                boolean has = switch (field) {
                    case "operator_contact" -> recorded != null && recorded.operator() != null;
                    case "contact_person" -> recorded != null && recorded.contactPerson() != null;
                    case "property_addresses" -> recorded != null && recorded.propertyAddress() != null;
                    case "compliance_evidence" -> true;
                    default -> false;
                };
                if (!has) {
                    missing.add(field);
                }
            }
        }
        return new RegistrationPart(duty == null ? null : duty(duty), standing(duty, recorded), recorded, missing,
                evidence(training, notices, retention, commercial));
    }

    private String standing(RegistrationRequirement duty, Recorded recorded) {
        if (duty == null) {
            return "NOT_REQUIRED";
        }
        if (recorded != null && recorded.registeredOn() != null) {
            return "REGISTERED";
        }
        if (duty.requiredFrom() == null || !today.isBefore(duty.requiredFrom())) {
            return "OVERDUE";
        }
        return today.plusDays(ComplianceSummaryBuilder.LOOK_AHEAD_DAYS).isBefore(duty.requiredFrom()) ? "NOT_YET_DUE" : "DUE_SOON";
    }

    private static List<String> evidence(TrainingPart training, List<NoticePart> notices, List<RetentionPart> retention,
                                         List<RulePart> commercial) {
        List<String> evidence = new ArrayList<>();
        evidence.add(training.duty() == null ? "Training: the protocol sets no training duty."
                : "Training: " + training.employees() + " employee(s) recorded; " + training.overdue() + " overdue, "
                + training.dueSoon() + " due soon, " + training.current() + " up to date.");
        for (NoticePart n : notices) {
            evidence.add("Notice " + n.id() + ": " + switch (n.standing()) {
                case "POSTED" -> "posted; last checks: " + checks(n);
                case "NOT_POSTED" -> "not posted at the last check; last checks: " + checks(n);
                default -> "no check recorded.";
            });
        }
        retention.stream().filter(r -> r.record().equals("guestTransactions")).forEach(r -> evidence.add("Guest records: "
                + r.rule() + ". Vigil applies this to the stay context it keeps; the operator's own guest records live "
                + "in the property-management system and are not evidenced here."));
        commercial.forEach(c -> evidence.add("Rule " + c.id() + ": Vigil holds no evidence of rates or discounts."));
        return evidence;
    }

    private static String checks(NoticePart n) {
        return String.join("; ", n.lastChecks().stream().map(c -> c.location() + " " + c.checkedAt()
                + (c.posted() ? " posted" : " not posted")).toList());
    }

    private static RegistrationDuty duty(RegistrationRequirement r) {
        return new RegistrationDuty(r.regulator(), ComplianceSummaryBuilder.date(r.requiredFrom()), r.fields(),
                r.complianceEvidenceFor(), r.fee(), r.renewal(), ComplianceSummaryBuilder.source(r.provenance()));
    }

    private static Recorded recorded(OperatorRegistration r) {
        return new Recorded(contact(r.operator()), contact(r.contactPerson()), r.propertyAddress(),
                r.registeredOn().map(LocalDate::toString).orElse(null), r.registrationNumber().orElse(null), r.updatedBy(),
                r.updatedAt().toString());
    }

    private static Contact contact(ContactDetails c) {
        return c == null ? null : new Contact(c.name(), c.phone().orElse(null), c.email().orElse(null), c.address().orElse(null));
    }
}
