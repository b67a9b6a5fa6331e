package dev.vigil.connector.opera;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
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

/** What the OPERA connector makes of OHIP's answers, and how it handles tokens, paging and failures. */
class OperaConnectorTest {

    OperaFake fake;
    final RecordingTokenizer tokenizer = new RecordingTokenizer();

    @BeforeEach
    void start() {
        fake = new OperaFake().start();
    }

    @AfterEach
    void stop() {
        assertThat(fake.contractViolations()).isEmpty();
        fake.stop();
    }

    PmsConnector connector(Map<String, String> more) {
        return new OperaConnectorFactory().create(new ConnectorContext("hotel", ZoneId.of("America/New_York"),
                OperaContractTest.settingsFor(fake.baseUrl(), OperaFake.CLIENT_SECRET, more), tokenizer, Clock.systemUTC()));
    }

    @Test
    void inHouseStay_withAChildsAge_aBlock_aCompanion_andACard() throws PmsException {
        StayContext stay = connector(Map.of()).resolveReservation("40217733").orElseThrow();
        assertThat(stay.reservationRef()).isEqualTo(OperaFake.IN_HOUSE);
        assertThat(stay.confirmationNumber()).isEqualTo("40217733");
        assertThat(stay.status()).isEqualTo(StayStatus.IN_HOUSE);
        assertThat(stay.room()).isEqualTo("0412");
        assertThat(stay.arrival()).isEqualTo(LocalDate.of(2026, 5, 10));
        assertThat(stay.childAges()).containsExactly(12);
        assertThat(stay.channelKind()).isEqualTo(ChannelKind.DIRECT);
        assertThat(stay.guestToken()).isEqualTo(RecordingTokenizer.tokenOf(SubjectKind.GUEST, PmsIdentity.person("opera", OperaFake.GUEST)));
        assertThat(stay.companionTokens()).containsExactly(RecordingTokenizer.tokenOf(SubjectKind.GUEST, PmsIdentity.person("opera", OperaFake.COMPANION)));
        assertThat(stay.payerToken()).isEqualTo(RecordingTokenizer.tokenOf(SubjectKind.PAYER, PmsIdentity.card("opera", OperaFake.CARD_ID)));
        assertThat(stay.groupToken()).isEqualTo(RecordingTokenizer.tokenOf(SubjectKind.RES_GROUP, PmsIdentity.group("opera", OperaFake.BLOCK)));
        assertThat(stay.paymentMethod()).isEqualTo(PaymentMethodClass.CARD);
    }

    @Test
    void departedWalkIn_paidCash() throws PmsException {
        StayContext stay = connector(Map.of()).resolveReservation(OperaFake.DEPARTED).orElseThrow();
        assertThat(stay.status()).isEqualTo(StayStatus.DEPARTED);
        assertThat(stay.channelKind()).isEqualTo(ChannelKind.WALK_IN);
        assertThat(stay.paymentMethod()).isEqualTo(PaymentMethodClass.CASH);
        assertThat(stay.payerToken()).isNull();
    }

    @Test
    void agencyBooking_onTheChannelsVirtualCard() throws PmsException {
        StayContext stay = connector(Map.of()).resolveReservation(OperaFake.CHANNEL).orElseThrow();
        assertThat(stay.channelKind()).isEqualTo(ChannelKind.OTA);
        assertThat(stay.paymentMethod()).isEqualTo(PaymentMethodClass.CHANNEL_COLLECTED);
        assertThat(stay.payerToken()).as("the channel's card is not a person's").isNull();
        assertThat(stay.bookerToken()).isEqualTo(RecordingTokenizer.tokenOf(SubjectKind.PAYER, PmsIdentity.company("opera", OperaFake.COMPANY)));
        assertThat(stay.childAges()).containsExactly(4, 9);
    }

    @Test
    void propertyPaymentCodes_comeFromConfiguration() throws PmsException {
        StayContext stay = connector(Map.of("payment-methods", "CA=OTHER")).resolveReservation(OperaFake.DEPARTED).orElseThrow();
        assertThat(stay.paymentMethod()).isEqualTo(PaymentMethodClass.OTHER);
        assertThatThrownBy(() -> connector(Map.of("payment-methods", "CA=COINS"))).hasMessageContaining("payment-methods");
    }

    @Test
    void roomSearches_followHasMoreAcrossPages() throws PmsException {
        StayContext stay = connector(Map.of()).resolveRoom("0101", Instant.parse("2026-05-11T20:00:00Z")).orElseThrow();
        assertThat(stay.reservationRef()).isEqualTo("9000059");
    }

    @Test
    void tokensAreReusedForTheirHour() throws PmsException {
        PmsConnector connector = connector(Map.of());
        for (int i = 0; i < 4; i++) {
            connector.resolveReservation(OperaFake.IN_HOUSE);
        }
        fake.server.verify(1, postRequestedFor(urlEqualTo("/oauth/v1/tokens")));
    }

    @Test
    void aRefusedToken_isRefreshedOnce() throws PmsException {
        fake.server.stubFor(get(urlMatching("/rsv/v1/hotels/HOTEL1/reservations\\?reservationIdList=8837561.*")).atPriority(1)
                .inScenario("expiry").whenScenarioStateIs(Scenario.STARTED).willSetStateTo("expired")
                .willReturn(aResponse().withStatus(401)));
        assertThat(connector(Map.of()).resolveReservation(OperaFake.IN_HOUSE)).isPresent();
        fake.server.verify(2, postRequestedFor(urlEqualTo("/oauth/v1/tokens")));
    }

    @Test
    void anOutageOfTheGateway_isUnavailable_thenHealthRecovers() throws PmsException {
        fake.server.stubFor(get(urlMatching("/rsv/v1/.*")).atPriority(1).inScenario("outage")
                .whenScenarioStateIs(Scenario.STARTED).willSetStateTo("second").willReturn(aResponse().withStatus(503)));
        fake.server.stubFor(get(urlMatching("/rsv/v1/.*")).atPriority(1).inScenario("outage")
                .whenScenarioStateIs("second").willSetStateTo("over").willReturn(aResponse().withStatus(503)));
        PmsConnector connector = connector(Map.of("retries", "1"));
        assertThatThrownBy(() -> connector.resolveReservation(OperaFake.IN_HOUSE)).isInstanceOfSatisfying(PmsException.class,
                e -> assertThat(e.kind()).isEqualTo(PmsException.Kind.UNAVAILABLE));
        assertThat(connector.health().status()).isEqualTo(HealthReport.Status.DOWN);
        assertThat(connector.resolveReservation(OperaFake.IN_HOUSE)).isPresent();
        assertThat(connector.health().status()).isEqualTo(HealthReport.Status.UP);
    }

    @Test
    void withoutAnExternalSystemCode_nothingIsPolled() throws PmsException {
        PmsConnector connector = new OperaConnectorFactory().create(new ConnectorContext("hotel", ZoneId.of("UTC"),
                name -> "external-system".equals(name) ? java.util.Optional.empty()
                        : OperaContractTest.settingsFor(fake.baseUrl(), OperaFake.CLIENT_SECRET, Map.of()).get(name),
                tokenizer, Clock.systemUTC()));
        assertThat(connector.pollInterval()).isEmpty();
        assertThat(connector.poll()).isEmpty();
        assertThat(connector(Map.of()).pollInterval()).contains(Duration.ofSeconds(30));
    }

    @Test
    void anAnswerThatDriftsFromOraclesDescription_isCaught() {
        var rsv = OperaFake.SPECS.get(0);
        assertThat(rsv.violations("GET", "/rsv/v1/hotels/HOTEL1/reservations", 200,
                "{\"reservations\":{\"reservationInfo\":[{\"reservationStatus\":\"Partying\",\"roomStay\":{\"adultCount\":\"two\"}}]}}"))
                .hasSize(2);
        assertThat(rsv.violations("GET", "/rsv/v1/hotels/HOTEL1/reservations", 200,
                "{\"reservations\":{\"reservationInfo\":[{\"reservationStatus\":\"InHouse\"}]}}")).isEmpty();
    }

    @Test
    void aBurstOfLookups_staysUnderOhipsRate() throws Exception {
        PmsConnector connector = connector(Map.of());
        ExecutorService pool = Executors.newFixedThreadPool(16);
        try {
            List<Future<?>> calls = new java.util.ArrayList<>();
            for (int i = 0; i < 80; i++) {
                calls.add(pool.submit(() -> connector.resolveReservation(OperaFake.IN_HOUSE)));
            }
            for (Future<?> call : calls) {
                call.get();
            }
        } finally {
            pool.shutdownNow();
        }
        List<Instant> times = new WireMockJournal(fake.server).requests().stream().map(r -> r.receivedAt()).toList();
        assertThat(times).hasSizeGreaterThan(80);
        assertThat(RateCheck.busiestWindow(times, Duration.ofSeconds(1))).isLessThanOrEqualTo(50);
    }
}
