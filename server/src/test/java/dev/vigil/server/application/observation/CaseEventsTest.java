package dev.vigil.server.application.observation;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vigil.server.application.casefile.CaseBook;
import dev.vigil.server.application.notification.CaseAlerts;
import dev.vigil.server.application.notification.NotificationSettings;
import dev.vigil.server.domain.model.casefile.CaseFile;
import dev.vigil.server.domain.model.casefile.Decision;
import dev.vigil.server.domain.model.notification.Notification;
import dev.vigil.server.domain.model.notification.RetrySchedule;
import dev.vigil.server.domain.model.notification.Route;
import dev.vigil.server.domain.model.pattern.SubjectKey;
import dev.vigil.server.domain.model.pattern.SubjectType;
import dev.vigil.server.domain.model.pattern.Tier;
import dev.vigil.server.domain.model.protocol.ProtocolPack;
import dev.vigil.server.domain.model.tenant.PropertyId;
import dev.vigil.server.domain.service.pattern.RuleMatch;
import dev.vigil.server.it.WebhookSchemas;
import dev.vigil.server.testing.InMemoryStores;
import dev.vigil.server.testing.TestPacks;
import dev.vigil.server.testing.TestRoutes;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * A case's life as the chain's systems hear of it: the outbox gets {@code case.opened} when a case
 * opens and {@code case.severity_raised} when it rises (by new evidence or a merge), in the filing's
 * transaction, for the property's every-event webhooks only (an every-event e-mail address is told of
 * steps, not of every case). Each body validates against its schema in docs/webhooks/.
 */
class CaseEventsTest {

    private static final Instant T = FilingFixture.NOW;
    private static final PropertyId HOTEL = new PropertyId("demo-hotel");
    private static final String HQ_MAIL = "email:hq@demo-chain.example";

    private final InMemoryStores.Outbox outbox = new InMemoryStores.Outbox();
    private final InMemoryStores.Cases cases = new InMemoryStores.Cases();
    private final ProtocolPack protocol = TestPacks.connecticut().forProperty(HOTEL);
    private final CaseBook book = new CaseBook(cases, new CaseAlerts(outbox, new ChainAndHq(), new FilingFixture.DemoDirectory(),
            TestPacks.connecticut(), TestPacks.alertWording()));

    @Test
    void aCaseThatOpens_isAnnouncedToTheChainsWebhookOnly_withIdsSeverityAndTimes() {
        CaseFile c = apply(match("R1", Tier.T1, stay("room-1")), T).orElseThrow();

        assertThat(outbox.rows).extracting(n -> n.event() + " " + n.route())
                .contains("case.opened " + TestRoutes.CHAIN).doesNotContain("case.opened " + HQ_MAIL);
        Notification opened = only("case.opened");
        assertThat(opened.caseId()).contains(c.id().value());
        assertThat(opened.json()).contains("\"caseId\":\"" + c.id().value() + "\"", "\"severity\":\"WATCH\"",
                "\"openedAt\":\"" + T + "\"", "\"propertyId\":\"demo-hotel\"", "\"propertyName\":")
                .doesNotContain("room-1", "followsCaseId");
        assertThat(WebhookSchemas.problems(opened.json())).isEmpty();
    }

    @Test
    void newEvidenceThatRaisesTheSeverity_isAnnounced_andEvidenceThatDoesNot_isNot() {
        CaseFile c = apply(match("R1", Tier.T1, stay("room-1")), T).orElseThrow();
        apply(match("R1", Tier.T1, stay("room-1")), T.plusSeconds(60));
        assertThat(outbox.rows).extracting(Notification::event).doesNotContain("case.severity_raised");

        apply(match("R5", Tier.T3, stay("room-1")), T.plusSeconds(120));

        Notification raised = only("case.severity_raised");
        assertThat(raised.route()).isEqualTo(Route.parse(TestRoutes.CHAIN));
        assertThat(raised.json()).contains("\"caseId\":\"" + c.id().value() + "\"", "\"previousSeverity\":\"WATCH\"",
                "\"severity\":\"REPORT\"", "\"occurredAt\":\"" + T.plusSeconds(120) + "\"").doesNotContain("room-1");
        assertThat(WebhookSchemas.problems(raised.json())).isEmpty();
        assertThat(outbox.rows).extracting(Notification::event).containsOnlyOnce("case.opened");
    }

    @Test
    void aMergeThatRaisesTheSurvivor_isAnnouncedForTheSurvivor() {
        CaseFile older = apply(match("R1", Tier.T1, stay("room-1")), T).orElseThrow();
        CaseFile other = apply(match("R4", Tier.T2, stay("room-2")), T.plusSeconds(30)).orElseThrow();
        SubjectKey payer = new SubjectKey(SubjectType.PAYER, "payer:P9");
        RuleMatch linking = new RuleMatch("R9", "Rule R9", Tier.T1, stay("room-1"), T, T.plus(Duration.ofHours(1)),
                List.of("o-3"), 3, Set.of(), Set.of(stay("room-2"), payer), Set.of("PAY_CASH_ONLY"), "links both rooms");

        apply(linking, T.plusSeconds(90));

        assertThat(other.mergedInto()).contains(older.id());
        Notification raised = only("case.severity_raised");
        assertThat(raised.caseId()).contains(older.id().value());
        assertThat(raised.json()).contains("\"previousSeverity\":\"WATCH\"", "\"severity\":\"REVIEW\"");
        assertThat(WebhookSchemas.problems(raised.json())).isEmpty();
    }

    @Test
    void aCaseThatFollowsADismissedOne_namesIt() {
        CaseFile dismissed = apply(match("R1", Tier.T1, stay("room-1")), T).orElseThrow();
        dismissed.decide(Decision.DISMISS, "explained by the guest's employer", "security", T.plusSeconds(60));
        outbox.rows.clear();

        CaseFile following = apply(match("R1", Tier.T1, stay("room-1")), T.plusSeconds(120)).orElseThrow();

        assertThat(following).isNotEqualTo(dismissed);
        assertThat(only("case.opened").json()).contains("\"followsCaseId\":\"" + dismissed.id().value() + "\"");
        assertThat(WebhookSchemas.problems(only("case.opened").json())).isEmpty();
    }

    private Optional<CaseFile> apply(RuleMatch match, Instant at) {
        return book.apply(FilingFixture.DEMO_CHAIN, HOTEL, List.of(match), at, Duration.ofDays(90), protocol,
                null);
    }

    private Notification only(String event) {
        List<Notification> rows = outbox.rows.stream().filter(n -> n.event().equals(event)).toList();
        assertThat(rows).as(event).hasSize(1);
        return rows.get(0);
    }

    private static SubjectKey stay(String room) {
        return new SubjectKey(SubjectType.ROOM_STAY, room);
    }

    private static RuleMatch match(String rule, Tier tier, SubjectKey subject) {
        return new RuleMatch(rule, "Rule " + rule, tier, subject, T, T.plus(Duration.ofHours(1)), List.of("o-" + rule),
                3, Set.of(), Set.of(subject), Set.of("PAY_CASH_ONLY"), "explanation of " + rule);
    }

    /** The test routes, and an e-mail address among the every-event routes as well. */
    private static final class ChainAndHq implements NotificationSettings {
        private final TestRoutes routes = new TestRoutes();

        @Override
        public List<Route> routes(PropertyId property, String channelId) {
            return routes.routes(property, channelId);
        }

        @Override
        public List<Route> everyEvent(PropertyId property) {
            return List.of(Route.parse(TestRoutes.CHAIN), Route.parse(HQ_MAIL));
        }

        @Override
        public Optional<String> caseLink(String caseId) {
            return routes.caseLink(caseId);
        }

        @Override
        public RetrySchedule retrySchedule() {
            return RetrySchedule.DEFAULT;
        }
    }
}
