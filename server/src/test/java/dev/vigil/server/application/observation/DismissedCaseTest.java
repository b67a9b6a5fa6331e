package dev.vigil.server.application.observation;

import static dev.vigil.server.application.observation.FilingFixture.NOW;
import static org.assertj.core.api.Assertions.assertThat;

import dev.vigil.server.domain.model.casefile.CaseAction;
import dev.vigil.server.domain.model.casefile.CaseFile;
import dev.vigil.server.domain.model.casefile.CaseStatus;
import dev.vigil.server.domain.model.casefile.Decision;
import dev.vigil.server.domain.model.casefile.Severity;
import dev.vigil.server.domain.model.notification.Notification;
import dev.vigil.server.domain.service.ImmediateAction;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A dismissed case never swallows new evidence: a new filing about its subjects opens a case that
 * follows it, with the protocol's steps and their notifications, while the dismissed case keeps its
 * decision and its time.
 */
class DismissedCaseTest {

    private final FilingFixture fx = new FilingFixture();

    private FilingReceipt file(Instant at, String... codes) {
        return fx.filing.file(FilingFixture.filing().by(FilingFixture.HOUSEKEEPER).role("HK").room("508", "R-508")
                .indicators(codes).at(at).command()).receipt();
    }

    @Test
    void anUrgentFilingAfterADismissal_opensAFollowingUrgentCase_withItsStepsAndAlerts_andLeavesTheDismissalAlone() {
        file(NOW.minus(Duration.ofHours(6)), "PHYS_VIOLENCE_OBSERVED");
        CaseFile dismissed = fx.cases.live().get(0);
        assertThat(dismissed.severity()).isEqualTo(Severity.URGENT);
        dismissed.decide(Decision.DISMISS, "The guest was asking for help with a lost key card", "security",
                NOW.minus(Duration.ofHours(5)));
        Instant dismissedAt = dismissed.updatedAt();
        int alertsBefore = fx.outbox.rows.size();

        FilingReceipt again = file(NOW.minus(Duration.ofMinutes(10)), "CTRL_CONFINED", "CTRL_THREAT_OBSERVED");

        assertThat(again.immediateActions()).extracting(ImmediateAction::type).contains("CALL_911");
        List<CaseFile> cases = fx.cases.live();
        assertThat(cases).hasSize(2);
        CaseFile following = cases.stream().filter(c -> !c.equals(dismissed)).findFirst().orElseThrow();
        assertThat(following.status()).isEqualTo(CaseStatus.OPEN);
        assertThat(following.severity()).isEqualTo(Severity.URGENT);
        assertThat(following.follows()).contains(dismissed.id());
        assertThat(following.observationIds()).contains(again.id());
        assertThat(following.actions()).extracting(CaseAction::kind).contains("CALL_911", "NOTIFY_SECURITY", "NOTIFY_MANAGER");
        assertThat(following.actions()).allSatisfy(a -> assertThat(a.pending()).isTrue());
        assertThat(following.events()).extracting(e -> e.kind().name()).contains("OPENED", "FOLLOWS", "ACTIONS_REQUIRED");
        List<Notification> alerts = fx.outbox.rows.subList(alertsBefore, fx.outbox.rows.size());
        assertThat(alerts).as("security and the manager are told again").isNotEmpty()
                .allSatisfy(n -> assertThat(n.caseId()).contains(following.id().value()));

        assertThat(dismissed.status()).as("the dismissal stands").isEqualTo(CaseStatus.DISMISSED);
        assertThat(dismissed.updatedAt()).as("its link window does not slide").isEqualTo(dismissedAt);
        assertThat(dismissed.observationIds()).doesNotContain(again.id());
    }

    @Test
    void aFollowingCaseIsWhereLaterEvidenceGoes() {
        file(NOW.minus(Duration.ofHours(6)), "PHYS_VIOLENCE_OBSERVED");
        CaseFile dismissed = fx.cases.live().get(0);
        dismissed.decide(Decision.DISMISS, "Explained", "security", NOW.minus(Duration.ofHours(5)));
        FilingReceipt second = file(NOW.minus(Duration.ofMinutes(30)), "CTRL_CONFINED");
        FilingReceipt third = file(NOW.minus(Duration.ofMinutes(5)), "ROOM_LINEN_EXCESS");
        assertThat(fx.cases.live()).hasSize(2);
        CaseFile following = fx.cases.live().stream().filter(c -> !c.equals(dismissed)).findFirst().orElseThrow();
        assertThat(following.observationIds()).contains(second.id(), third.id());
    }
}
