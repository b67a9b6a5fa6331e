package dev.vigil.server.infrastructure.packs;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.vigil.server.domain.model.protocol.ComplianceRules;
import dev.vigil.server.domain.model.protocol.ProtocolAction;
import dev.vigil.server.domain.model.protocol.ProtocolPack;
import dev.vigil.server.domain.model.protocol.RetentionRule;
import dev.vigil.server.domain.model.protocol.TrainingRequirement;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.Period;
import org.junit.jupiter.api.Test;

/** The operator's duties as the packs state them: training, notices, registration, retention, each with provenance. */
class ComplianceRulesReaderTest {

    private final ProtocolPackLoader loader = new ProtocolPackLoader();

    private JsonNode connecticutDocument() throws IOException {
        try (InputStream in = getClass().getClassLoader().getResourceAsStream("packs/protocols/us-ct.yaml")) {
            return loader.read("us-ct.yaml", in);
        }
    }

    private ProtocolPack overlay(String file) throws IOException {
        try (InputStream in = Files.newInputStream(Path.of("..", "samples", "protocols", file))) {
            return loader.build(file, ProtocolPackLoader.merge(connecticutDocument(), loader.read(file, in))).pack();
        }
    }

    @Test
    void connecticut_trainsEveryEmployeeAtHire_yearlyAgain_andCertifiesByTheFirstOfOctober() throws IOException {
        ComplianceRules ct = loader.build("us-ct.yaml", connecticutDocument()).pack().compliance();
        TrainingRequirement training = ct.trainingDuty().orElseThrow();
        assertThat(training.coveredRoles()).containsExactly("all_employees");
        assertThat(training.atHire()).isTrue();
        assertThat(training.newHireDeadline()).isNull();
        assertThat(training.cadence()).isEqualTo(Period.ofYears(1));
        assertThat(training.certificationDue()).isEqualTo(MonthDay.of(10, 1));
        assertThat(training.requiredTopics()).containsExactly("recognize_potential_victims", "activities_associated_with_trafficking");
        assertThat(training.provenance().status()).isEqualTo("sourced");
        assertThat(training.provenance().sources().toString()).contains("HB05468");
        assertThat(training.firstTrainingDue(LocalDate.of(2026, 3, 2))).isEqualTo(LocalDate.of(2026, 3, 2));
        assertThat(training.certificationDeadlineOnOrAfter(LocalDate.of(2026, 10, 2))).contains(LocalDate.of(2027, 10, 1));
        assertThat(training.certificationDeadlineOnOrAfter(LocalDate.of(2026, 10, 1))).contains(LocalDate.of(2026, 10, 1));
    }

    @Test
    void connecticut_noticeRegistrationAndRetention_carryTheirOwnProvenance() throws IOException {
        ComplianceRules ct = loader.build("us-ct.yaml", connecticutDocument()).pack().compliance();
        assertThat(ct.notice("ct_trafficking_notice")).hasValueSatisfying(n -> {
            assertThat(n.audience()).isEqualTo("public");
            assertThat(n.penalty().describe()).isEqualTo("100 USD first, 250 USD later");
            assertThat(n.penalty().provenance().status()).isEqualTo("inferred");
            assertThat(n.provenance().status()).isEqualTo("sourced");
        });
        assertThat(ct.registrationDuty()).hasValueSatisfying(r -> {
            assertThat(r.requiredFrom()).isEqualTo(LocalDate.of(2027, 1, 1));
            assertThat(r.fields()).contains("operator_contact", "contact_person", "property_addresses", "compliance_evidence");
            assertThat(r.fee()).isNull();
        });
        assertThat(ct.retention()).extracting(RetentionRule::record).containsExactly("guestTransactions",
                "observationsWithoutCase", "cases", "trainingRecords", "auditEntries", "releaseToLawEnforcement");
        RetentionRule floor = ct.retention().get(0);
        assertThat(floor.kind()).isEqualTo(RetentionRule.Kind.FLOOR);
        assertThat(floor.describe()).startsWith("at least 183 days from transaction_or_departure_whichever_later");
        assertThat(ct.retention()).filteredOn(r -> r.record().equals("trainingRecords")).singleElement()
                .satisfies(r -> assertThat(r.describe()).contains("no period set", "personnel file"));
        assertThat(ct.commercialRules()).singleElement().satisfies(c -> assertThat(c.text()).contains("12 hours"));
    }

    @Test
    void aDeadlineWeakerThanItsAction_keepsItsOwnBasis() throws IOException {
        ProtocolPack ct = loader.build("us-ct.yaml", connecticutDocument()).pack();
        ProtocolAction hotline = ct.action("REPORT", "contact_hotline").orElseThrow();
        assertThat(hotline.provenance().status()).isEqualTo("sourced");
        assertThat(hotline.deadlineProvenance().status()).isEqualTo("assumed");
        assertThat(ct.channel("dcf_careline")).hasValueSatisfying(c -> assertThat(c.tty()).isEqualTo("1-800-624-5518"));
        assertThat(ct.channel("nhth_text")).hasValueSatisfying(c -> assertThat(c.keyword()).isEqualTo("HELP"));
    }

    @Test
    void overlays_replaceTraining_californiaWithinSixMonthsEveryTwoYears_floridaWithoutRegistration() throws IOException {
        TrainingRequirement ca = overlay("us-ca.yaml").compliance().trainingDuty().orElseThrow();
        assertThat(ca.atHire()).isFalse();
        assertThat(ca.newHireDeadline()).isEqualTo(Period.ofMonths(6));
        assertThat(ca.cadence()).isEqualTo(Period.ofYears(2));
        assertThat(ca.certificationDue()).isNull();
        assertThat(ca.firstTrainingDue(LocalDate.of(2015, 5, 1))).isEqualTo(LocalDate.of(2020, 1, 1));
        assertThat(ca.firstTrainingDue(LocalDate.of(2019, 12, 1))).isEqualTo(LocalDate.of(2020, 6, 1));
        ComplianceRules fl = overlay("us-fl.yaml").compliance();
        assertThat(fl.registrationDuty()).isEmpty();
        assertThat(fl.trainingDuty().orElseThrow().newHireDeadline()).isEqualTo(Period.ofDays(60));
        assertThat(fl.notices()).singleElement().satisfies(n -> {
            assertThat(n.languages()).containsExactly("en", "es");
            assertThat(n.penalty().describe()).contains("2000 USD a day", "90 days to correct");
        });
    }
}
