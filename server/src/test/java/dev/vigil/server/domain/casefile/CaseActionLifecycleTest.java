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

/** The protocol's actions on a case under Connecticut's pack: created as conditions come true, moved by a merge, cancelled by a dismissal. */
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

    private static CaseFile urgentCase(Instant at) {
        SubjectKey room = new SubjectKey(SubjectType.ROOM_STAY, "stay-urgent");
        RuleMatch match = new RuleMatch("R1", "Someone in danger", Tier.T4, room, at, at, List.of("o-9"), 20, Set.of(),
                Set.of(), Set.of("CTRL_HELP_REQUEST"), "explanation");
        CaseFile c = CaseFile.open(new TenantId("demo-chain"), HOTEL, List.of(match), Set.of(room), at);
        c.requireActions(c.severity(), CT, at);
        return c;
    }

    @Test
    void merging_movesEveryPendingStepWithItsDeadlineAndEscalations_includingAnOverdueCallTo911() {
        CaseFile urgent = urgentCase(T.minus(Duration.ofHours(2)));
        urgent.actions().forEach(a -> a.escalateIfDue(T.minus(Duration.ofMinutes(90))));
        CaseAction call = urgent.actions().stream().filter(a -> a.kind().equals("CALL_911")).findFirst().orElseThrow();
        CaseAction security = urgent.actions().stream().filter(a -> a.actionId().equals("notify_security_now")).findFirst().orElseThrow();
        assertThat(call.state()).isEqualTo(CaseAction.State.OVERDUE);
        Instant callDue = call.deadlineAt();
        int securityEscalations = security.escalations();
        assertThat(securityEscalations).isPositive();

        CaseFile survivor = reportCase(); // opened at T, older in the queue's sense is decided by CaseBook; here it takes urgent in
        survivor.merge(urgent, T.plusSeconds(60));

        assertThat(urgent.actions()).as("nothing stays behind on the absorbed case").isEmpty();
        assertThat(survivor.actions()).extracting(CaseAction::id).contains(call.id(), security.id());
        assertThat(call.caseFile()).isSameAs(survivor);
        assertThat(call.state()).as("still overdue, never restarted").isEqualTo(CaseAction.State.OVERDUE);
        assertThat(call.deadlineAt()).isEqualTo(callDue);
        assertThat(security.escalations()).isEqualTo(securityEscalations);
        assertThat(survivor.actions()).filteredOn(a -> a.severity() == Severity.REPORT)
                .as("the lower severity's steps stay open").extracting(CaseAction::state).containsOnly(CaseAction.State.OPEN);
        assertThat(survivor.severity()).isEqualTo(Severity.URGENT);
        assertThat(survivor.requireActions(Severity.URGENT, CT, T.plusSeconds(61)))
                .as("the urgent steps came along: none is created again with a fresh deadline").isEmpty();
        assertThat(survivor.events()).extracting(e -> e.kind().name()).contains("ACTIONS_MOVED");
    }

    @Test
    void merging_twoCasesWaitingForTheSameStep_keepsTheOneDueFirst_andSupersedesTheOther() {
        CaseFile survivor = reportCase();
        SubjectKey other = new SubjectKey(SubjectType.ROOM_STAY, "stay-2");
        RuleMatch earlier = new RuleMatch("R5", "Control and visitors", Tier.T3, other, T, T, List.of("o-2"), 14, Set.of(),
                Set.of(), Set.of("CTRL_SPEAKS_FOR", "VIS_SHORT_VISIT"), "explanation");
        CaseFile absorbed = CaseFile.open(new TenantId("demo-chain"), HOTEL, List.of(earlier), Set.of(other), T.minus(Duration.ofHours(3)));
        absorbed.requireActions(absorbed.severity(), CT, T.minus(Duration.ofHours(3)));
        CaseAction theirs = absorbed.actions().stream().filter(a -> a.actionId().equals("contact_hotline")).findFirst().orElseThrow();
        CaseAction ours = survivor.actions().stream().filter(a -> a.actionId().equals("contact_hotline")).findFirst().orElseThrow();

        survivor.merge(absorbed, T.plusSeconds(60));

        assertThat(theirs.state()).isEqualTo(CaseAction.State.OPEN);
        assertThat(theirs.deadlineAt()).isEqualTo(T.plus(Duration.ofHours(21)));
        assertThat(ours.state()).isEqualTo(CaseAction.State.SUPERSEDED);
        assertThat(ours.ackNote()).hasValueSatisfying(n -> assertThat(n).contains(theirs.id()));
        assertThat(ours.escalateIfDue(T.plus(Duration.ofDays(3)))).isFalse();
        assertThat(survivor.actions()).filteredOn(CaseAction::pending).extracting(CaseAction::actionId)
                .as("one of each step is pending").doesNotHaveDuplicates();
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
