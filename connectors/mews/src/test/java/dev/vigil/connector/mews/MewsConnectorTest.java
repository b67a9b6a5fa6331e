package dev.vigil.connector.mews;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.stubbing.Scenario;
import dev.vigil.plugin.connector.ConnectorContext;
import dev.vigil.plugin.connector.HealthReport;
import dev.vigil.plugin.connector.PmsConnector;
import dev.vigil.plugin.connector.PmsException;
import dev.vigil.plugin.stay.ChannelKind;
import dev.vigil.plugin.stay.PaymentMethodClass;
import dev.vigil.plugin.stay.PmsIdentity;
import dev.vigil.plugin.stay.StayContext;
import dev.vigil.plugin.stay.StayStatus;
import dev.vigil.plugin.subject.SubjectKind;
import dev.vigil.plugin.testkit.RateCheck;
import dev.vigil.plugin.testkit.RecordingTokenizer;
import dev.vigil.plugin.testkit.WireMockJournal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What the Mews connector makes of the Connector API's answers, and how it copes when Mews does not answer well. */
class MewsConnectorTest {

    MewsFake fake;
    final RecordingTokenizer tokenizer = new RecordingTokenizer();

    @BeforeEach
    void start() {
        fake = new MewsFake().start();
    }

    @AfterEach
    void stop() {
        fake.stop();
    }

    PmsConnector connector(Map<String, String> more) {
        return new MewsConnectorFactory().create(new ConnectorContext("hotel", ZoneId.of("Europe/Prague"),
                MewsContractTest.settingsFor(fake.baseUrl(), MewsFake.ACCESS_TOKEN, more), tokenizer, Clock.systemUTC()));
    }

    static String token(SubjectKind kind, String canonical) {
        return RecordingTokenizer.tokenOf(kind, canonical);
    }

    @Test
    void inHouseStay_withAChild_aGroup_aCompanion_andACard() throws PmsException {
        StayContext stay = connector(Map.of()).resolveReservation("52").orElseThrow();
        assertThat(stay.reservationRef()).isEqualTo(MewsFake.IN_HOUSE);
        assertThat(stay.confirmationNumber()).isEqualTo("52");
        assertThat(stay.status()).isEqualTo(StayStatus.IN_HOUSE);
        assertThat(stay.room()).isEqualTo("412");
        assertThat(stay.arrival()).isEqualTo(LocalDate.of(2026, 5, 10));
        assertThat(stay.departure()).isEqualTo(LocalDate.of(2026, 5, 13));
        assertThat(stay.checkedInAt()).isEqualTo(Instant.parse("2026-05-10T15:02:00Z"));
        assertThat(stay.adults()).isEqualTo(2);
        assertThat(stay.children()).isEqualTo(1);
        assertThat(stay.childAges()).as("Mews gives counts per age category, not ages").isEmpty();
        assertThat(stay.channelKind()).isEqualTo(ChannelKind.DIRECT);
        assertThat(stay.guestToken()).isEqualTo(token(SubjectKind.GUEST, PmsIdentity.person("mews", MewsFake.GUEST_JANE)));
        assertThat(stay.companionTokens()).containsExactly(token(SubjectKind.GUEST, PmsIdentity.person("mews", MewsFake.COMPANION)));
        assertThat(stay.bookerToken()).isEqualTo(token(SubjectKind.PAYER, PmsIdentity.person("mews", MewsFake.BOOKER)));
        assertThat(stay.payerToken()).isEqualTo(token(SubjectKind.PAYER, PmsIdentity.person("mews", MewsFake.GUEST_JANE)));
        assertThat(stay.groupToken()).isEqualTo(token(SubjectKind.RES_GROUP, PmsIdentity.group("mews", MewsFake.GROUP)));
        assertThat(stay.paymentMethod()).isEqualTo(PaymentMethodClass.CARD);
        assertThat(stay.updatedAt()).isEqualTo(Instant.parse("2026-05-10T15:05:00Z"));
    }

    @Test
    void departedWalkIn_paidCash() throws PmsException {
        StayContext stay = connector(Map.of()).resolveReservation(MewsFake.DEPARTED).orElseThrow();
        assertThat(stay.status()).isEqualTo(StayStatus.DEPARTED);
        assertThat(stay.checkedOutAt()).isEqualTo(Instant.parse("2026-05-09T09:12:00Z"));
        assertThat(stay.channelKind()).isEqualTo(ChannelKind.WALK_IN);
        assertThat(stay.paymentMethod()).isEqualTo(PaymentMethodClass.CASH);
        assertThat(stay.groupToken()).isNull();
    }

    @Test
    void channelManagerBooking_paidByTheChannel() throws PmsException {
        StayContext stay = connector(Map.of()).resolveReservation(MewsFake.CHANNEL).orElseThrow();
        assertThat(stay.status()).isEqualTo(StayStatus.EXPECTED);
        assertThat(stay.channelKind()).isEqualTo(ChannelKind.CHANNEL_MANAGER);
        assertThat(stay.channel()).isEqualTo("ChannelManager");
        assertThat(stay.paymentMethod()).isEqualTo(PaymentMethodClass.CHANNEL_COLLECTED);
        assertThat(stay.room()).isNull();
    }

    @Test
    void companyOwnedNoShow_billedToTheCompany() throws PmsException {
        StayContext stay = connector(Map.of()).resolveReservation(MewsFake.COMPANY_STAY).orElseThrow();
        assertThat(stay.status()).isEqualTo(StayStatus.NO_SHOW);
        assertThat(stay.guestToken()).as("a company is no guest").isNull();
        assertThat(stay.payerToken()).isEqualTo(token(SubjectKind.PAYER, PmsIdentity.company("mews", MewsFake.COMPANY)));
        assertThat(stay.paymentMethod()).isEqualTo(PaymentMethodClass.COMPANY_ACCOUNT);
    }

    @Test
    void theStayInARoom_isFoundOnTheSecondPage() throws PmsException {
        StayContext stay = connector(Map.of()).resolveRoom("101", Instant.parse("2026-05-11T20:00:00Z")).orElseThrow();
        assertThat(stay.reservationRef()).isEqualTo("00000000-0000-4000-8000-000000000129");
        fake.server.verify(2, postRequestedFor(urlEqualTo("/api/connector/v1/reservations/getAll/2023-06-06")));
    }

    @Test
    void aDepartedStay_isFoundInItsRoomAtTheTimeObserved() throws PmsException {
        StayContext stay = connector(Map.of()).resolveRoom("305", Instant.parse("2026-05-08T23:00:00Z")).orElseThrow();
        assertThat(stay.reservationRef()).isEqualTo(MewsFake.DEPARTED);
        assertThat(connector(Map.of()).resolveRoom("305", Instant.parse("2026-05-15T23:00:00Z"))).isEmpty();
    }

    @Test
    void tooManyRequests_isRetriedAfterTheTimeMewsAsks() throws PmsException {
        fake.server.stubFor(MewsFake.authed("configuration/get").atPriority(1).inScenario("429")
                .whenScenarioStateIs(Scenario.STARTED).willSetStateTo("once")
                .willReturn(aResponse().withStatus(429).withHeader("Retry-After", "1")
                        .withBody("{\"Message\":\"Too many requests.\"}")));
        long started = System.nanoTime();
        HealthReport health = connector(Map.of()).checkHealth();
        assertThat(health.status()).isEqualTo(HealthReport.Status.UP);
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isGreaterThanOrEqualTo(Duration.ofMillis(950));
        fake.server.verify(2, postRequestedFor(urlEqualTo("/api/connector/v1/configuration/get")));
    }

    @Test
    void serverErrors_areRetriedWithBackOff_thenGiveUpAsUnavailable() {
        fake.server.stubFor(MewsFake.authed("reservations/getAll/2023-06-06").atPriority(1)
                .willReturn(aResponse().withStatus(503)));
        PmsConnector connector = connector(Map.of("retries", "2"));
        assertThatThrownBy(() -> connector.resolveReservation("52"))
                .isInstanceOfSatisfying(PmsException.class, e -> assertThat(e.kind()).isEqualTo(PmsException.Kind.UNAVAILABLE));
        fake.server.verify(3, postRequestedFor(urlEqualTo("/api/connector/v1/reservations/getAll/2023-06-06")));
        assertThat(connector.health().status()).isEqualTo(HealthReport.Status.DOWN);
    }

    @Test
    void aServerErrorThatPasses_isNotSeenByTheCaller() throws PmsException {
        fake.server.stubFor(MewsFake.authed("reservations/getAll/2023-06-06").atPriority(1).inScenario("blip")
                .whenScenarioStateIs(Scenario.STARTED).willSetStateTo("ok").willReturn(aResponse().withStatus(502)));
        assertThat(connector(Map.of()).resolveReservation("52")).isPresent();
    }

    @Test
    void anOutage_isUnavailable_andHealthDown() {
        String url = fake.baseUrl();
        fake.stop();
        PmsConnector connector = new MewsConnectorFactory().create(new ConnectorContext("hotel", ZoneId.of("UTC"),
                MewsContractTest.settingsFor(url, MewsFake.ACCESS_TOKEN, Map.of("retries", "1")), tokenizer, Clock.systemUTC()));
        assertThatThrownBy(() -> connector.resolveReservation("52"))
                .isInstanceOfSatisfying(PmsException.class, e -> assertThat(e.transientFailure()).isTrue());
        assertThat(connector.health().status()).isEqualTo(HealthReport.Status.DOWN);
        assertThat(connector.health().detail()).contains("cannot be reached");
        fake = new MewsFake().start();
    }

    @Test
    void aBurstOfLookups_staysUnderTheDocumentedRate() throws Exception {
        PmsConnector connector = connector(Map.of());
        connector.resolveReservation("52");
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<?>> calls = new java.util.ArrayList<>();
            for (int i = 0; i < 8; i++) {
                calls.add(pool.submit(() -> connector.resolveReservation(MewsFake.DEPARTED)));
            }
            for (Future<?> call : calls) {
                call.get();
            }
        } finally {
            pool.shutdownNow();
        }
        List<Instant> times = new WireMockJournal(fake.server).requests().stream().map(r -> r.receivedAt()).toList();
        assertThat(times).hasSizeGreaterThanOrEqualTo(24);
        Duration spacing = MewsFactoryDefaults.rate().spacing();
        // evenly spread: never more than 10 (+1 at the window's edges) in the time 10 may take
        assertThat(RateCheck.busiestWindow(times, spacing.multipliedBy(10))).isLessThanOrEqualTo(11);
        assertThat(RateCheck.busiestWindow(times, Duration.ofSeconds(30))).isLessThanOrEqualTo(200);
    }

    @Test
    void theDefaultRate_isUnderMewsDocumented200Per30Seconds() {
        assertThat(MewsFactoryDefaults.rate().permits()).isLessThan(200);
        assertThat(MewsFactoryDefaults.rate().period()).isEqualTo(Duration.ofSeconds(30));
    }

    /** The factory's documented default, in one place for the tests. */
    static final class MewsFactoryDefaults {
        static dev.vigil.connector.support.RateLimit rate() {
            return MewsConnectorFactory.DEFAULT_RATE;
        }
    }
}
