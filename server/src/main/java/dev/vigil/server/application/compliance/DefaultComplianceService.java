package dev.vigil.server.application.compliance;

import dev.vigil.server.application.protocol.ProtocolSource;
import dev.vigil.server.application.shared.AppRole;
import dev.vigil.server.application.shared.Caller;
import dev.vigil.server.application.shared.ForbiddenException;
import dev.vigil.server.domain.model.audit.AuditEntry;
import dev.vigil.server.domain.model.audit.AuditLog;
import dev.vigil.server.domain.model.compliance.ComplianceRecords;
import dev.vigil.server.domain.model.compliance.ContactDetails;
import dev.vigil.server.domain.model.compliance.NoticeCheck;
import dev.vigil.server.domain.model.compliance.OperatorRegistration;
import dev.vigil.server.domain.model.compliance.TrainingRecord;
import dev.vigil.server.domain.model.protocol.ProtocolPack;
import dev.vigil.server.domain.model.tenant.Property;
import dev.vigil.server.domain.model.tenant.PropertyDirectory;
import dev.vigil.server.domain.model.tenant.PropertyId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

/**
 * Records and summarises a property's compliance evidence. A write is validated whole (every bad
 * field named, nothing stored) and audited in the same transaction; reads and PDF exports are
 * audited too. Entries name the property they belong to; properties outside the caller's scope
 * are unknown to them.
 */
@ApplicationScoped
public class DefaultComplianceService implements ComplianceService {

    @Inject ComplianceRecords records;
    @Inject PropertyDirectory properties;
    @Inject ProtocolSource protocols;
    @Inject CompliancePdf pdf;
    @Inject AuditLog audit;
    @Inject Clock clock;

    @Override
    @Transactional
    public TrainingRecorded recordTraining(Caller caller, RecordTrainingCommand command) {
        requireRecorder(caller);
        FieldChecks checks = new FieldChecks();
        Property property = property(caller, command.propertyId(), checks);
        TrainingEntry entry = property == null ? null : TrainingEntry.check(command, today(property), checks);
        if (entry != null && entry.certifiedOn() != null && entry.trainingDate() == null
                && records.training(property.tenant(), property.id()).stream()
                .noneMatch(r -> r.employeeRef().equals(entry.employeeRef()) && r.trainingDate().isPresent())) {
            checks.fail("certifiedOn", "certifies a training received: record the training first, or with it");
        }
        checks.throwIfAny();
        TrainingRecord record = new TrainingRecord(property.tenant(), property.id(), entry.employeeRef(), entry.name(),
                entry.hireDate(), entry.trainingDate(), entry.provider(), entry.topics(), entry.certifiedOn(), caller.name(),
                clock.instant());
        records.store(record);
        audited(caller, property, "TRAINING_RECORDED", "training_record", record.id());
        List<TrainingRecord> file = records.training(property.tenant(), property.id()).stream()
                .filter(r -> r.employeeRef().equals(entry.employeeRef())).toList();
        return new TrainingRecorded(record.id(), new ComplianceSummaryBuilder(protocols.forProperty(property.id()))
                .employee(file.isEmpty() ? List.of(record) : file, today(property)));
    }

    @Override
    @Transactional
    public NoticeCheckRecorded recordNoticeCheck(Caller caller, RecordNoticeCheckCommand command) {
        requireRecorder(caller);
        FieldChecks checks = new FieldChecks();
        Property property = property(caller, command.propertyId(), checks);
        ProtocolPack pack = property == null ? null : protocols.forProperty(property.id());
        String noticeId = checks.text("noticeId", command.noticeId(), 80, true);
        if (pack != null && noticeId != null && pack.compliance().notice(noticeId).isEmpty()) {
            checks.fail("noticeId", pack.compliance().notices().isEmpty() ? "this property's protocol requires no notice"
                    : "unknown notice; one of " + pack.compliance().notices().stream().map(n -> n.id()).toList());
        }
        String location = checks.text("location", command.location(), 200, true);
        var checkedAt = checks.time("checkedAt", command.checkedAt());
        if (checkedAt != null && checkedAt.toInstant().isAfter(clock.instant().plusSeconds(300))) {
            checks.fail("checkedAt", "must not be in the future");
        }
        if (command.posted() == null) {
            checks.fail("posted", "is required: true when the notice was seen posted, false when not");
        }
        checks.throwIfAny();
        NoticeCheck check = new NoticeCheck(property.tenant(), property.id(), noticeId, location, checkedAt.toInstant(),
                command.posted(), caller.name(), clock.instant());
        records.store(check);
        audited(caller, property, "NOTICE_CHECK_RECORDED", "notice_check", check.id());
        ComplianceSummary summary = build(caller, property, pack);
        return new NoticeCheckRecorded(check.id(), summary.notices().stream().filter(n -> n.id().equals(noticeId))
                .findFirst().orElseThrow());
    }

    @Override
    @Transactional
    public ComplianceSummary.RegistrationPart setRegistration(Caller caller, RegistrationCommand command) {
        requireRecorder(caller);
        FieldChecks checks = new FieldChecks();
        Property property = property(caller, command.propertyId(), checks);
        ContactDetails operator = RegistrationEntry.contact(checks, "operator", command.operator(), true);
        ContactDetails contact = RegistrationEntry.contact(checks, "contactPerson", command.contactPerson(), false);
        String address = checks.text("propertyAddress", command.propertyAddress(), 500, true);
        LocalDate registeredOn = checks.date("registeredOn", command.registeredOn(), false,
                property == null ? LocalDate.now(clock) : today(property));
        String number = checks.text("registrationNumber", command.registrationNumber(), 100, false);
        checks.throwIfAny();
        OperatorRegistration registration = records.registration(property.tenant(), property.id())
                .orElseGet(() -> new OperatorRegistration(property.tenant(), property.id()));
        registration.set(operator, contact, address, registeredOn, number, caller.name(), clock.instant());
        records.store(registration);
        audited(caller, property, "REGISTRATION_SET", "registration", property.id().value());
        return build(caller, property, protocols.forProperty(property.id())).registration();
    }

    @Override
    @Transactional
    public ComplianceSummary summary(Caller caller, String propertyId) {
        Property property = readable(caller, propertyId);
        ComplianceSummary summary = build(caller, property, protocols.forProperty(property.id()));
        audited(caller, property, "COMPLIANCE_SUMMARY_READ", "compliance", property.id().value());
        return summary;
    }

    @Override
    @Transactional
    public byte[] summaryPdf(Caller caller, String propertyId) {
        Property property = readable(caller, propertyId);
        byte[] document = pdf.render(build(caller, property, protocols.forProperty(property.id())));
        audited(caller, property, "COMPLIANCE_PDF_EXPORTED", "compliance", property.id().value());
        return document;
    }

    private Property readable(Caller caller, String propertyId) {
        if (!caller.hasAny(AppRole.MANAGER, AppRole.ADMIN, AppRole.SECURITY)) {
            throw new ForbiddenException("only managers, admins and security read compliance evidence");
        }
        FieldChecks checks = new FieldChecks();
        Property property = property(caller, propertyId, checks);
        checks.throwIfAny();
        return property;
    }

    private ComplianceSummary build(Caller caller, Property property, ProtocolPack pack) {
        return new ComplianceSummaryBuilder(pack).build(property, records.training(property.tenant(), property.id()),
                records.noticeChecks(property.tenant(), property.id()), records.registration(property.tenant(), property.id()),
                today(property), clock.instant(), caller.name());
    }

    private static void requireRecorder(Caller caller) {
        if (!caller.hasAny(AppRole.MANAGER, AppRole.ADMIN)) {
            throw new ForbiddenException("only managers and admins record compliance evidence");
        }
    }

    /** The property asked for (default: the caller's own), if the caller may see it; else a field error. */
    private Property property(Caller caller, String propertyId, FieldChecks checks) {
        if (propertyId == null || propertyId.isBlank()) {
            Property own = caller.boundProperty().flatMap(properties::find).orElse(null);
            if (own == null) {
                checks.fail("propertyId", "is required");
            }
            return own;
        }
        Property found = PropertyId.isWellFormed(propertyId.trim()) ? properties.find(new PropertyId(propertyId.trim()))
                .filter(p -> caller.covers(p.tenant(), p.id())).orElse(null) : null;
        if (found == null) {
            checks.fail("propertyId", "unknown property '" + propertyId + "'");
        }
        return found;
    }

    private LocalDate today(Property property) {
        return LocalDate.now(clock.withZone(property.zone()));
    }

    private void audited(Caller caller, Property property, String action, String targetType, String targetId) {
        audit.append(new AuditEntry(clock.instant(), property.tenant().value(), property.id().value(), caller.name(), action,
                targetType, targetId));
    }
}
