package dev.vigil.connector.opera;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vigil.plugin.connector.ConnectorSettings;
import dev.vigil.plugin.testkit.ConnectorContract;
import dev.vigil.plugin.testkit.DocumentedEvent;
import dev.vigil.plugin.testkit.RequestJournal;
import dev.vigil.plugin.testkit.WireMockJournal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;

/** The OPERA connector keeps the plugin contract against a fake OHIP gateway that answers as Oracle describes. */
class OperaContractTest extends ConnectorContract {

    static OperaFake fake;
    static final AtomicLong ACTIONS = new AtomicLong(778800);

    @BeforeAll
    static void startFake() {
        fake = new OperaFake().start();
    }

    @AfterAll
    static void stopFake() {
        fake.stop();
    }

    @AfterEach
    void theFakeAnsweredAsOracleDescribes() {
        assertThat(fake.contractViolations()).isEmpty();
    }

    static ConnectorSettings settingsFor(String url, String secret, Map<String, String> more) {
        Map<String, String> values = new java.util.HashMap<>(Map.of("base-url", url, "client-id", OperaFake.CLIENT_ID,
                "client-secret", secret, "app-key", OperaFake.APP_KEY, "hotel-id", OperaFake.HOTEL,
                "external-system", OperaFake.EXT, "retries", "2", "timeout", "PT2S"));
        values.putAll(more);
        return name -> Optional.ofNullable(values.get(name));
    }

    @Override
    protected String systemId() {
        return "opera";
    }

    @Override
    protected ConnectorSettings settings() {
        return settingsFor(fake.baseUrl(), OperaFake.CLIENT_SECRET, Map.of());
    }

    @Override
    protected ConnectorSettings settingsWithBadCredentials() {
        return settingsFor(fake.baseUrl(), "not-the-secret", Map.of());
    }

    @Override
    protected String knownReservation() {
        return "40217733";
    }

    @Override
    protected String knownRoom() {
        return "0412";
    }

    @Override
    protected Instant whenInRoom() {
        return Instant.parse("2026-05-11T20:00:00Z");
    }

    @Override
    protected Set<String> rawIdentifiers() {
        return Set.of(OperaFake.GUEST, OperaFake.COMPANION, OperaFake.CARD_ID, OperaFake.COMPANY, OperaFake.BLOCK,
                "Jane", "Doe", "jane.doe@example.com", "+1 203 555 0100", "1111", "4444", "Doe wedding",
                OperaFake.CLIENT_SECRET, OperaFake.TOKEN);
    }

    @Override
    protected List<DocumentedEvent> documentedEvents() {
        return List.of(
                polled("Reservation", "NEW RESERVATION", OperaFake.CHANNEL, OperaFake.CHANNEL),
                polled("Reservation", "UPDATE RESERVATION", OperaFake.IN_HOUSE, OperaFake.IN_HOUSE),
                polled("Reservation", "CHECK IN", OperaFake.IN_HOUSE, OperaFake.IN_HOUSE),
                polled("Reservation", "CHECK OUT", OperaFake.DEPARTED, OperaFake.DEPARTED),
                polled("Reservation", "CANCEL RESERVATION", "404404"),
                polled("Profile", "UPDATE PROFILE", OperaFake.GUEST),
                polled("Cashiering", "POSTING", "31337"),
                polled("Block", "UPDATE BLOCK", "20477"),
                polled("Housekeeping", "ROOM STATUS CHANGE", "0412"));
    }

    static DocumentedEvent polled(String module, String action, String key, String... expected) {
        return DocumentedEvent.polled(module + "/" + action, () -> fake.queue(module, action, key, ACTIONS.incrementAndGet()),
                expected);
    }

    @Override
    protected RequestJournal journal() {
        return new WireMockJournal(fake.server);
    }
}
