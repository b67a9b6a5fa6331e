package dev.vigil.server.application.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.vigil.server.domain.service.ReportingNumbers;
import dev.vigil.server.testing.TestPacks;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class CaseReportBuilderTest {

    private final ReportScenario scenario = new ReportScenario();

    private CaseReport build(ReportingNumbers numbers, String lang) {
        return new CaseReportBuilder(scenario.pack, TestPacks.defaultPack(), numbers, TestPacks.messages()).build(scenario.caseFile,
                scenario.observations, ReportScenario.HOTEL, lang, List.of(), ReportScenario.T.plus(Duration.ofHours(5)), "manager");
    }

    @Test
    void packet_holdsTimesPlacesRolesAndIndicatorWording_inThePropertysZone() {
        CaseReport r = build(null, "en");
        assertThat(r.property().name()).isEqualTo("Demo Hotel Hartford");
        assertThat(r.property().timeZone()).isEqualTo("America/New_York");
        assertThat(r.caseFile().severity()).isEqualTo("REPORT");
        assertThat(r.caseFile().firstObservedAt()).isEqualTo("2026-11-20T10:00:00-05:00");
        assertThat(r.caseFile().observationCount()).isEqualTo(5);
        assertThat(r.caseFile().reporterCount()).isEqualTo(2);
        assertThat(r.caseFile().reporterRoles()).containsExactly("FD", "SEC");
        assertThat(r.caseFile().rooms()).containsExactly("714");
        assertThat(r.caseFile().areas()).containsExactly("lobby");
        assertThat(r.caseFile().identifiersRecorded()).containsEntry("VISITOR", 3);
        assertThat(r.observations()).hasSize(5).first().satisfies(o -> {
            assertThat(o.reporterRole()).isEqualTo("FD");
            assertThat(o.indicators()).singleElement().satisfies(i -> assertThat(i.text()).contains("another person answered"));
        });
        assertThat(r.patterns()).singleElement().satisfies(p -> assertThat(p.title()).isEqualTo("High visitor traffic"));
        assertThat(r.packet().generatedBy()).isEqualTo("manager");
    }

    @Test
    void steps_sayWhenTheyWereDueAndDone_andWhereStepDeadlineAndEscalationComeFrom() {
        CaseReport r = build(null, "en");
        assertThat(r.actions()).extracting(CaseReport.Step::kind).contains("NOTIFY_MANAGER", "CONTACT_HOTLINE");
        CaseReport.Step hotline = r.actions().stream().filter(s -> s.actionId().equals("contact_hotline")).findFirst().orElseThrow();
        assertThat(hotline.number()).isEqualTo("1-888-373-7888");
        assertThat(hotline.contacts()).as("whom to contact: the hotline's voice line, then its text line")
                .extracting(c -> c.describe()).containsExactly("call 1-888-373-7888", "text HELP to 233733");
        assertThat(hotline.state()).isEqualTo("ACKNOWLEDGED");
        assertThat(hotline.acknowledgedBy()).isEqualTo("manager");
        assertThat(hotline.acknowledgedAt()).isEqualTo("2026-11-20T14:00:00-05:00");
        assertThat(hotline.dueAt()).isEqualTo("2026-11-21T13:00:00-05:00");
        assertThat(hotline.actionSource().status()).isEqualTo("sourced");
        assertThat(hotline.actionSource().sources().toString()).contains("portal.ct.gov/DCF/HART");
        assertThat(hotline.deadlineSource().status()).isEqualTo("assumed");
        assertThat(hotline.escalationSource().status()).isEqualTo("assumed");
        assertThat(r.reliedOn()).extracting(CaseReport.Relied::what).contains("deadline of contact_hotline",
                "escalation of contact_hotline", "channel duty_manager");
        assertThat(r.protocol().id()).isEqualTo("us-ct-lodging-trafficking");
    }

    @Test
    void aNumberThePropertySetForAChannel_isTheStepsContact() {
        var pack = scenario.pack;
        var police = pack.channel("local_police_nonemergency").orElseThrow();
        CaseReport r = new CaseReportBuilder(pack, dev.vigil.server.testing.TestPacks.defaultPack(), null, TestPacks.messages(),
                java.util.Map.of(police.id(), police.withNumber("+18605550100", "Stamford police 860-555-0100")))
                .build(scenario.caseFile, scenario.observations, ReportScenario.HOTEL, "en", java.util.List.of(), ReportScenario.T,
                        "manager");
        assertThat(r.actions()).filteredOn(s -> s.kind().equals("CONTACT_POLICE")).allSatisfy(s ->
                assertThat(s.contacts().get(0)).satisfies(c -> {
                    assertThat(c.number()).isEqualTo("+18605550100");
                    assertThat(c.setByProperty()).isTrue();
                    assertThat(c.describe()).isEqualTo("call Stamford police 860-555-0100");
                }));
        assertThat(r.actions()).filteredOn(s -> s.kind().equals("CONTACT_POLICE"))
                .allSatisfy(s -> assertThat(s.contactTexts()).containsExactly("call Stamford police 860-555-0100"));
    }

    @Test
    void numbers_carryTheirSource_andAPropertysOwnNumberSaysSo() {
        CaseReport pack = build(null, "en");
        assertThat(pack.numbers()).filteredOn(n -> n.channel().equals("dcf_careline")).singleElement().satisfies(n -> {
            assertThat(n.number()).isEqualTo("+18008422288");
            assertThat(n.tty()).isEqualTo("1-800-624-5518");
            assertThat(n.source().status()).isEqualTo("sourced");
        });
        assertThat(pack.numbers()).filteredOn(n -> n.channel().equals("local_police_nonemergency")).singleElement()
                .satisfies(n -> assertThat(n.source().note()).contains("no number is set"));
        CaseReport own = build(new ReportingNumbers("911", "1-860-555-0100", "233733"), "en");
        assertThat(own.numbers()).filteredOn(n -> n.channel().equals("nhth_voice")).singleElement().satisfies(n -> {
            assertThat(n.number()).isEqualTo("1-860-555-0100");
            assertThat(n.source().status()).isEqualTo(ProtocolFacts.SET_BY_PROPERTY);
        });
        assertThat(own.numbers()).filteredOn(n -> n.channel().equals("emergency_911")).singleElement()
                .satisfies(n -> assertThat(n.source().status()).isEqualTo("sourced"));
    }

    @Test
    void packet_neverHoldsReservationsReporterNamesTokensNotesOrExplanations() throws Exception {
        String json = new ObjectMapper().writeValueAsString(build(null, "en"));
        for (String raw : ReportScenario.forbidden()) {
            assertThat(json).as(raw).doesNotContainIgnoringCase(raw);
        }
    }

    @Test
    void indicatorTexts_followTheLanguageAskedFor() {
        CaseReport es = build(null, "es");
        assertThat(es.packet().language()).isEqualTo("es");
        assertThat(es.observations().get(0).indicators().get(0).text()).startsWith("Cuando el personal");
    }
}
