package dev.vigil.server.application.observation;

import static dev.vigil.server.application.observation.FilingFixture.NOW;
import static org.assertj.core.api.Assertions.assertThat;

import dev.vigil.plugin.subject.SubjectKind;
import dev.vigil.server.application.shared.AppRole;
import dev.vigil.server.application.shared.Caller;
import dev.vigil.server.domain.model.casefile.CaseFile;
import dev.vigil.server.domain.model.casefile.Severity;
import dev.vigil.server.domain.model.indicator.StaffRole;
import dev.vigil.server.domain.model.pattern.Marker;
import dev.vigil.server.domain.model.pattern.SubjectKey;
import dev.vigil.server.domain.model.pattern.SubjectType;
import dev.vigil.server.domain.model.tenant.PropertyId;
import dev.vigil.server.domain.service.ImmediateAction;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Realistic sequences through the whole filing use case with the default packs: what a careful
 * security lead would expect of innocent look-alikes and of real patterns.
 */
class PatternScenariosTest {

    private final FilingFixture fx = new FilingFixture();

    /** A staff member of the demo hotel with every role, so each scenario can name its own people. */
    private static Caller staff(String name) {
        return new Caller(name, Set.of(AppRole.STAFF), FilingFixture.DEMO_CHAIN, new PropertyId("demo-hotel"),
                EnumSet.allOf(StaffRole.class));
    }

    /** One filing in a scenario. */
    private record Step(String who, String role, Duration ago, String room, String area, String[] codes, String payer,
                        String visitor, String vehicle, String person) {
    }

    private static Step step(String who, String role, int hoursAgo, String room, String... codes) {
        return new Step(who, role, Duration.ofHours(hoursAgo), room, null, codes, null, null, null, null);
    }

    private static Step with(Step s, String payer, String visitor, String vehicle, String person) {
        return new Step(s.who, s.role, s.ago, s.room, s.area, s.codes, payer, visitor, vehicle, person);
    }

    private List<FilingReceipt> file(List<Step> steps) {
        List<FilingReceipt> receipts = new ArrayList<>();
        for (Step s : steps) {
            var f = FilingFixture.filing().by(staff(s.who)).role(s.role).indicators(s.codes)
                    .room(s.room, s.room == null ? null : "R-" + s.room).at(NOW.minus(s.ago));
            if (s.room == null) {
                f.with(x -> x.area = s.area);
            }
            if (s.payer != null) {
                f.subject(SubjectKind.PAYER, s.payer);
            }
            if (s.visitor != null) {
                f.subject(SubjectKind.VISITOR, s.visitor);
            }
            if (s.vehicle != null) {
                f.subject(SubjectKind.VEHICLE, s.vehicle);
            }
            if (s.person != null) {
                f.subject(SubjectKind.PERSON, s.person);
            }
            receipts.add(fx.filing.file(f.command()).receipt());
        }
        return receipts;
    }

    private Optional<Severity> highest() {
        return fx.cases.live().stream().map(CaseFile::severity).max(Enum::compareTo);
    }

    @Test
    void aFamilyPayingCash_withChildrenAndDoNotDisturb_staysAtWatchOrBelow() {
        file(List.of(
                step("ali", "FD", 50, "118", "PAY_CASH_ONLY", "BOOK_ROOM_LOCATION_REQ"),
                step("maria", "HK", 30, "118", "ROOM_DND_EXTENDED", "ROOM_OVEROCCUPIED"),
                step("jo", "FB", 20, "118", "MIN_SCHOOL_HOURS"),
                step("maria", "HK", 6, "118", "ROOM_LINEN_EXCESS")));
        assertThat(highest().orElse(Severity.WATCH)).isLessThanOrEqualTo(Severity.WATCH);
    }

    @Test
    void aSportsTeamBlock_onOneCard_staysAtWatchOrBelow() {
        String card = fx.pseudonymizer.tokenizerFor(FilingFixture.DEMO_CHAIN).tokenize(SubjectKind.PAYER, "TEAM-CARD-4411");
        fx.histories.markers.put(new SubjectKey(SubjectType.PAYER, card), Marker.GROUP_BLOCK);
        List<Step> steps = new ArrayList<>();
        for (int room = 301; room <= 310; room++) {
            steps.add(with(step("ali", "FD", 40, String.valueOf(room), "PAY_THIRD_PARTY", "BOOK_MULTI_ROOMS_ONE_PAYER"),
                    "TEAM-CARD-4411", null, null, null));
        }
        steps.add(step("maria", "HK", 20, "303", "ROOM_OVEROCCUPIED", "ROOM_LINEN_EXCESS"));
        steps.add(step("maria", "HK", 19, "305", "ROOM_OVEROCCUPIED"));
        steps.add(step("sam", "VAL", 10, "307", "BEH_NO_LUGGAGE_LONG_STAY"));
        file(steps);
        System.out.println("SPORTS " + explain());
        assertThat(highest().orElse(Severity.WATCH)).as(explain()).isLessThanOrEqualTo(Severity.WATCH);
    }

    private String explain() {
        StringBuilder s = new StringBuilder();
        fx.cases.live().forEach(c -> c.matches().forEach(m -> s.append(m.tier()).append(' ').append(m.explanation()).append("\n")));
        return s.toString();
    }

    @Test
    void oneReporter_withEverydaySigns_staysAtWatchOrBelow() {
        file(List.of(
                step("maria", "HK", 60, "221", "ROOM_DND_EXTENDED", "ROOM_SUPPLIES_NO_ENTRY"),
                step("maria", "HK", 36, "221", "ROOM_LINEN_EXCESS", "ROOM_DEVICES_READERS"),
                step("maria", "HK", 12, "221", "ROOM_CASH_BULK", "ROOM_SEX_SUPPLIES_BULK")));
        assertThat(highest().orElse(Severity.WATCH)).isLessThanOrEqualTo(Severity.WATCH);
    }

    @Test
    void controlPlusVisitorTraffic_seenBySeveralStaff_reachesReport_andTheReporterIsToldToTellSecurity() {
        List<Step> steps = new ArrayList<>();
        steps.add(step("ali", "FD", 20, "214", "CTRL_SPEAKS_FOR", "CTRL_HOLDS_ID_MONEY"));
        for (int v = 1; v <= 5; v++) {
            steps.add(with(step("dan", "SEC", 12 - v, "214", "VIS_SHORT_VISIT"), null, "visitor-" + v, null, null));
        }
        steps.add(step("sam", "VAL", 4, "214", "CTRL_LOOKOUT"));
        List<FilingReceipt> receipts = file(steps);
        assertThat(highest()).contains(Severity.REPORT);
        assertThat(fx.cases.live()).hasSize(1);
        CaseFile c = fx.cases.live().get(0);
        assertThat(c.matches()).extracting(m -> m.ruleId()).contains("R5");
        assertThat(c.matches().get(0).explanation()).contains("room 214").contains("VIS_SHORT_VISIT");
        assertThat(receipts.get(receipts.size() - 1).immediateActions()).extracting(ImmediateAction::type)
                .contains("NOTIFY_SECURITY");
        // the Connecticut protocol's REPORT steps, in the same transaction: a manager decision and the hotline, with deadlines
        assertThat(c.actions()).extracting(a -> a.kind()).contains("NOTIFY_MANAGER", "CONTACT_HOTLINE");
        assertThat(c.actions()).filteredOn(a -> a.kind().equals("CONTACT_HOTLINE")).singleElement()
                .satisfies(a -> assertThat(java.time.Duration.between(a.createdAt(), a.deadlineAt())).isEqualTo(java.time.Duration.ofHours(24)));
        assertThat(c.actions()).extracting(a -> a.kind()).doesNotContain("CONTACT_CHILD_PROTECTION");
        assertThat(receipts.get(0).immediateActions()).isEmpty();
    }

    @Test
    void aPossibleMinorWithExploitationContext_isUrgent_andTheReporterIsToldToCall911() {
        List<FilingReceipt> receipts = file(List.of(
                step("ali", "FD", 5, "330", "MIN_UNRELATED_ADULT"),
                with(step("dan", "SEC", 1, "330", "VIS_SHORT_VISIT"), null, "adult-visitor-1", null, null)));
        assertThat(highest()).contains(Severity.URGENT);
        assertThat(receipts.get(1).immediateActions()).extracting(ImmediateAction::type).containsExactly("CALL_911");
        assertThat(receipts.get(1).immediateActions().get(0).number()).isEqualTo("911");
        CaseFile urgent = fx.cases.live().get(0);
        assertThat(urgent.actions()).extracting(a -> a.kind())
                .contains("CALL_911", "NOTIFY_SECURITY", "NOTIFY_MANAGER", "CONTACT_CHILD_PROTECTION");
        assertThat(urgent.actions()).filteredOn(a -> a.kind().equals("CONTACT_CHILD_PROTECTION"))
                .extracting(a -> a.channel()).contains("dcf_careline");
    }

    @Test
    void lateAndOutOfOrderObservations_giveTheSameCaseAsInOrder() {
        List<Step> steps = new ArrayList<>();
        steps.add(step("ali", "FD", 20, "214", "CTRL_SPEAKS_FOR", "CTRL_HOLDS_ID_MONEY"));
        for (int v = 1; v <= 5; v++) {
            steps.add(with(step("dan", "SEC", 12 - v, "214", "VIS_SHORT_VISIT"), null, "visitor-" + v, null, null));
        }
        steps.add(step("sam", "VAL", 4, "214", "CTRL_LOOKOUT"));
        file(steps);
        Severity inOrder = highest().orElseThrow();
        PatternScenariosTest reversed = new PatternScenariosTest();
        List<Step> backwards = new ArrayList<>(steps);
        Collections.reverse(backwards);
        reversed.file(backwards);
        assertThat(reversed.highest()).contains(inOrder);
        assertThat(reversed.fx.cases.live()).hasSize(1);
    }

    @Test
    void casesOfTwoRooms_mergeWhenASharedPayerLinksThem_keepingBothHistories() {
        file(List.of(
                step("ali", "FD", 30, "401", "CTRL_SPEAKS_FOR"),
                step("maria", "HK", 28, "402", "ROOM_IDS_MANY_NAMES")));
        assertThat(fx.cases.live()).hasSize(2);
        file(List.of(
                with(step("ali", "FD", 2, "401", "PAY_THIRD_PARTY"), "CARD-77", null, null, null),
                with(step("ali", "FD", 1, "402", "PAY_THIRD_PARTY"), "CARD-77", null, null, null)));
        assertThat(fx.cases.live()).hasSize(1);
        CaseFile merged = fx.cases.live().get(0);
        assertThat(merged.events()).extracting(e -> e.kind().name()).contains("MERGED_IN");
        assertThat(merged.subjects()).extracting(SubjectKey::type).contains(SubjectType.PAYER);
        assertThat(merged.subjects().stream().filter(k -> k.type() == SubjectType.ROOM_STAY)).hasSize(2);
    }

    @Test
    void anExcludedVehicle_linksNothing() {
        String shuttle = fx.pseudonymizer.tokenizerFor(FilingFixture.DEMO_CHAIN).tokenize(SubjectKind.VEHICLE, "HOTEL SHUTTLE 1");
        fx.histories.markers.put(new SubjectKey(SubjectType.VEHICLE, shuttle), Marker.EXCLUDED);
        file(List.of(
                with(step("ali", "FD", 30, "501", "CTRL_SPEAKS_FOR"), null, null, "HOTEL SHUTTLE 1", null),
                with(step("maria", "HK", 28, "502", "ROOM_IDS_MANY_NAMES"), null, null, "HOTEL SHUTTLE 1", null)));
        assertThat(fx.cases.live()).hasSize(2);
        assertThat(fx.cases.live()).allSatisfy(c -> assertThat(c.subjects()).extracting(SubjectKey::type)
                .doesNotContain(SubjectType.VEHICLE));
    }
}
