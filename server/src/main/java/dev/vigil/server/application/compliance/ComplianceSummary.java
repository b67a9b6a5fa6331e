package dev.vigil.server.application.compliance;

import java.util.List;

/**
 * A property's compliance standing against its protocol on one day: training and certification
 * per employee, the posted notices and their last checks, the registration data, the retention
 * periods and commercial rules in force, and what the protocol says a manager should know beyond
 * them ({@code context}: in Israel, that no statutory duty was found and which legal risks remain).
 * Every duty shows where it comes from. Dates are ISO-8601;
 * "today" is the property's local date.
 */
public record ComplianceSummary(String propertyId, String propertyName, String timeZone, String asOf, String generatedAt,
                                String generatedBy, Protocol protocol, List<String> statements, TrainingPart training,
                                List<NoticePart> notices, RegistrationPart registration, List<RetentionPart> retention,
                                List<RulePart> commercialRules, List<RulePart> context) {

    public ComplianceSummary {
        statements = List.copyOf(statements);
        notices = List.copyOf(notices);
        retention = List.copyOf(retention);
        commercialRules = List.copyOf(commercialRules);
        context = context == null ? List.of() : List.copyOf(context);
    }

    /** Where a duty comes from: sourced, inferred or assumed, its sources, caveats. */
    public record Source(String status, List<String> sources, String note) {
        public Source {
            sources = sources == null ? List.of() : List.copyOf(sources);
        }
    }

    /** The protocol in force for the property. */
    public record Protocol(String id, String version, String jurisdiction) {
    }

    /** The training duty, and the employees it finds due or overdue and current. */
    public record TrainingPart(TrainingDuty duty, int employees, int overdue, int dueSoon, int current,
                               int lookAheadDays, List<EmployeeLine> dueOrOverdue, List<EmployeeLine> upToDate) {
        public TrainingPart {
            dueOrOverdue = List.copyOf(dueOrOverdue);
            upToDate = List.copyOf(upToDate);
        }
    }

    /** The protocol's training duty; periods are ISO-8601, {@code certificationDue} a yearly {@code --MM-DD}. */
    public record TrainingDuty(List<String> coveredRoles, boolean atHire, String newHireDeadline, String existingStaffDeadline,
                               String cadence, String certificationDue, String proof, String minDuration, String approvedBy,
                               List<String> requiredTopics, Source source) {
    }

    /** One employee: what the file holds and where training and certification stand. */
    public record EmployeeLine(String employeeRef, String name, String hireDate, String lastTrained, String provider,
                               List<String> topics, List<String> missingTopics, String lastCertified,
                               String trainingStanding, String trainingDue, String certificationStanding,
                               String certificationDue) {
    }

    /** A required notice, whether it was last seen posted, and the last check at each place. */
    public record NoticePart(String id, String title, String audience, String placement, String placementNote,
                             List<String> languages, String requiredFrom, String penalty, Source penaltySource,
                             Source source, String standing, List<CheckLine> lastChecks) {
    }

    /** The last check at one place. */
    public record CheckLine(String location, String checkedAt, boolean posted, String recordedBy) {
    }

    /** The registration duty, what is recorded, what is missing, and the evidence this summary gives. */
    public record RegistrationPart(RegistrationDuty duty, String standing, Recorded recorded, List<String> missing,
                                   List<String> evidence) {
        public RegistrationPart {
            missing = List.copyOf(missing);
            evidence = List.copyOf(evidence);
        }
    }

    /** The protocol's registration duty. */
    public record RegistrationDuty(String regulator, String requiredFrom, List<String> fields,
                                   List<String> complianceEvidenceFor, String fee, String renewal, Source source) {
    }

    /** The registration data as recorded. */
    public record Recorded(Contact operator, Contact contactPerson, String propertyAddress, String registeredOn,
                           String registrationNumber, String updatedBy, String updatedAt) {
    }

    /** A name and how to reach them. */
    public record Contact(String name, String phone, String email, String address) {
    }

    /** How long one kind of record is kept, in words, with its source. */
    public record RetentionPart(String record, String rule, Source source) {
    }

    /** A rate or discount rule in force. */
    public record RulePart(String id, String text, String effectiveFrom, Source source) {
    }
}
