package dev.vigil.plugin.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.vigil.plugin.connector.ApiVersion;
import dev.vigil.plugin.connector.ConnectorContext;
import dev.vigil.plugin.connector.ConnectorFactory;
import dev.vigil.plugin.connector.ConnectorSettings;
import dev.vigil.plugin.connector.HealthReport;
import dev.vigil.plugin.connector.PmsConnector;
import dev.vigil.plugin.connector.PmsEvent;
import dev.vigil.plugin.connector.PmsException;
import dev.vigil.plugin.connector.StayUpdate;
import dev.vigil.plugin.stay.StayContext;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.ServiceLoader;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The contract every connector keeps. A connector's test extends this class, starts a fake that
 * speaks its PMS's documented API, and answers the abstract methods; the tests here then prove that
 * the connector is found by {@link ServiceLoader}, resolves reservations and rooms, maps every
 * documented event type, survives duplicate and out-of-order events, never lets a raw identifier
 * out, reports its health (DOWN on bad credentials) and sends the PMS nothing but reads.
 */
public abstract class ConnectorContract {

    /** The tokenizer the connector under test was given. */
    protected final RecordingTokenizer tokenizer = new RecordingTokenizer();
    private final List<PmsConnector> opened = new ArrayList<>();
    private final List<Object> outputs = Collections.synchronizedList(new ArrayList<>());

    /** @return the connector id, e.g. {@code mews} */
    protected abstract String systemId();

    /** @return settings that point at the running fake with valid credentials */
    protected abstract ConnectorSettings settings();

    /**
     * The same settings with credentials the fake refuses.
     *
     * @return the settings, or null for a connector that uses no credentials (a file export): the
     *         bad-credentials test is then skipped
     */
    protected abstract ConnectorSettings settingsWithBadCredentials();

    /** @return a reservation the fake knows, as staff would type it */
    protected abstract String knownReservation();

    /** @return a room the fake has a stay in at {@link #whenInRoom()} */
    protected abstract String knownRoom();

    /** @return a time at which {@link #knownRoom()} is occupied */
    protected abstract Instant whenInRoom();

    /**
     * Raw identifiers the fake serves (names, e-mails, phone numbers, guest, customer and card ids,
     * card numbers): none may appear in anything the connector returns.
     *
     * @return the identifiers
     */
    protected abstract Set<String> rawIdentifiers();

    /** @return one entry per event type the PMS documents */
    protected abstract List<DocumentedEvent> documentedEvents();

    /** @return what the fake received */
    protected abstract RequestJournal journal();

    /**
     * Whether a request only reads. By default {@code GET} and {@code HEAD}, and the {@code POST} that
     * obtains an OAuth token; a PMS whose reads are {@code POST}s (Mews) overrides this.
     *
     * @param request a request the fake received
     * @return true for a read
     */
    protected boolean isRead(RecordedRequest request) {
        String method = request.method().toUpperCase(Locale.ROOT);
        String path = request.pathOnly();
        return method.equals("GET") || method.equals("HEAD")
                || method.equals("POST") && (path.endsWith("/token") || path.endsWith("/tokens"));
    }

    /** @return the property's time zone given to the connector */
    protected ZoneId zone() {
        return ZoneId.of("UTC");
    }

    /** @return the factory, found the way the server finds it */
    protected ConnectorFactory factory() {
        return ServiceLoader.load(ConnectorFactory.class).stream().map(ServiceLoader.Provider::get)
                .filter(f -> f.id().equals(systemId())).findFirst()
                .orElseThrow(() -> new AssertionError("no ConnectorFactory with id '" + systemId()
                        + "' in META-INF/services/dev.vigil.plugin.connector.ConnectorFactory"));
    }

    /**
     * A connector made by the factory for a test property.
     *
     * @param settings its settings
     * @return the connector, closed after the test
     */
    protected PmsConnector connect(ConnectorSettings settings) {
        ConnectorFactory factory = factory();
        factory.init(settings);
        PmsConnector connector = factory.create(new ConnectorContext("contract-hotel", zone(), settings, tokenizer,
                Clock.systemUTC()));
        opened.add(connector);
        return connector;
    }

    @BeforeEach
    void clearOutputs() {
        outputs.clear();
    }

    @AfterEach
    void closeAndCheckThatOnlyReadsWereSent() {
        opened.forEach(PmsConnector::close);
        opened.clear();
        List<RecordedRequest> writes = journal().requests().stream().filter(r -> !isRead(r)).toList();
        assertThat(writes).as("requests that are not reads: Vigil never writes to the PMS").isEmpty();
    }

    @Test
    void isFoundByServiceLoader_withACompatibleApiVersion() {
        ConnectorFactory factory = factory();
        assertThat(factory.id()).matches("[a-z0-9-]+");
        assertThat(ApiVersion.current().canRun(factory.apiVersion()))
                .as("built against plugin API %s", factory.apiVersion()).isTrue();
    }

    @Test
    void resolvesAKnownReservation() throws PmsException {
        Optional<StayContext> stay = remember(connect(settings()).resolveReservation(knownReservation()));
        assertThat(stay).as("the stay of reservation %s", knownReservation()).isPresent();
        assertThat(stay.get().system()).isEqualTo(systemId());
        assertThat(stay.get().arrival()).isNotNull();
        assertThat(stay.get().departure()).isNotNull();
        assertNoRawIdentifiers();
    }

    @Test
    void resolvesTheStayInARoom() throws PmsException {
        Optional<StayContext> stay = remember(connect(settings()).resolveRoom(knownRoom(), whenInRoom()));
        assertThat(stay).as("the stay in room %s at %s", knownRoom(), whenInRoom()).isPresent();
        assertThat(stay.get().room()).isEqualTo(knownRoom());
        assertNoRawIdentifiers();
    }

    @Test
    void anUnknownReservation_isEmpty_notAnError() throws PmsException {
        assertThat(connect(settings()).resolveReservation("NO-SUCH-RESERVATION-4711")).isEmpty();
    }

    @Test
    void mapsEveryDocumentedEventType() throws PmsException {
        PmsConnector connector = connect(settings());
        assertThat(documentedEvents()).as("documented event types").isNotEmpty();
        for (DocumentedEvent documented : documentedEvents()) {
            List<PmsEvent> events = documented.delivery().deliver(connector);
            assertThat(events).as("events read from a documented %s", documented.type())
                    .extracting(PmsEvent::type).contains(documented.type());
            Set<String> updated = new java.util.TreeSet<>();
            for (PmsEvent event : events) {
                for (StayUpdate update : connector.updatesFor(event)) {
                    outputs.add(update);
                    updated.add(update.reservationRef());
                }
            }
            assertThat(updated).as("reservations updated by %s", documented.type())
                    .isEqualTo(new java.util.TreeSet<>(documented.expectedReservations()));
        }
        assertNoRawIdentifiers();
    }

    @Test
    void survivesDuplicateAndOutOfOrderEvents() throws PmsException {
        PmsConnector connector = connect(settings());
        List<PmsEvent> inOrder = new ArrayList<>();
        for (DocumentedEvent documented : documentedEvents()) {
            inOrder.addAll(documented.delivery().deliver(connector));
        }
        Map<String, StayUpdate> once = apply(connector, inOrder);
        List<PmsEvent> shuffled = new ArrayList<>(inOrder);
        Collections.reverse(shuffled);
        shuffled.addAll(inOrder);
        Map<String, StayUpdate> twiceReordered = apply(connector, shuffled);
        assertThat(twiceReordered.keySet()).isEqualTo(once.keySet());
        twiceReordered.forEach((ref, update) -> assertThat(update.stay()).as("stay of %s", ref)
                .isEqualTo(once.get(ref).stay()));
        assertNoRawIdentifiers();
    }

    @Test
    void reportsHealth_upWithGoodCredentials() {
        PmsConnector connector = connect(settings());
        assertThat(connector.health().status()).isNotNull();
        HealthReport checked = connector.checkHealth();
        assertThat(checked.status()).as(checked.detail()).isEqualTo(HealthReport.Status.UP);
        assertThat(connector.health().status()).isEqualTo(HealthReport.Status.UP);
    }

    @Test
    void badCredentials_giveAClearError_andHealthDown() {
        ConnectorSettings bad = settingsWithBadCredentials();
        org.junit.jupiter.api.Assumptions.assumeTrue(bad != null, "the connector uses no credentials");
        PmsConnector connector = connect(bad);
        assertThatThrownBy(() -> connector.resolveReservation(knownReservation()))
                .isInstanceOfSatisfying(PmsException.class, e -> {
                    assertThat(e.kind()).isEqualTo(PmsException.Kind.AUTH);
                    assertThat(e.getMessage()).isNotBlank();
                });
        HealthReport health = connector.health();
        assertThat(health.status()).isEqualTo(HealthReport.Status.DOWN);
        assertThat(health.detail()).isNotBlank();
        assertThat(connector.checkHealth().status()).isEqualTo(HealthReport.Status.DOWN);
        rawIdentifiers().forEach(raw -> assertThat(health.detail()).doesNotContainIgnoringCase(raw));
    }

    private Map<String, StayUpdate> apply(PmsConnector connector, List<PmsEvent> events) throws PmsException {
        Map<String, StayUpdate> newest = new TreeMap<>();
        Set<String> seen = new java.util.HashSet<>();
        for (PmsEvent event : events) {
            seen.add(event.id());
            for (StayUpdate update : connector.updatesFor(event)) {
                outputs.add(update);
                if (update.supersedes(newest.get(update.reservationRef()))) {
                    newest.put(update.reservationRef(), update);
                }
            }
        }
        assertThat(seen).as("event ids").hasSizeLessThanOrEqualTo(events.size());
        return newest;
    }

    private Optional<StayContext> remember(Optional<StayContext> stay) {
        stay.ifPresent(outputs::add);
        return stay;
    }

    /** Fails when any output carries a raw identifier, or a token field holds something no tokenizer made. */
    protected void assertNoRawIdentifiers() {
        List<StayContext> stays = new ArrayList<>();
        for (Object o : outputs) {
            if (o instanceof StayContext s) {
                stays.add(s);
            } else if (o instanceof StayUpdate u) {
                u.stay().ifPresent(stays::add);
            }
        }
        Map<String, String> leaks = new HashMap<>();
        for (StayContext stay : stays) {
            String text = stay.toString().toLowerCase(Locale.ROOT);
            for (String raw : rawIdentifiers()) {
                if (text.contains(raw.toLowerCase(Locale.ROOT))) {
                    leaks.put(raw, stay.reservationRef());
                }
            }
            for (String token : stay.tokens()) {
                assertThat(tokenizer.made(token)).as("'%s' in the stay of %s is not a token", token,
                        stay.reservationRef()).isTrue();
            }
        }
        assertThat(leaks).as("raw identifiers found in stays (identifier -> reservation)").isEmpty();
        assertThat(stays.stream().map(StayContext::system).collect(Collectors.toSet()))
                .allMatch(systemId()::equals);
    }
}
