package dev.vigil.connector.cloudbeds;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
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

/** What the Cloudbeds connector makes of API v1.3 answers, errors inside HTTP 200 included. */
class CloudbedsConnectorTest {

    CloudbedsFake fake;
    final RecordingTokenizer tokenizer = new RecordingTokenizer();

    @BeforeEach
    void start() {
        fake = new CloudbedsFake().start();
    }

    @AfterEach
    void stop() {
        assertThat(fake.contractViolations()).isEmpty();
        fake.stop();
    }

    PmsConnector connector(Map<String, String> more) {
        return new CloudbedsConnectorFactory().create(new ConnectorContext("hotel", ZoneId.of("America/New_York"),
                CloudbedsContractTest.settingsFor(fake.baseUrl(), CloudbedsFake.API_KEY, more), tokenizer, Clock.systemUTC()));
    }

    @Test
    void inHouseStay_withAChild_aCompanion_aBlock_andACardOnFile() throws PmsException {
        StayContext stay = connector(Map.of()).resolveReservation(CloudbedsFake.IN_HOUSE).orElseThrow();
        assertThat(stay.status()).isEqualTo(StayStatus.IN_HOUSE);
        assertThat(stay.room()).isEqualTo("104");
        assertThat(stay.arrival()).isEqualTo(LocalDate.of(2026, 5, 10));
        assertThat(stay.adults()).isEqualTo(2);
        assertThat(stay.children()).isEqualTo(1);
        assertThat(stay.childAges()).as("v1.3 gives no ages").isEmpty();
        assertThat(stay.channelKind()).isEqualTo(ChannelKind.DIRECT);
        assertThat(stay.guestToken()).isEqualTo(RecordingTokenizer.tokenOf(SubjectKind.GUEST, PmsIdentity.person("cloudbeds", CloudbedsFake.GUEST)));
        assertThat(stay.companionTokens()).containsExactly(RecordingTokenizer.tokenOf(SubjectKind.GUEST, PmsIdentity.person("cloudbeds", CloudbedsFake.COMPANION)));
        assertThat(stay.payerToken()).isEqualTo(RecordingTokenizer.tokenOf(SubjectKind.PAYER, PmsIdentity.card("cloudbeds", CloudbedsFake.CARD)));
        assertThat(stay.groupToken()).isEqualTo(RecordingTokenizer.tokenOf(SubjectKind.RES_GROUP, PmsIdentity.group("cloudbeds", CloudbedsFake.BLOCK)));
        assertThat(stay.paymentMethod()).isEqualTo(PaymentMethodClass.CARD);
        assertThat(stay.updatedAt()).isEqualTo(Instant.parse("2026-05-10T19:55:41Z"));
    }

    @Test
    void departedWalkIn_withoutACard_isUnknownPayment() throws PmsException {
        StayContext stay = connector(Map.of()).resolveReservation(CloudbedsFake.DEPARTED).orElseThrow();
        assertThat(stay.status()).isEqualTo(StayStatus.DEPARTED);
        assertThat(stay.channelKind()).isEqualTo(ChannelKind.WALK_IN);
        assertThat(stay.paymentMethod()).isEqualTo(PaymentMethodClass.UNKNOWN);
    }

    @Test
    void otaBooking_withTheChannelsCard_foundByTheChannelsNumber() throws PmsException {
        StayContext stay = connector(Map.of()).resolveReservation("4122803910").orElseThrow();
        assertThat(stay.reservationRef()).isEqualTo(CloudbedsFake.CHANNEL);
        assertThat(stay.channelKind()).isEqualTo(ChannelKind.OTA);
        assertThat(stay.paymentMethod()).isEqualTo(PaymentMethodClass.CHANNEL_COLLECTED);
        assertThat(stay.payerToken()).isNull();
        assertThat(stay.children()).isEqualTo(2);
        assertThat(stay.room()).isNull();
    }

    @Test
    void roomSearches_arePaged() throws PmsException {
        StayContext stay = connector(Map.of()).resolveRoom("101", Instant.parse("2026-05-11T22:00:00Z")).orElseThrow();
        assertThat(stay.reservationRef()).isEqualTo("7061304500129");
    }

    @Test
    void anErrorInsideHttp200_aboutTheKey_isAnAuthFailure() {
        fake.server.stubFor(fake.api("getReservation", 1)
                .willReturn(okJson("{\"success\":false,\"message\":\"Invalid access token or API key\"}")));
        PmsConnector connector = connector(Map.of());
        assertThatThrownBy(() -> connector.resolveReservation(CloudbedsFake.IN_HOUSE))
                .isInstanceOfSatisfying(PmsException.class, e -> assertThat(e.kind()).isEqualTo(PmsException.Kind.AUTH));
        assertThat(connector.health().status()).isEqualTo(HealthReport.Status.DOWN);
        assertThat(connector.health().detail()).contains("api-key");
    }

    @Test
    void anyOtherErrorInsideHttp200_isABadAnswer_notAnEmptyStay() {
        fake.server.stubFor(fake.api("getReservation", 1)
                .willReturn(okJson("{\"success\":false,\"message\":\"Something else went wrong\"}")));
        assertThatThrownBy(() -> connector(Map.of()).resolveReservation(CloudbedsFake.IN_HOUSE))
                .isInstanceOfSatisfying(PmsException.class, e -> assertThat(e.kind()).isEqualTo(PmsException.Kind.BAD_RESPONSE));
    }

    @Test
    void tooManyRequests_andServerErrors_areRetried() throws PmsException {
        fake.server.stubFor(fake.api("getReservation", 1).inScenario("flaky").whenScenarioStateIs(Scenario.STARTED)
                .willSetStateTo("5xx").willReturn(aResponse().withStatus(429).withHeader("Retry-After", "1")));
        fake.server.stubFor(fake.api("getReservation", 1).inScenario("flaky").whenScenarioStateIs("5xx")
                .willSetStateTo("ok").willReturn(aResponse().withStatus(502)));
        long started = System.nanoTime();
        assertThat(connector(Map.of()).resolveReservation(CloudbedsFake.IN_HOUSE)).isPresent();
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isGreaterThanOrEqualTo(Duration.ofMillis(950));
    }

    @Test
    void aBurstOfFilings_staysUnderTenRequestsASecond() throws Exception {
        PmsConnector connector = connector(Map.of());
        ExecutorService pool = Executors.newFixedThreadPool(10);
        try {
            List<Future<?>> calls = new java.util.ArrayList<>();
            for (int i = 0; i < 25; i++) {
                calls.add(pool.submit(() -> connector.resolveReservation(CloudbedsFake.IN_HOUSE)));
            }
            for (Future<?> call : calls) {
                call.get();
            }
        } finally {
            pool.shutdownNow();
        }
        List<Instant> times = new WireMockJournal(fake.server).requests().stream().map(r -> r.receivedAt()).toList();
        assertThat(times).hasSize(25);
        assertThat(RateCheck.busiestWindow(times, Duration.ofSeconds(1))).isLessThanOrEqualTo(10);
        assertThat(Duration.between(times.get(0), times.get(24))).isGreaterThanOrEqualTo(Duration.ofMillis(2400));
    }
}
