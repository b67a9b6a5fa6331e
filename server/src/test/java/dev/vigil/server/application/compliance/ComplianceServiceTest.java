package dev.vigil.server.application.compliance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.vigil.server.application.compliance.ComplianceService.TrainingRecorded;
import dev.vigil.server.application.compliance.ComplianceSummary.EmployeeLine;
import dev.vigil.server.application.shared.AppRole;
import dev.vigil.server.application.shared.Caller;
import dev.vigil.server.application.shared.FieldError;
import dev.vigil.server.application.shared.ForbiddenException;
import dev.vigil.server.application.shared.InvalidRequestException;
import dev.vigil.server.domain.model.audit.AuditEntry;
import dev.vigil.server.domain.model.indicator.StaffRole;
import dev.vigil.server.domain.model.tenant.Property;
import dev.vigil.server.domain.model.tenant.PropertyDirectory;
import dev.vigil.server.domain.model.tenant.PropertyId;
import dev.vigil.server.domain.model.tenant.TenantId;
import dev.vigil.server.infrastructure.pdf.PdfComplianceSummary;
import dev.vigil.server.testing.InMemoryStores;
import dev.vigil.server.testing.TestPacks;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

class ComplianceServiceTest {

    private static final TenantId CHAIN = new TenantId("demo-chain");
    private static final Property HOTEL = new Property(new PropertyId("demo-hotel"), CHAIN, "Demo Hotel Hartford",
            ZoneId.of("America/New_York"));
    private static final Property OTHER = new Property(new PropertyId("other-hotel"), new TenantId("other-chain"),
            "Other Hotel", ZoneId.of("America/New_York"));
    private static final Caller MANAGER = new Caller("manager", Set.of(AppRole.MANAGER), CHAIN, HOTEL.id(), Set.of(StaffRole.SEC));
    private static final Caller ADMIN = new Caller("admin", Set.of(AppRole.ADMIN), CHAIN, null, Set.of());
    private static final Caller SECURITY = new Caller("security", Set.of(AppRole.SECURITY), CHAIN, HOTEL.id(), Set.of(StaffRole.SEC));
    private static final Caller STAFF = new Caller("frontdesk", Set.of(AppRole.STAFF), CHAIN, HOTEL.id(), Set.of(StaffRole.FD));
    private static final Instant NOW = Instant.parse("2026-11-22T15:00:00Z");
    private static final List<String> CT_TOPICS = List.of("recognize_potential_victims", "activities_associated_with_trafficking");

    private final InMemoryComplianceRecords records = new InMemoryComplianceRecords();
    private final InMemoryStores.Audit audit = new InMemoryStores.Audit();
    private final DefaultComplianceService service = new DefaultComplianceService();

    ComplianceServiceTest() {
        service.records = records;
        service.properties = new PropertyDirectory() {
            @Override
            public Optional<Property> find(PropertyId id) {
                return List.of(HOTEL, OTHER).stream().filter(p -> p.id().equals(id)).findFirst();
            }

            @Override
            public List<Property> all() {
                return List.of(HOTEL, OTHER);
            }
        };
        service.protocols = TestPacks.connecticut();
        service.pdf = new PdfComplianceSummary();
        service.audit = audit;
        service.clock = Clock.fixed(NOW, ZoneOffset.UTC);
    }

    private static RecordTrainingCommand trained(String ref, String hired, String trainedOn, String certified) {
        return new RecordTrainingCommand(null, ref, "Ana Pérez", hired, trainedOn, "AHLA No Room for Trafficking", CT_TOPICS, certified);
    }

    private static List<String> fields(Runnable call) {
        try {
            call.run();
        } catch (InvalidRequestException e) {
            return e.errors().stream().map(FieldError::field).toList();
        }
        throw new AssertionError("no validation error");
    }

    @Test
    void aManagerRecordsTraining_andLearnsWhereTheEmployeeStands_audited() {
        TrainingRecorded done = service.recordTraining(MANAGER, trained("E-104", "2026-03-02", "2026-03-03", "2026-09-20"));
        assertThat(done.employee().trainingStanding()).isEqualTo("CURRENT");
        assertThat(done.employee().trainingDue()).isEqualTo("2027-03-03");
        assertThat(done.employee().certificationDue()).isEqualTo("2027-10-01");
        assertThat(records.training).singleElement().satisfies(r -> assertThat(r.recordedBy()).isEqualTo("manager"));
        assertThat(audit.rows).extracting(AuditEntry::action).containsExactly("TRAINING_RECORDED");
    }

    @Test
    void everyBadTrainingField_isNamed_andNothingIsStored() {
        RecordTrainingCommand bad = new RecordTrainingCommand("demo-hotel", " ", null, "2027-01-01", "03/03/2026", null,
                List.of("recognize_potential_victims", " "), "2026-13-01");
        assertThat(fields(() -> service.recordTraining(MANAGER, bad))).containsExactlyInAnyOrder("employeeRef", "hireDate",
                "trainingDate", "topics[1]", "certifiedOn", "provider");
        assertThat(fields(() -> service.recordTraining(MANAGER, trained("E-1", "2026-03-02", "2026-03-03", "2026-03-01"))))
                .containsExactly("certifiedOn");
        assertThat(fields(() -> service.recordTraining(MANAGER, new RecordTrainingCommand(null, "E-2", null, "2026-03-02",
                null, null, null, "2026-03-05")))).containsExactly("certifiedOn");
        assertThat(fields(() -> service.recordTraining(ADMIN, trained("E-1", "2026-03-02", null, null)))).contains("propertyId");
        assertThat(fields(() -> service.recordTraining(MANAGER, new RecordTrainingCommand("other-hotel", "E-1", null,
                "2026-03-02", null, null, null, null)))).containsExactly("propertyId");
        assertThat(records.training).isEmpty();
        assertThat(audit.rows).isEmpty();
    }

    @Test
    void onlyManagersAndAdminsRecord_securityMayRead_staffMayNot() {
        assertThatThrownBy(() -> service.recordTraining(SECURITY, trained("E-1", "2026-03-02", null, null)))
                .isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> service.setRegistration(STAFF, new RegistrationCommand(null, null, null, null, null, null)))
                .isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> service.summary(STAFF, null)).isInstanceOf(ForbiddenException.class);
        assertThat(service.summary(SECURITY, null).training().employees()).isZero();
        assertThat(service.summary(ADMIN, "demo-hotel").propertyId()).isEqualTo("demo-hotel");
        assertThat(fields(() -> service.summary(ADMIN, "other-hotel"))).containsExactly("propertyId");
    }

    @Test
    void theSummary_listsWhoIsDueOrOverdue_mostUrgentFirst() {
        service.recordTraining(MANAGER, new RecordTrainingCommand(null, "E-NEW", null, "2026-11-22", null, null, null, null));
        service.recordTraining(MANAGER, trained("E-OLD", "2020-01-06", "2025-10-15", "2025-10-16"));
        service.recordTraining(MANAGER, trained("E-OK", "2026-03-02", "2026-03-03", "2026-09-20"));
        ComplianceSummary summary = service.summary(MANAGER, null);
        assertThat(summary.training().dueOrOverdue()).extracting(EmployeeLine::employeeRef).containsExactly("E-OLD", "E-NEW");
        assertThat(summary.training().dueOrOverdue().get(0).trainingStanding()).isEqualTo("OVERDUE");
        assertThat(summary.training().dueOrOverdue().get(1).trainingStanding()).isEqualTo("DUE_SOON");
        assertThat(summary.training().upToDate()).extracting(EmployeeLine::employeeRef).containsExactly("E-OK");
        assertThat(summary.training().overdue()).isEqualTo(1);
        assertThat(summary.training().duty().source().status()).isEqualTo("sourced");
        assertThat(summary.statements()).anySatisfy(s -> assertThat(s).contains("never blocks or delays a report"));
        assertThat(audit.rows).extracting(AuditEntry::action).endsWith("COMPLIANCE_SUMMARY_READ");
    }

    @Test
    void noticeChecks_nameTheNoticeOfThePack_andTheSummarySaysWhereItHangs() {
        assertThat(fields(() -> service.recordNoticeCheck(MANAGER, new RecordNoticeCheckCommand(null, "poster", "",
                "yesterday", null)))).containsExactlyInAnyOrder("noticeId", "location", "checkedAt", "posted");
        var recorded = service.recordNoticeCheck(MANAGER, new RecordNoticeCheckCommand(null, "ct_trafficking_notice",
                "Front lobby, beside the desk", "2026-11-20T09:30:00-05:00", true));
        assertThat(recorded.notice().standing()).isEqualTo("POSTED");
        assertThat(recorded.notice().lastChecks()).singleElement()
                .satisfies(c -> assertThat(c.checkedAt()).isEqualTo("2026-11-20T09:30:00-05:00"));
        assertThat(recorded.notice().penaltySource().status()).isEqualTo("inferred");
        assertThat(audit.rows).extracting(AuditEntry::action).containsExactly("NOTICE_CHECK_RECORDED");
    }

    @Test
    void registration_isValidatedWhole_thenSummarised_withWhatIsStillMissing() {
        assertThat(fields(() -> service.setRegistration(MANAGER, new RegistrationCommand(null,
                new RegistrationCommand.Contact("Demo Hospitality LLC", "call us", "not-an-address", null), null, " ",
                "2030-01-01", null)))).containsExactlyInAnyOrder("operator.phone", "operator.email", "operator.address",
                "contactPerson", "propertyAddress", "registeredOn");
        assertThat(service.summary(MANAGER, null).registration().missing())
                .containsExactly("operator_contact", "contact_person", "property_addresses");
        var part = service.setRegistration(MANAGER, new RegistrationCommand(null,
                new RegistrationCommand.Contact("Demo Hospitality LLC", "+1 860 555 0100", null, "1 Main St, Hartford, CT 06103"),
                new RegistrationCommand.Contact("Jo Smith", null, "compliance@example.com", null),
                "5 Elm St, Hartford, CT 06103", null, null));
        assertThat(part.missing()).isEmpty();
        assertThat(part.standing()).isEqualTo("NOT_YET_DUE");
        assertThat(part.duty().requiredFrom()).isEqualTo("2027-01-01");
        assertThat(part.evidence()).anySatisfy(e -> assertThat(e).startsWith("Training: 0 employee(s)"))
                .anySatisfy(e -> assertThat(e).startsWith("Guest records: at least 183 days"));
        assertThat(audit.rows).extracting(AuditEntry::action).containsExactly("COMPLIANCE_SUMMARY_READ", "REGISTRATION_SET");
    }

    @Test
    void thePdf_opensAndHoldsTrainingNoticesRegistrationAndRetention_audited() throws Exception {
        service.recordTraining(MANAGER, trained("E-OLD", "2020-01-06", "2025-10-15", "2025-10-16"));
        service.recordNoticeCheck(MANAGER, new RecordNoticeCheckCommand(null, "ct_trafficking_notice", "Front lobby",
                "2026-11-20T09:30:00-05:00", false));
        service.setRegistration(MANAGER, new RegistrationCommand(null,
                new RegistrationCommand.Contact("Demo Hospitality LLC", "+1 860 555 0100", null, "1 Main St, Hartford"),
                new RegistrationCommand.Contact("Jo Smith", null, "compliance@example.com", null), "5 Elm St, Hartford",
                null, null));
        byte[] pdf = service.summaryPdf(SECURITY, "demo-hotel");
        String text;
        try (PDDocument document = Loader.loadPDF(pdf)) {
            text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
        }
        assertThat(text).contains("Compliance summary", "Demo Hotel Hartford", "E-OLD Ana Pérez", "training OVERDUE",
                "Front lobby: NOT posted", "Demo Hospitality LLC", "at least 183 days", "never blocks or delays a report",
                "yearly by --10-01", "Department of Consumer Protection");
        assertThat(audit.rows).extracting(AuditEntry::action).endsWith("COMPLIANCE_PDF_EXPORTED");
    }
}
