package dev.vigil.server.infrastructure.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vigil.server.domain.model.compliance.ContactDetails;
import dev.vigil.server.domain.model.compliance.NoticeCheck;
import dev.vigil.server.domain.model.compliance.OperatorRegistration;
import dev.vigil.server.domain.model.compliance.TrainingRecord;
import dev.vigil.server.domain.model.tenant.PropertyId;
import dev.vigil.server.domain.model.tenant.TenantId;
import dev.vigil.server.infrastructure.persistence.jpa.JpaComplianceRecords;
import dev.vigil.server.testing.TestDatabases;
import dev.vigil.server.testing.TestDatabases.Database;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Training entries, notice checks and registration data on the embedded H2 and on a real PostgreSQL. */
class CompliancePersistenceTest {

    private static final Instant T = Instant.parse("2026-11-20T12:00:00Z");
    private static final PropertyId HOTEL = new PropertyId("hotel-a");

    static Stream<Database> databases() {
        return TestDatabases.both();
    }

    private static TenantId freshTenant() {
        return new TenantId("t-" + UUID.randomUUID().toString().substring(0, 8));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void trainingEntries_keepTheirTopicsInOrder_andStayWithinTheirTenantAndProperty(Database db) {
        TenantId tenant = freshTenant();
        db.inTransaction(em -> {
            var records = new JpaComplianceRecords(em);
            records.store(new TrainingRecord(tenant, HOTEL, "E-104", "Ana Pérez", LocalDate.of(2026, 3, 2), null, null, null,
                    null, "manager", T));
            records.store(new TrainingRecord(tenant, HOTEL, "E-104", null, LocalDate.of(2026, 3, 2), LocalDate.of(2026, 3, 3),
                    "AHLA No Room for Trafficking", List.of("recognize_potential_victims", "activities_associated_with_trafficking"),
                    LocalDate.of(2026, 3, 4), "manager", T.plusSeconds(60)));
            records.store(new TrainingRecord(freshTenant(), HOTEL, "E-999", null, LocalDate.of(2026, 1, 1), null, null, null,
                    null, "manager", T));
        });
        List<TrainingRecord> read = db.read(em -> new JpaComplianceRecords(em).training(tenant, HOTEL));
        assertThat(read).hasSize(2);
        assertThat(read.get(0).employeeName()).contains("Ana Pérez");
        assertThat(read.get(0).trainingDate()).isEmpty();
        assertThat(read.get(1).topics()).containsExactly("recognize_potential_victims", "activities_associated_with_trafficking");
        assertThat(read.get(1).certifiedOn()).contains(LocalDate.of(2026, 3, 4));
        List<TrainingRecord> elsewhere = db.read(em -> new JpaComplianceRecords(em).training(tenant, new PropertyId("hotel-b")));
        assertThat(elsewhere).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void noticeChecks_andARegistrationThatIsReplaced_areReadBack(Database db) {
        TenantId tenant = freshTenant();
        PropertyId property = new PropertyId("p-" + UUID.randomUUID().toString().substring(0, 8));
        db.inTransaction(em -> {
            var records = new JpaComplianceRecords(em);
            records.store(new NoticeCheck(tenant, property, "ct_trafficking_notice", "front lobby", T, true, "manager", T));
            records.store(new NoticeCheck(tenant, property, "ct_trafficking_notice", "front lobby", T.plusSeconds(86400), false,
                    "manager", T));
            OperatorRegistration r = new OperatorRegistration(tenant, property);
            r.set(new ContactDetails("Demo Hospitality LLC", "+1 860 555 0100", null, "1 Main St, Hartford, CT"),
                    new ContactDetails("Jo Smith", null, "jo@example.com", null), "5 Elm St, Hartford, CT", null, null, "admin", T);
            records.store(r);
        });
        db.inTransaction(em -> {
            var records = new JpaComplianceRecords(em);
            OperatorRegistration r = records.registration(tenant, property).orElseThrow();
            r.set(r.operator(), r.contactPerson(), r.propertyAddress(), LocalDate.of(2027, 1, 5), "DCP-123", "manager",
                    T.plusSeconds(3600));
            records.store(r);
        });
        List<NoticeCheck> checks = db.read(em -> new JpaComplianceRecords(em).noticeChecks(tenant, property));
        assertThat(checks).extracting(NoticeCheck::posted).containsExactly(true, false);
        OperatorRegistration stored = db.read(em -> new JpaComplianceRecords(em).registration(tenant, property)).orElseThrow();
        assertThat(stored.registrationNumber()).contains("DCP-123");
        assertThat(stored.operator().phone()).contains("+1 860 555 0100");
        assertThat(stored.contactPerson().email()).contains("jo@example.com");
        assertThat(stored.updatedBy()).isEqualTo("manager");
        java.util.Optional<OperatorRegistration> otherTenant =
                db.read(em -> new JpaComplianceRecords(em).registration(freshTenant(), property));
        assertThat(otherTenant).isEmpty();
    }
}
