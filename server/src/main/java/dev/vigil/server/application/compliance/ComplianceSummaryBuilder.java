package dev.vigil.server.application.compliance;

import dev.vigil.server.application.compliance.ComplianceSummary.CheckLine;
import dev.vigil.server.application.compliance.ComplianceSummary.EmployeeLine;
import dev.vigil.server.application.compliance.ComplianceSummary.NoticePart;
import dev.vigil.server.application.compliance.ComplianceSummary.Protocol;
import dev.vigil.server.application.compliance.ComplianceSummary.RetentionPart;
import dev.vigil.server.application.compliance.ComplianceSummary.RulePart;
import dev.vigil.server.application.compliance.ComplianceSummary.Source;
import dev.vigil.server.application.compliance.ComplianceSummary.TrainingDuty;
import dev.vigil.server.application.compliance.ComplianceSummary.TrainingPart;
import dev.vigil.server.domain.model.compliance.EmployeeTraining;
import dev.vigil.server.domain.model.compliance.NoticeCheck;
import dev.vigil.server.domain.model.compliance.OperatorRegistration;
import dev.vigil.server.domain.model.compliance.Standing;
import dev.vigil.server.domain.model.compliance.TrainingRecord;
import dev.vigil.server.domain.model.protocol.ComplianceRules;
import dev.vigil.server.domain.model.protocol.NoticeRequirement;
import dev.vigil.server.domain.model.protocol.ProtocolPack;
import dev.vigil.server.domain.model.protocol.Provenance;
import dev.vigil.server.domain.model.protocol.TrainingRequirement;
import dev.vigil.server.domain.model.tenant.Property;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import dev.vigil.server.domain.model.indicator.LocalizedText;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Reads a property's compliance records against the duties of its protocol, on the property's
 * local date. Due soon means due within {@link #LOOK_AHEAD_DAYS} days: a design choice that gives
 * a manager a month to arrange training, not a legal period.
 */
public final class ComplianceSummaryBuilder {

    public static final int LOOK_AHEAD_DAYS = 30;
    static final String NEVER_BLOCKS = "A training gap never blocks or delays a report: anyone may file an observation "
            + "and every case reaches security and managers whatever this summary shows.";
    static final String LOOK_AHEAD = "Due soon means due today or within " + LOOK_AHEAD_DAYS + " days (a design choice, "
            + "not a legal period).";

    private final ProtocolPack pack;
    private final ComplianceRules rules;

    public ComplianceSummaryBuilder(ProtocolPack pack) {
        this.pack = Objects.requireNonNull(pack, "protocol");
        this.rules = pack.compliance();
    }

    public ComplianceSummary build(Property property, List<TrainingRecord> training, List<NoticeCheck> checks,
                                   Optional<OperatorRegistration> registration, LocalDate today, Instant at, String by) {
        TrainingPart trainingPart = training(training, today);
        List<NoticePart> notices = rules.notices().stream().map(n -> notice(n, checks, property)).toList();
        List<RetentionPart> retention = rules.retention().stream()
                .map(r -> new RetentionPart(r.record(), r.describe(), source(r.provenance()))).toList();
        List<RulePart> commercial = rules.commercialRules().stream().map(c -> new RulePart(c.id(), c.text(),
                date(c.effectiveFrom()), source(c.provenance()))).toList();
        return new ComplianceSummary(property.id().value(), property.name(), property.zone().getId(), date(today),
                DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(at.atZone(property.zone()).truncatedTo(ChronoUnit.SECONDS)), by,
                new Protocol(pack.id(), pack.version(), pack.jurisdiction()), List.of(NEVER_BLOCKS, LOOK_AHEAD),
                trainingPart, notices, new RegistrationView(rules, today).part(registration, trainingPart, notices, retention,
                commercial), retention, commercial, pack.context().stream().map(n -> new RulePart(n.id(),
                        n.text().in(LocalizedText.FALLBACK), null, source(n.provenance()))).toList());
    }

    /** One employee's standing, for the answer to a training entry. */
    public EmployeeLine employee(List<TrainingRecord> entriesOfOneEmployee, LocalDate today) {
        return line(EmployeeTraining.of(entriesOfOneEmployee, rules.training(), today, LOOK_AHEAD_DAYS));
    }

    private TrainingPart training(List<TrainingRecord> records, LocalDate today) {
        Map<String, List<TrainingRecord>> byEmployee = new LinkedHashMap<>();
        records.forEach(r -> byEmployee.computeIfAbsent(r.employeeRef(), k -> new ArrayList<>()).add(r));
        List<EmployeeTraining> employees = byEmployee.values().stream()
                .map(entries -> EmployeeTraining.of(entries, rules.training(), today, LOOK_AHEAD_DAYS))
                .sorted(Comparator.comparing(EmployeeTraining::standing).thenComparing(EmployeeTraining::employeeRef)).toList();
        List<EmployeeLine> due = employees.stream().filter(EmployeeTraining::dueOrOverdue).map(ComplianceSummaryBuilder::line).toList();
        List<EmployeeLine> upToDate = employees.stream().filter(e -> !e.dueOrOverdue()).map(ComplianceSummaryBuilder::line).toList();
        return new TrainingPart(duty(rules.training()), employees.size(),
                (int) employees.stream().filter(e -> e.standing() == Standing.OVERDUE).count(),
                (int) employees.stream().filter(e -> e.standing() == Standing.DUE_SOON).count(),
                upToDate.size(), LOOK_AHEAD_DAYS, due, upToDate);
    }

    private static TrainingDuty duty(TrainingRequirement t) {
        if (t == null) {
            return null;
        }
        return new TrainingDuty(t.coveredRoles(), t.atHire(), text(t.newHireDeadline()), date(t.existingStaffDeadline()),
                text(t.cadence()), t.certificationDue() == null ? null : t.certificationDue().toString(), t.proof(),
                text(t.minDuration()), t.approvedBy(), t.requiredTopics(), source(t.provenance()));
    }

    private static EmployeeLine line(EmployeeTraining e) {
        return new EmployeeLine(e.employeeRef(), e.name(), date(e.hireDate()), date(e.lastTrained()), e.provider(), e.topics(),
                e.missingTopics(), date(e.lastCertified()), e.training().standing().name(), date(e.training().dueOn()),
                e.certification().standing().name(), date(e.certification().dueOn()));
    }

    private static NoticePart notice(NoticeRequirement n, List<NoticeCheck> checks, Property property) {
        Map<String, NoticeCheck> lastByPlace = new LinkedHashMap<>();
        checks.stream().filter(c -> c.noticeId().equals(n.id())).sorted(Comparator.comparing(NoticeCheck::checkedAt))
                .forEach(c -> lastByPlace.put(c.location().trim().toLowerCase(java.util.Locale.ROOT), c));
        List<CheckLine> last = lastByPlace.values().stream().map(c -> new CheckLine(c.location(),
                DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(c.checkedAt().atZone(property.zone()).truncatedTo(ChronoUnit.SECONDS)),
                c.posted(), c.recordedBy())).toList();
        String standing = last.isEmpty() ? "NOT_CHECKED" : last.stream().anyMatch(CheckLine::posted) ? "POSTED" : "NOT_POSTED";
        return new NoticePart(n.id(), n.title(), n.audience(), n.placement(), n.placementNote(), n.languages(),
                date(n.requiredFrom()), n.penalty() == null ? null : n.penalty().describe(),
                n.penalty() == null ? null : source(n.penalty().provenance()), source(n.provenance()), standing, last);
    }

    static Source source(Provenance p) {
        return new Source(p.status(), p.sources(), p.note());
    }

    static String date(LocalDate date) {
        return date == null ? null : date.toString();
    }

    private static String text(Object value) {
        return value == null ? null : value.toString();
    }
}
