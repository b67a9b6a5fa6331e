package dev.vigil.connector.cloudbeds;

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
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;

/** The Cloudbeds connector keeps the plugin contract against a fake that answers as the v1.3 description says. */
class CloudbedsContractTest extends ConnectorContract {

    static CloudbedsFake fake;

    @BeforeAll
    static void startFake() {
        fake = new CloudbedsFake().start();
    }

    @AfterAll
    static void stopFake() {
        fake.stop();
    }

    @AfterEach
    void theFakeAnsweredAsCloudbedsDescribes() {
        assertThat(fake.contractViolations()).isEmpty();
    }

    static ConnectorSettings settingsFor(String url, String key, Map<String, String> more) {
        Map<String, String> values = new java.util.HashMap<>(Map.of("base-url", url, "api-key", key,
                "property-id", CloudbedsFake.PROPERTY, "retries", "2", "timeout", "PT2S"));
        values.putAll(more);
        return name -> Optional.ofNullable(values.get(name));
    }

    @Override
    protected String systemId() {
        return "cloudbeds";
    }

    @Override
    protected ConnectorSettings settings() {
        return settingsFor(fake.baseUrl(), CloudbedsFake.API_KEY, Map.of());
    }

    @Override
    protected ConnectorSettings settingsWithBadCredentials() {
        return settingsFor(fake.baseUrl(), "cbat_wrong", Map.of());
    }

    @Override
    protected String knownReservation() {
        return CloudbedsFake.IN_HOUSE;
    }

    @Override
    protected String knownRoom() {
        return "104";
    }

    @Override
    protected Instant whenInRoom() {
        return Instant.parse("2026-05-11T20:00:00Z");
    }

    @Override
    protected Set<String> rawIdentifiers() {
        return Set.of(CloudbedsFake.GUEST, CloudbedsFake.COMPANION, CloudbedsFake.CARD, CloudbedsFake.BLOCK, "128834400",
                "Jane", "Doe", "jane.doe@example.com", "+1 203 555 0100", "1111", "4444", CloudbedsFake.API_KEY);
    }

    @Override
    protected List<DocumentedEvent> documentedEvents() {
        return List.of(
                event("reservation/created", CloudbedsFake.CHANNEL, CloudbedsFake.CHANNEL),
                event("reservation/status_changed", CloudbedsFake.IN_HOUSE, CloudbedsFake.IN_HOUSE),
                event("reservation/dates_changed", CloudbedsFake.IN_HOUSE, CloudbedsFake.IN_HOUSE),
                event("reservation/accommodation_changed", CloudbedsFake.DEPARTED, CloudbedsFake.DEPARTED),
                event("reservation/deleted", "7061304409999", "7061304409999"),
                guestEvent("guest/assigned", CloudbedsFake.IN_HOUSE, CloudbedsFake.IN_HOUSE),
                guestEvent("guest/removed", CloudbedsFake.IN_HOUSE, CloudbedsFake.IN_HOUSE),
                guestEvent("guest/created", null),
                guestEvent("guest/details_changed", null),
                DocumentedEvent.webhook("housekeeping/room_condition_changed", "{\"propertyID\":318267,\"propertyID_str\":\"318267\","
                        + "\"roomID\":\"501234-104\",\"condition\":\"dirty\",\"version\":\"1.0\","
                        + "\"event\":\"housekeeping/room_condition_changed\",\"timestamp\":1778430000.5}"),
                DocumentedEvent.webhook("integration/appstate_changed", "{\"propertyID\":318267,\"propertyID_str\":\"318267\","
                        + "\"clientID\":\"live1_318267_abc\",\"newState\":\"enabled\",\"version\":\"1.0\","
                        + "\"event\":\"integration/appstate_changed\",\"timestamp\":1778430000.5}"));
    }

    /** A reservation event as the captured payloads show it: propertyID a number, timestamp epoch seconds. */
    static DocumentedEvent event(String type, String reservation, String... expected) {
        return DocumentedEvent.webhook(type, "{\"reservationID\":\"" + reservation + "\",\"propertyID\":318267,"
                + "\"propertyID_str\":\"318267\",\"startDate\":\"2026-05-10\",\"endDate\":\"2026-05-13\",\"version\":\"1.0\","
                + "\"event\":\"" + type + "\",\"timestamp\":1778430000.073195}", expected);
    }

    static DocumentedEvent guestEvent(String type, String reservation, String... expected) {
        return DocumentedEvent.webhook(type, "{\"guestID\":\"" + CloudbedsFake.COMPANION + "\","
                + (reservation == null ? "" : "\"reservationID\":\"" + reservation + "\",")
                + "\"propertyID\":318267,\"propertyID_str\":\"318267\",\"version\":\"1.0\",\"event\":\"" + type
                + "\",\"timestamp\":1778430100.5}", expected);
    }

    @Override
    protected RequestJournal journal() {
        return new WireMockJournal(fake.server);
    }
}
