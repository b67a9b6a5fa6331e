package dev.vigil.connector.apaleo;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlMatching;
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

/** What the Apaleo connector makes of Apaleo's answers, and how it handles tokens, paging and failures. */
class ApaleoConnectorTest {

    ApaleoFake fake;
    final RecordingTokenizer tokenizer = new RecordingTokenizer();

    @BeforeEach
    void start() {
        fake = new ApaleoFake().start();
    }

    @AfterEach
    void stop() {
        fake.stop();
    }

    PmsConnector connector(Map<String, String> more) {
        return new ApaleoConnectorFactory().create(new ConnectorContext("hotel", ZoneId.of("Europe/Berlin"),
                ApaleoContractTest.settingsFor(fake.baseUrl(), ApaleoFake.CLIENT_SECRET, more), tokenizer, Clock.systemUTC()));
    }

    @Test
    void inHouseStay_withAChildsAge_aBlock_andACard() throws PmsException {
        StayContext stay = connector(Map.of()).resolveReservation("XPGMSXGF").orElseThrow();
        assertThat(stay.reservationRef()).isEqualTo(ApaleoFake.IN_HOUSE);
        assertThat(stay.status()).isEqualTo(StayStatus.IN_HOUSE);
        assertThat(stay.room()).isEqualTo("A.412");
        assertThat(stay.arrival()).isEqualTo(LocalDate.of(2026, 5, 10));
        assertThat(stay.departure()).isEqualTo(LocalDate.of(2026, 5, 13));
        assertThat(stay.adults()).isEqualTo(2);
        assertThat(stay.childAges()).containsExactly(7);
        assertThat(stay.children()).isEqualTo(1);
        assertThat(stay.channelKind()).isEqualTo(ChannelKind.DIRECT);
        assertThat(stay.groupToken()).isEqualTo(RecordingTokenizer.tokenOf(SubjectKind.RES_GROUP, PmsIdentity.group("apaleo", ApaleoFake.BLOCK)));
        assertThat(stay.guestToken()).isEqualTo(RecordingTokenizer.tokenOf(SubjectKind.GUEST, "email:jane.doe@example.com"));
        assertThat(stay.companionTokens()).containsExactly(RecordingTokenizer.tokenOf(SubjectKind.GUEST, "name:DOE|MAX|2019-03-02"));
        assertThat(stay.bookerToken()).isEqualTo(RecordingTokenizer.tokenOf(SubjectKind.PAYER, "email:john.roe@example.com"));
        assertThat(stay.payerToken()).isEqualTo(stay.bookerToken());
        assertThat(stay.paymentMethod()).isEqualTo(PaymentMethodClass.CARD);
    }

    @Test
    void departedStay_paidCash_identifiedByNameAndBirthDate() throws PmsException {
        StayContext stay = connector(Map.of()).resolveReservation(ApaleoFake.DEPARTED).orElseThrow();
        assertThat(stay.status()).isEqualTo(StayStatus.DEPARTED);
        assertThat(stay.checkedOutAt()).isEqualTo(Instant.parse("2026-05-09T07:12:00Z"));
        assertThat(stay.paymentMethod()).isEqualTo(PaymentMethodClass.CASH);
        assertThat(stay.guestToken()).isEqualTo(RecordingTokenizer.tokenOf(SubjectKind.GUEST, "name:SMITH|ALEX|1990-01-31"));
    }

    @Test
    void channelBooking_withAVirtualCard_hasNoPersonAsPayer() throws PmsException {
        StayContext stay = connector(Map.of()).resolveReservation("4122803910").orElseThrow();
        assertThat(stay.reservationRef()).isEqualTo(ApaleoFake.CHANNEL);
        assertThat(stay.channelKind()).isEqualTo(ChannelKind.OTA);
        assertThat(stay.paymentMethod()).isEqualTo(PaymentMethodClass.CHANNEL_COLLECTED);
        assertThat(stay.childAges()).containsExactly(3, 16);
        assertThat(stay.payerToken()).as("the channel pays with its virtual card").isNull();
        assertThat(stay.room()).isNull();
    }

    @Test
    void unitsAndReservations_arePaged() throws PmsException {
        StayContext stay = connector(Map.of()).resolveRoom("A.101", Instant.parse("2026-05-11T20:00:00Z")).orElseThrow();
        assertThat(stay.reservationRef()).isEqualTo("PGX00129-1");
    }

    @Test
    void oneTokenServesManyCalls() throws PmsException {
        PmsConnector connector = connector(Map.of());
        for (int i = 0; i < 5; i++) {
            connector.resolveReservation(ApaleoFake.IN_HOUSE);
        }
        fake.server.verify(1, postRequestedFor(urlEqualTo("/connect/token")));
    }

    @Test
    void anExpiredToken_isRefreshedOnce_andTheCallSucceeds() throws PmsException {
        fake.server.stubFor(get(urlMatching("/booking/v1/reservations/XPGMSXGF-1.*")).atPriority(1).inScenario("expiry")
                .whenScenarioStateIs(Scenario.STARTED).willSetStateTo("expired")
                .willReturn(aResponse().withStatus(401).withHeader("WWW-Authenticate", "Bearer error=\"invalid_token\"")));
        StayContext stay = connector(Map.of()).resolveReservation(ApaleoFake.IN_HOUSE).orElseThrow();
        assertThat(stay.reservationRef()).isEqualTo(ApaleoFake.IN_HOUSE);
        fake.server.verify(2, postRequestedFor(urlEqualTo("/connect/token")));
    }

    @Test
    void refusedClientCredentials_nameTheSettings_andHealthIsDown() {
        PmsConnector connector = new ApaleoConnectorFactory().create(new ConnectorContext("hotel", ZoneId.of("UTC"),
                ApaleoContractTest.settingsFor(fake.baseUrl(), "wrong", Map.of()), tokenizer, Clock.systemUTC()));
        assertThatThrownBy(() -> connector.resolveReservation(ApaleoFake.IN_HOUSE)).isInstanceOfSatisfying(PmsException.class,
                e -> assertThat(e.getMessage()).contains("client-id and client-secret").doesNotContain("wrong"));
        assertThat(connector.checkHealth().status()).isEqualTo(HealthReport.Status.DOWN);
    }

    @Test
    void tooManyRequests_isRetriedAfterRetryAfter() throws PmsException {
        fake.server.stubFor(fake.api(get(urlMatching("/booking/v1/reservations/XPGMSXGF-1.*")), 1).inScenario("429")
                .whenScenarioStateIs(Scenario.STARTED).willSetStateTo("after")
                .willReturn(aResponse().withStatus(429).withHeader("Retry-After", "1")));
        long started = System.nanoTime();
        assertThat(connector(Map.of()).resolveReservation(ApaleoFake.IN_HOUSE)).isPresent();
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isGreaterThanOrEqualTo(Duration.ofMillis(950));
    }

    @Test
    void aRetryAfterLongerThanWorthWaiting_endsTheCallAsRateLimited() {
        fake.server.stubFor(fake.api(get(urlMatching("/booking/v1/reservations/XPGMSXGF-1.*")), 1)
                .willReturn(aResponse().withStatus(429).withHeader("Retry-After", "3600")));
        assertThatThrownBy(() -> connector(Map.of()).resolveReservation(ApaleoFake.IN_HOUSE))
                .isInstanceOfSatisfying(PmsException.class, e -> assertThat(e.kind()).isEqualTo(PmsException.Kind.RATE_LIMITED));
    }

    @Test
    void aBurstOfFilings_staysUnderApaleosAverageRate() throws Exception {
        PmsConnector connector = connector(Map.of());
        ExecutorService pool = Executors.newFixedThreadPool(16);
        try {
            List<Future<?>> calls = new java.util.ArrayList<>();
            for (int i = 0; i < 40; i++) {
                calls.add(pool.submit(() -> connector.resolveReservation(ApaleoFake.IN_HOUSE)));
            }
            for (Future<?> call : calls) {
                call.get();
            }
        } finally {
            pool.shutdownNow();
        }
        List<Instant> times = new WireMockJournal(fake.server).requests().stream().map(r -> r.receivedAt()).toList();
        assertThat(times).hasSizeGreaterThan(120);
        assertThat(RateCheck.busiestWindow(times, Duration.ofSeconds(1))).isLessThanOrEqualTo(100);
        assertThat(ApaleoConnectorFactory.DEFAULT_RATE.permits()).isLessThan(100);
    }

    @Test
    void eventsOfAnotherProperty_areLeftOut() throws PmsException {
        String body = "{\"topic\":\"Reservation\",\"type\":\"created\",\"id\":\"e1\",\"accountId\":\"SDXE\","
                + "\"propertyId\":\"BER\",\"timestamp\":1692268510605,\"data\":{\"entityId\":\"BER-1\"}}";
        assertThat(connector(Map.of()).parseWebhook(dev.vigil.plugin.connector.WebhookRequest.json(body))).isEmpty();
    }
}
