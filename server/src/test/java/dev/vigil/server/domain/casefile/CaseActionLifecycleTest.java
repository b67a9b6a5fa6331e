package dev.vigil.server.domain.casefile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.vigil.server.domain.model.casefile.CaseAction;
import dev.vigil.server.domain.model.casefile.CaseFile;
import dev.vigil.server.domain.model.casefile.Decision;
import dev.vigil.server.domain.model.casefile.Severity;
import dev.vigil.server.domain.model.pattern.SubjectKey;
import dev.vigil.server.domain.model.pattern.SubjectType;
import dev.vigil.server.domain.model.pattern.Tier;
import dev.vigil.server.domain.model.protocol.CaseCircumstances;
import dev.vigil.server.domain.model.protocol.ProtocolPack;
import dev.vigil.server.domain.model.tenant.PropertyId;
import dev.vigil.server.domain.model.tenant.TenantId;
import dev.vigil.server.domain.service.pattern.RuleMatch;
import dev.vigil.server.testing.TestPacks;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The protocol's actions on a case under Connecticut's pack: created as conditions come true, cancelled by a dismissal. */
class CaseActionLifecycleTest {

    private static final Instant T = Instant.parse("2026-11-22T20:00:00Z");
    private static final PropertyId HOTEL = new PropertyId("demo-hotel");
    private static final ProtocolPack CT = TestPacks.connecticut().forProperty(HOTEL);

    private static CaseFile reportCase() {
        SubjectKey room = new SubjectKey(SubjectType.ROOM_STAY, "stay-1");
        RuleMatch match = new RuleMatch("R5", "Control and visitors", Tier.T3, room, T, T, List.of("o-1"), 14, Set.of(),
                Set.of(), Set.of("CTRL_SPEAKS_FOR", "VIS_SHORT_VISIT"), "explanation");
        CaseFile c = CaseFile.open(new TenantId("demo-chain"), HOTEL, List.of(match), Set.of(room), T);
        c.requireActions(c.severity(), CT, T);
        return c;
    }

    @Test
    void aReportCase_getsTheManagerAndHotlineSteps_andTheCarelineOnlyOnceAMinorIsSeen() {
        CaseFile c = reportCase();
        assertThat(c.severity()).isEqualTo(Severity.REPORT);
        assertThat(c.actions()).extracting(CaseAction::actionId)
                .containsExactlyInAnyOrder("tell_security", "manager_decision", "contact_hotline", "police_optional");
        assertThat(c.actions()).filteredOn(a -> a.actionId().equals("contact_hotline")).singleElement()
                .satisfies(a -> assertThat(a.deadlineAt()).isEqualTo(T.plus(Duration.ofHours(24))));

        assertThat(c.requireActions(Severity.REPORT, CT, T.plusSeconds(60))).as("nothing twice").isEmpty();

        c.note(new CaseCircumstances(true, false, false));
        List<CaseAction> later = c.requireActions(Severity.REPORT, CT, T.plus(Duration.ofHours(2)));
        assertThat(later).extracting(CaseAction::actionId).containsExactly("dcf_careline_report");
        assertThat(later.get(0).deadlineAt()).as("runs from when it is created").isEqualTo(T.plus(Duration.ofHours(14)));
    }

    @Test
    void aMergedCase_stopsAskingForItsSteps_theSurvivorAsksInstead() {
        CaseFile survivor = reportCase();
        CaseFile absorbed = reportCase();
        survivor.merge(absorbed, T.plusSeconds(60));
        assertThat(absorbed.actions()).allSatisfy(a -> assertThat(a.state()).isEqualTo(CaseAction.State.CANCELLED));
        assertThat(absorbed.actions()).noneMatch(a -> a.escalateIfDue(T.plus(Duration.ofDays(2))));
        assertThat(survivor.actions()).extracting(CaseAction::state).containsOnly(CaseAction.State.OPEN);
    }

    @Test
    void dismissing_cancelsWhatIsPending_whichThenNeitherEscalatesNorIsAcknowledged() {
        CaseFile c = reportCase();
        CaseAction hotline = c.actions().stream().filter(a -> a.actionId().equals("contact_hotline")).findFirst().orElseThrow();
        c.acknowledge(c.actions().stream().filter(a -> a.actionId().equals("manager_decision")).findFirst().orElseThrow().id(),
                "manager", "Decided: hotline", T.plusSeconds(600));

        c.decide(Decision.DISMISS, "A family reunion; the visitors were relatives", "security", T.plus(Duration.ofHours(1)));

        assertThat(c.actions()).extracting(a -> a.actionId() + ":" + a.state()).containsExactlyInAnyOrder(
                "tell_security:CANCELLED", "manager_decision:ACKNOWLEDGED", "contact_hotline:CANCELLED", "police_optional:CANCELLED");
        assertThat(c.events().get(c.events().size() - 1).detail()).contains("3 pending actions cancelled");
        assertThat(hotline.escalateIfDue(T.plus(Duration.ofDays(2)))).isFalse();
        assertThatThrownBy(() -> c.acknowledge(hotline.id(), "manager", null, T.plus(Duration.ofHours(2))))
                .hasMessageContaining("cancelled");
        c.note(new CaseCircumstances(true, false, false));
        assertThat(c.requireActions(Severity.REPORT, CT, T.plus(Duration.ofHours(3)))).as("a dismissed case asks for nothing")
                .isEmpty();
    }
}
