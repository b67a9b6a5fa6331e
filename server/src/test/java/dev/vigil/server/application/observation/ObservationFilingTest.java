package dev.vigil.server.application.observation;

import static dev.vigil.server.application.observation.FilingFixture.ADMIN;
import static dev.vigil.server.application.observation.FilingFixture.FRONTDESK;
import static dev.vigil.server.application.observation.FilingFixture.HOUSEKEEPER;
import static dev.vigil.server.application.observation.FilingFixture.INTEGRATION;
import static dev.vigil.server.application.observation.FilingFixture.NOW;
import static dev.vigil.server.application.observation.FilingFixture.OTHER_SECURITY;
import static dev.vigil.server.application.observation.FilingFixture.SECURITY;
import static dev.vigil.server.application.observation.FilingFixture.filing;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.vigil.plugin.subject.SubjectKind;
import java.util.Set;
import java.util.EnumSet;
import dev.vigil.server.domain.model.indicator.StaffRole;
import dev.vigil.server.application.shared.AppRole;
import dev.vigil.server.application.shared.Caller;
import dev.vigil.server.application.shared.ConflictException;
import dev.vigil.server.application.shared.FieldError;
import dev.vigil.server.application.shared.ForbiddenException;
import dev.vigil.server.application.shared.InvalidRequestException;
import dev.vigil.server.application.shared.NotFoundException;
import dev.vigil.server.domain.model.observation.Observation;
import dev.vigil.server.domain.model.observation.SubjectToken;
import dev.vigil.server.domain.service.ImmediateAction;
import java.time.Duration;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.IntStream;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

class ObservationFilingTest {

    private final FilingFixture fx = new FilingFixture();

    @Test
    void validFiling_isStoredWithTokensOnly_encryptedNote_andAnAuditEntry() {
        FilingOutcome outcome = fx.filing.file(filing()
                .subject(SubjectKind.VEHICLE, "AB 123 CD").subject(SubjectKind.PHONE, "+1 860 555 0100")
                .note("Companion answered every question for the guest at 14:05").command());

        assertThat(outcome.replayed()).isFalse();
        Observation stored = fx.observations.rows.get(outcome.receipt().id());
        assertThat(stored.subjects()).extracting(SubjectToken::kind).containsExactlyInAnyOrder(SubjectKind.VEHICLE, SubjectKind.PHONE);
        assertThat(stored.subjects()).extracting(SubjectToken::token)
                .allSatisfy(token -> assertThat(token).doesNotContain("123").doesNotContain("555").matches("[a-z]+:t1\\.[A-Za-z0-9_-]{43}"));
        assertThat(stored.noteCiphertext().orElseThrow()).doesNotContain("Companion").startsWith("v2:n1:");
        assertThat(fx.audit.rows).extracting(e -> e.action()).containsExactly("OBSERVATION_FILED", "CASE_OPENED");
        assertThat(fx.audit.rows.get(1).targetId()).as("the case this filing opened").isNotBlank();
        assertThat(fx.audit.verify("demo-chain").intact()).isTrue();
        assertThat(stored.reporter().filedBy()).isEqualTo("frontdesk");
    }

    @Test
    void aNoteThatDescribesWhoSomeoneIs_isFiledWithAWarningInTheReportersLanguage_andFlagged() {
        FilingReceipt receipt = fx.filing.file(filing().lang("es")
                .note("Mujer con hijab, parecía extranjera, esperó en el pasillo 2 horas").command()).receipt();
        assertThat(receipt.warnings()).isNotEmpty();
        assertThat(receipt.warnings()).extracting(FilingReceipt.Warning::code).allMatch(c -> c.startsWith("NOTE_DESCRIBES_"));
        assertThat(fx.observations.rows.get(receipt.id()).noteFlagged()).isTrue();

        FilingReceipt behaviour = fx.filing.file(filing().note("Guest asked for 6 towels at 14:05 and would not open the door")
                .command()).receipt();
        assertThat(behaviour.warnings()).isEmpty();
        assertThat(fx.observations.rows.get(behaviour.id()).noteFlagged()).isFalse();
    }

    @Test
    void sameVehicleWrittenDifferently_getsTheSameToken() {
        String a = token(fx.filing.file(filing().subject(SubjectKind.VEHICLE, "ab-123 cd").command()));
        String b = token(fx.filing.file(filing().subject(SubjectKind.VEHICLE, " AB123CD ").command()));
        assertThat(a).isEqualTo(b);
    }

    private String token(FilingOutcome outcome) {
        return fx.observations.rows.get(outcome.receipt().id()).subjects().iterator().next().token();
    }

    @Test
    void emergencyIndicator_tellsTheReporterToCall911() {
        FilingReceipt receipt = fx.filing.file(filing().indicators("ROOM_DND_EXTENDED", "PHYS_VIOLENCE_OBSERVED").command()).receipt();
        assertThat(receipt.immediateActions()).extracting(ImmediateAction::type, ImmediateAction::number)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("CALL_911", "911"));
        assertThat(receipt.immediateActions().get(0).text()).contains("911");
    }

    @Test
    void violence_notifiesSecurityAndTheManager_throughTheOutbox_withoutGuestIdentifiers() {
        fx.filing.file(filing().room("1412", "RES-889-TAYLOR").indicators("PHYS_VIOLENCE_OBSERVED")
                .subject(SubjectKind.VEHICLE, "CT-7JX-221").command());
        assertThat(fx.outbox.rows).extracting(n -> n.event() + " " + n.route())
                .containsExactlyInAnyOrder("case.actions_required email:security@demo-hotel.example",
                        "case.actions_required email:manager@demo-hotel.example", "case.actions_required webhook:chain-ops",
                        "case.opened webhook:chain-ops");
        var notification = fx.outbox.rows.stream().filter(n -> n.event().equals("case.actions_required")).findFirst().orElseThrow();
        assertThat(notification.subject()).contains("URGENT", "Demo Hotel");
        assertThat(notification.text()).contains("tell security", "manager", "Never confront", "911",
                "https://vigil.demo-chain.example/api/v1/cases/");
        for (var n : fx.outbox.rows) {
            assertThat(n.subject() + n.text() + n.json()).doesNotContain("1412", "RES-889", "TAYLOR", "CT-7JX", "PHYS_VIOLENCE");
            assertThat(n.status().name()).isEqualTo("PENDING");
        }
        assertThat(fx.cases.live()).hasSize(1);
        assertThat(notification.caseId()).contains(fx.cases.live().get(0).id().value());
    }

    @Test
    void aMandatedReporter_whoSeesAPossibleMinorInDanger_isToldToCall911_thenTheCareline() {
        Caller nurse = new Caller("nurse-ana", Set.of(AppRole.STAFF), FilingFixture.DEMO_CHAIN,
                new dev.vigil.server.domain.model.tenant.PropertyId("demo-hotel"), EnumSet.allOf(StaffRole.class), true);
        fx.filing.file(filing().by(nurse).role("FB").indicators("MIN_UNRELATED_ADULT").at(FilingFixture.NOW.minusSeconds(7200))
                .command());
        FilingReceipt receipt = fx.filing.file(filing().by(nurse).role("FB").indicators("VIS_SHORT_VISIT")
                .subject(SubjectKind.VISITOR, "adult-1").command()).receipt();

        assertThat(receipt.immediateActions()).extracting(ImmediateAction::type)
                .containsExactly("CALL_911", "CONTACT_CHILD_PROTECTION", "CONTACT_CHILD_PROTECTION");
        assertThat(receipt.immediateActions().get(1).number()).isEqualTo("1-800-842-2288");
        assertThat(receipt.immediateActions().subList(1, 3)).extracting(ImmediateAction::text)
                .anySatisfy(t -> assertThat(t).contains("12 hours"));
        assertThat(fx.cases.live().get(0).actions()).extracting(a -> a.who() + ":" + a.actionId())
                .contains("reporter:mandated_oral_report_urgent", "manager:dcf_careline");
    }

    @Test
    void theSameSigns_fromSomeoneWhoIsNotAMandatedReporter_leaveTheCarelineToTheManager() {
        fx.filing.file(filing().indicators("MIN_UNRELATED_ADULT").at(FilingFixture.NOW.minusSeconds(7200)).command());
        FilingReceipt receipt = fx.filing.file(filing().indicators("VIS_SHORT_VISIT")
                .subject(SubjectKind.VISITOR, "adult-1").command()).receipt();
        assertThat(receipt.immediateActions()).extracting(ImmediateAction::type).containsExactly("CALL_911");
        assertThat(fx.cases.live().get(0).actions()).extracting(a -> a.who() + ":" + a.actionId())
                .contains("manager:dcf_careline").noneMatch(a -> a.startsWith("reporter:mandated"));
    }

    @Test
    void ordinarySigns_thatOpenNoActionableCase_notifyNobody() {
        fx.filing.file(filing().indicators("PAY_CASH_ONLY").command());
        assertThat(fx.outbox.rows).isEmpty();
    }

    @Test
    void ordinaryIndicators_giveGuidanceButNoImmediateAction() {
        FilingReceipt receipt = fx.filing.file(filing().indicators("PAY_CASH_ONLY").command()).receipt();
        assertThat(receipt.immediateActions()).isEmpty();
        assertThat(receipt.guidance()).extracting(g -> g.key()).contains("noConfront", "factsOnly", "hotline");
        assertThat(receipt.guidance()).filteredOn(g -> g.key().equals("hotline")).first()
                .satisfies(g -> assertThat(g.text()).contains("1-888-373-7888", "233733").doesNotContain("{HOTLINE"));
    }

    @Test
    void guidance_comesInTheReportersLanguage() {
        FilingReceipt receipt = fx.filing.file(filing().lang("ar").indicators("CTRL_CONFINED").command()).receipt();
        assertThat(receipt.guidance().get(0).text()).containsPattern("[\\u0600-\\u06FF]");
        assertThat(receipt.immediateActions().get(0).text()).containsPattern("[\\u0600-\\u06FF]").contains("911");
    }

    @Test
    void sameKeyAndBody_replaysTheSameReceipt_andStoresOneRow() {
        FilingOutcome first = fx.filing.file(filing().key("abc-1").command());
        FilingOutcome again = fx.filing.file(filing().key("abc-1").command());
        assertThat(again.replayed()).isTrue();
        assertThat(again.receipt()).isEqualTo(first.receipt());
        assertThat(fx.observations.rows).hasSize(1);
    }

    @Test
    void sameKeyWithAnotherBody_isAConflict_andStoresNothingMore() {
        fx.filing.file(filing().key("abc-1").command());
        assertThatThrownBy(() -> fx.filing.file(filing().key("abc-1").room("215", "R-1002").command()))
                .isInstanceOf(ConflictException.class).hasMessageContaining("abc-1");
        assertThat(fx.observations.rows).hasSize(1);
    }

    @Test
    void sameKeyFromAnotherCaller_isIndependent() {
        fx.filing.file(filing().key("abc-1").command());
        fx.filing.file(filing().by(HOUSEKEEPER).role("HK").key("abc-1").command());
        assertThat(fx.observations.rows).hasSize(2);
    }

    @Test
    void integrationClients_mustSendAnIdempotencyKey_andMayFileForTheirStaff() {
        expectInvalid(() -> fx.filing.file(filing().by(INTEGRATION).with(f -> f.reporterId = "pms-user-77").command()),
                "Idempotency-Key");
        FilingOutcome ok = fx.filing.file(filing().by(INTEGRATION).with(f -> f.reporterId = "pms-user-77")
                .role("HK").key("pms-evt-1").command());
        assertThat(fx.observations.rows.get(ok.receipt().id()).reporter().staffId()).isEqualTo("pms-user-77");
    }

    @Test
    void eachBadField_isNamed_andNothingIsStored() {
        assertRejected(f -> f.indicators("NOT_A_CODE"), "indicators[0]");
        assertRejected(f -> f.indicators("PAY_CASH_ONLY", "PAY_CASH_ONLY"), "indicators[1]");
        assertRejected(f -> f.indicators(), "indicators");
        assertRejected(f -> f.indicators(IntStream.range(0, 21).mapToObj(i -> "PAY_CASH_ONLY").toArray(String[]::new)), "indicators");
        assertRejected(f -> f.at(NOW.plus(Duration.ofMinutes(6))), "observedAt");
        assertRejected(f -> f.at(NOW.minus(Duration.ofDays(91))), "observedAt");
        assertRejected(f -> f.observedAt = null, "observedAt");
        assertRejected(f -> f.propertyId = "no-such-hotel", "propertyId");
        assertRejected(f -> f.propertyId = "other-hotel", "propertyId");
        assertRejected(f -> f.room(null, null), "location");
        assertRejected(f -> f.note("x".repeat(2001)), "note");
        assertRejected(f -> f.reporterId = "someone-else", "reporter.id");
        assertRejected(f -> f.reporterRole = "CHEF", "reporter.role");
        assertRejected(f -> f.subject(SubjectKind.PAYER, " "), "subjects.payer");
        assertThat(fx.observations.rows).isEmpty();
        assertThat(fx.audit.rows).isEmpty();
    }

    @Test
    void staffMayFileOnlyInRolesTheyHold() {
        assertRejected(f -> f.by(HOUSEKEEPER).role("FD"), "reporter.role");
        fx.filing.file(filing().by(HOUSEKEEPER).role("HK").command());
        fx.filing.file(filing().by(SECURITY).role("SEC").command());
        assertThat(fx.observations.rows).hasSize(2);
    }

    @Test
    void allProblems_areReportedTogether() {
        InvalidRequestException e = catchInvalid(() -> fx.filing.file(filing()
                .indicators("NOPE").room(null, null).with(f -> f.propertyId = "nowhere").command()));
        assertThat(e.errors()).extracting(FieldError::field).contains("indicators[0]", "location", "propertyId");
    }

    @Test
    void shapeErrorsFromTheBody_comeFirst_withoutADuplicateForTheSameField() {
        FileObservationCommand base = filing().with(f -> f.observedAt = null).command();
        FileObservationCommand withShape = new FileObservationCommand(base.caller(), base.propertyId(), null,
                base.reporterId(), base.reporterRole(), base.room(), base.area(), base.reservationRef(),
                base.indicators(), base.subjects(), base.note(), null, base.canonicalBody(), List.of("en"),
                List.of(new FieldError("observedAt", "must be ISO-8601 with an offset")));
        InvalidRequestException e = catchInvalid(() -> fx.filing.file(withShape));
        assertThat(e.errors()).extracting(FieldError::field).containsExactly("observedAt");

        FileObservationCommand reporterNotAnObject = new FileObservationCommand(base.caller(), base.propertyId(),
                FilingFixture.filing().observedAt, null, null, base.room(), base.area(), base.reservationRef(),
                base.indicators(), base.subjects(), base.note(), null, base.canonicalBody(), List.of("en"),
                List.of(new FieldError("reporter", "must be an object")));
        assertThat(catchInvalid(() -> fx.filing.file(reporterNotAnObject)).errors())
                .extracting(FieldError::field).containsExactly("reporter");
    }

    @Test
    void roomObservationsWithoutReservation_joinTheRoomsLastReservation_within72Hours() {
        String first = fx.filing.file(filing().room("214", "R-1001").at(NOW.minus(Duration.ofHours(30))).command()).receipt().id();
        String second = fx.filing.file(filing().room("214", null).command()).receipt().id();
        assertThat(stayOf(second)).isEqualTo(stayOf(first));
        assertThat(fx.stays.rows).hasSize(1);
    }

    @Test
    void roomObservationAfterTheJoinWindow_opensANewStay_andALaterReservationAdoptsIt() {
        fx.filing.file(filing().room("214", "R-1001").at(NOW.minus(Duration.ofDays(5))).command());
        String orphan = fx.filing.file(filing().room("214", null).at(NOW.minus(Duration.ofHours(2))).command()).receipt().id();
        String withReservation = fx.filing.file(filing().room("214", "R-2002").command()).receipt().id();
        assertThat(fx.stays.rows).hasSize(2);
        assertThat(stayOf(withReservation)).isEqualTo(stayOf(orphan));
    }

    @Test
    void lateObservation_joinsTheStayOfTheTimeItWasSeen() {
        fx.filing.file(filing().room("214", "R-OLD").at(NOW.minus(Duration.ofDays(10))).command());
        fx.filing.file(filing().room("214", "R-NEW").command());
        String late = fx.filing.file(filing().room("214", null).at(NOW.minus(Duration.ofDays(10)).plus(Duration.ofHours(3)))
                .command()).receipt().id();
        assertThat(fx.stays.rows.stream().filter(s -> s.id().equals(stayOf(late))).findFirst().orElseThrow()
                .reservationRef()).contains("R-OLD");
    }

    @Test
    void aReservationNumberReusedMonthsLater_startsANewStay() {
        String old = fx.filing.file(filing().room("214", "R-5").at(NOW.minus(Duration.ofDays(85))).command()).receipt().id();
        String now = fx.filing.file(filing().room("118", "R-5").command()).receipt().id();
        assertThat(stayOf(now)).isNotEqualTo(stayOf(old));
        String sameStay = fx.filing.file(filing().room("118", "R-5").at(NOW.minus(Duration.ofHours(1))).command()).receipt().id();
        assertThat(stayOf(sameStay)).isEqualTo(stayOf(now));
        // filed late, about the old stay: it must not join today's stay under the reused number
        String lateAboutOld = fx.filing.file(filing().room("214", "R-5").at(NOW.minus(Duration.ofDays(84))).command())
                .receipt().id();
        assertThat(stayOf(lateAboutOld)).isNotEqualTo(stayOf(now));
    }

    private dev.vigil.server.domain.model.stay.StayId stayOf(String observationId) {
        return fx.observations.rows.get(observationId).stay().orElseThrow();
    }

    @Test
    void securityReadsAnObservation_withItsNote_andTheReadIsAudited() {
        String id = fx.filing.file(filing().note("Room 214: door chain on from outside").command()).receipt().id();
        ObservationView view = fx.queries.read(SECURITY, id);
        assertThat(view.note()).isEqualTo("Room 214: door chain on from outside");
        assertThat(view.stay()).hasValueSatisfying(stay -> assertThat(stay.reservationRef()).contains("R-1001"));
        assertThat(fx.audit.about("observation", id)).extracting(e -> e.action(), e -> e.actor())
                .contains(org.assertj.core.groups.Tuple.tuple("OBSERVATION_READ", "security"));
    }

    @Test
    void reporterReadsTheirOwn_butNotAColleagues_andOtherTenantsSeeNothing() {
        String mine = fx.filing.file(filing().command()).receipt().id();
        assertThat(fx.queries.read(FRONTDESK, mine).observation().id().value()).isEqualTo(mine);
        assertThatThrownBy(() -> fx.queries.read(HOUSEKEEPER, mine)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> fx.queries.read(OTHER_SECURITY, mine)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> fx.queries.read(ADMIN, mine)).isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> fx.queries.read(SECURITY, "not-a-uuid")).isInstanceOf(NotFoundException.class);
    }

    private void assertRejected(Consumer<FilingFixture.Filing> change, String field) {
        FilingFixture.Filing f = filing();
        change.accept(f);
        InvalidRequestException e = catchInvalid(() -> fx.filing.file(f.command()));
        assertThat(e.errors()).extracting(FieldError::field).as("errors for " + field).contains(field);
    }

    private static void expectInvalid(ThrowingCallable call, String field) {
        InvalidRequestException e = catchInvalid(call);
        assertThat(e.errors()).extracting(FieldError::field).contains(field);
    }

    private static InvalidRequestException catchInvalid(ThrowingCallable call) {
        Throwable thrown = org.assertj.core.api.Assertions.catchThrowable(call);
        assertThat(thrown).isInstanceOf(InvalidRequestException.class);
        return (InvalidRequestException) thrown;
    }
}
