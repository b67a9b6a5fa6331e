package dev.vigil.server.application.connector;

import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlMatching;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.WireMockServer;
import dev.vigil.connector.mews.MewsConnectorFactory;
import dev.vigil.plugin.connector.ConnectorContext;
import dev.vigil.plugin.connector.PmsConnector;
import dev.vigil.plugin.connector.StayUpdate;
import dev.vigil.plugin.stay.StayContext;
import dev.vigil.server.domain.model.pattern.SubjectKey;
import dev.vigil.server.domain.model.pattern.SubjectType;
import dev.vigil.server.domain.model.tenant.Property;
import dev.vigil.server.domain.model.tenant.PropertyId;
import dev.vigil.server.domain.model.tenant.TenantId;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A filing's lookup against the real Mews connector and a Mews that answers slowly: the filing waits
 * only its budget, the late answer still fills the cache, and the stay's keys are tokens.
 */
class StayLookupTest {

    static final Property HOTEL = new Property(new PropertyId("grand-hotel"), new TenantId("chain"), "Grand", ZoneId.of("UTC"));
    static final String RESERVATION = "{\"Reservations\":[{\"Id\":\"r-52\",\"Number\":\"52\",\"State\":\"Started\","
            + "\"AccountId\":\"guest-1\",\"AccountType\":\"Customer\",\"BookerId\":\"booker-1\",\"GroupId\":\"group-1\","
            + "\"ScheduledStartUtc\":\"2026-05-10T14:00:00Z\",\"ScheduledEndUtc\":\"2026-05-13T10:00:00Z\","
            + "\"UpdatedUtc\":\"2026-05-10T15:05:00Z\",\"PersonCounts\":[]}],\"Cursor\":null}";

    WireMockServer mews;
    ExecutorService threads;
    final Map<String, StayContext> stored = new ConcurrentHashMap<>();
    final Map<PropertyId, Instant> changes = new ConcurrentHashMap<>();

    @BeforeEach
    void start() {
        mews = new WireMockServer(options().dynamicPort());
        mews.start();
        mews.stubFor(post(urlMatching("/api/connector/v1/.*")).atPriority(9)
                .willReturn(okJson("{\"Payments\":[],\"Companionships\":[],\"AgeCategories\":[],\"Resources\":[],\"Cursor\":null}")));
        threads = Executors.newFixedThreadPool(2);
    }

    @AfterEach
    void stop() {
        threads.shutdownNow();
        mews.stop();
    }

    StayLookup lookup() {
        PmsConnector connector = new MewsConnectorFactory().create(new ConnectorContext("grand-hotel", ZoneId.of("UTC"),
                name -> Optional.ofNullable(Map.of("base-url", mews.baseUrl(), "client-token", "c", "access-token", "a",
                        "retries", "0", "timeout", "PT5S").get(name)),
                (kind, raw) -> kind.jsonName() + ":tok(" + raw.hashCode() + ")", Clock.systemUTC()));
        PmsConnections connections = new PmsConnections() {
            @Override
            public Optional<Connection> forProperty(PropertyId property) {
                return property.equals(HOTEL.id()) ? Optional.of(new Connection(HOTEL.id(), HOTEL.tenant(), "mews", connector,
                        Optional.empty())) : Optional.empty();
            }

            @Override
            public List<Connection> all() {
                return List.of(forProperty(HOTEL.id()).orElseThrow());
            }
        };
        ConnectorPolicy policy = new ConnectorPolicy() {
            @Override public Duration filingWait() { return Duration.ofMillis(300); }
            @Override public Duration cacheLifetime() { return Duration.ofMinutes(5); }
            @Override public Duration retryInterval() { return Duration.ofSeconds(30); }
            @Override public Duration retryFor() { return Duration.ofDays(7); }
        };
        return new StayLookup(connections, sharedStore(), policy, threads::submit, Clock.systemUTC());
    }

    /** The stays every server shares (the database): {@link #stored} and {@link #changes}. */
    PmsStays sharedStore() {
        return new PmsStays() {
            @Override
            public boolean save(PropertyId property, StayContext stay, Instant fetchedAt) {
                stored.put(stay.reservationRef(), stay);
                return true;
            }

            @Override
            public void removed(PropertyId property, String reservationRef, Instant updatedAt) {
                stored.remove(reservationRef);
            }

            @Override
            public Optional<Stored> find(PropertyId property, String reservationRef) {
                return Optional.ofNullable(stored.get(reservationRef)).map(s -> new Stored(s, false, Instant.now()));
            }

            @Override
            public void changed(PropertyId property, Instant at) {
                changes.merge(property, at, (a, b) -> a.isAfter(b) ? a : b);
            }

            @Override
            public Optional<Instant> changedAt(PropertyId property) {
                return Optional.ofNullable(changes.get(property));
            }

            @Override
            public int purgeDepartedBefore(LocalDate day) {
                return 0;
            }
        };
    }

    /** A server's event processing over the shared store, its own lookup, and no observations waiting for a stay. */
    EventProcessing eventProcessing(StayLookup lookup) {
        EventProcessing processing = new EventProcessing();
        processing.stays = sharedStore();
        processing.lookup = lookup;
        processing.links = (PmsLinks) java.lang.reflect.Proxy.newProxyInstance(PmsLinks.class.getClassLoader(),
                new Class<?>[] {PmsLinks.class}, (proxy, method, args) -> List.of()); // ofReservation: none
        processing.clock = Clock.systemUTC();
        return processing;
    }

    @Test
    void aSlowPms_leavesTheFilingPending_andItsLateAnswerFillsTheCache() throws InterruptedException {
        mews.stubFor(post(urlEqualTo("/api/connector/v1/reservations/getAll/2023-06-06"))
                .withRequestBody(matchingJsonPath("$.Numbers[0]", com.github.tomakehurst.wiremock.client.WireMock.equalTo("52")))
                .willReturn(okJson(RESERVATION).withFixedDelay(1500)));
        StayLookup lookup = lookup();
        long started = System.nanoTime();
        Resolution first = lookup.resolve(HOTEL, "412", "52", Instant.now(), Duration.ofMillis(300));
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofMillis(1200));
        assertThat(first.state()).isEqualTo(Resolution.State.PENDING);
        Thread.sleep(2500);
        Resolution later = lookup.resolve(HOTEL, "412", "52", Instant.now(), Duration.ofMillis(300));
        assertThat(later.state()).isEqualTo(Resolution.State.RESOLVED);
        assertThat(later.stay().orElseThrow().reservationRef()).isEqualTo("r-52");
        assertThat(stored).containsKey("r-52");
        mews.verify(1, postRequestedFor(urlEqualTo("/api/connector/v1/reservations/getAll/2023-06-06")));
    }

    @Test
    void aChangeAnnouncedToAnotherServer_dropsThisServersCachedStay_andThePmsIsAskedAgain() {
        mews.stubFor(post(urlEqualTo("/api/connector/v1/reservations/getAll/2023-06-06")).willReturn(okJson(RESERVATION)));
        StayLookup serverA = lookup();
        StayLookup serverB = lookup(); // the same shared store (the database), a cache of its own
        assertThat(serverA.resolve(HOTEL, null, "52", Instant.now(), Duration.ofSeconds(5)).state()).isEqualTo(Resolution.State.RESOLVED);
        assertThat(serverA.resolve(HOTEL, null, "52", Instant.now(), Duration.ofSeconds(5)).state()).isEqualTo(Resolution.State.RESOLVED);
        mews.verify(1, postRequestedFor(urlEqualTo("/api/connector/v1/reservations/getAll/2023-06-06")));

        // server B handles the PMS's webhook for that reservation, as its event processing does
        StayContext changed = serverA.resolve(HOTEL, null, "52", Instant.now(), Duration.ofSeconds(5)).stay().orElseThrow();
        eventProcessing(serverB).apply(new PmsConnections.Connection(HOTEL.id(), HOTEL.tenant(), "mews", null, Optional.empty()),
                new StayUpdate("r-52", Optional.of(changed), Instant.now()));
        assertThat(changes).as("the change is marked in the shared store").containsKey(HOTEL.id());

        assertThat(serverA.resolve(HOTEL, null, "52", Instant.now(), Duration.ofSeconds(5)).state()).isEqualTo(Resolution.State.RESOLVED);
        mews.verify(2, postRequestedFor(urlEqualTo("/api/connector/v1/reservations/getAll/2023-06-06")));
    }

    @Test
    void aPropertyWithoutConnector_orAFilingWithoutRoomOrReservation_asksNothing() {
        StayLookup lookup = lookup();
        Property other = new Property(new PropertyId("no-pms"), new TenantId("chain"), null, null);
        assertThat(lookup.resolve(other, "412", "52", Instant.now(), Duration.ofSeconds(1))).isEqualTo(Resolution.NONE);
        assertThat(lookup.resolve(HOTEL, " ", null, Instant.now(), Duration.ofSeconds(1))).isEqualTo(Resolution.NONE);
        assertThat(mews.getAllServeEvents()).isEmpty();
    }

    @Test
    void theStaysKeys_areTheReservationTheGroupTheGuestAndTheBooker_asTokens() {
        mews.stubFor(post(urlEqualTo("/api/connector/v1/reservations/getAll/2023-06-06")).willReturn(okJson(RESERVATION)));
        StayContext stay = lookup().resolve(HOTEL, null, "52", Instant.now(), Duration.ofSeconds(5)).stay().orElseThrow();
        var keys = StayKeys.of(stay, (kind, raw) -> kind.jsonName() + ":tok(" + raw + ")");
        assertThat(keys).extracting(SubjectKey::type).containsExactlyInAnyOrder(SubjectType.RESERVATION, SubjectType.RES_GROUP,
                SubjectType.GUEST, SubjectType.PAYER);
        assertThat(keys).extracting(SubjectKey::value).noneMatch(v -> v.contains("guest-1") || v.contains("booker-1")
                || v.contains("group-1"));
        assertThat(keys).contains(new SubjectKey(SubjectType.RESERVATION, "reservation:tok(mews:r-52)"));
    }
}
