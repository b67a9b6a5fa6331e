package dev.vigil.connector.apaleo;

import dev.vigil.plugin.connector.ConnectorSettings;
import dev.vigil.plugin.testkit.ConnectorContract;
import dev.vigil.plugin.testkit.DocumentedEvent;
import dev.vigil.plugin.testkit.RequestJournal;
import dev.vigil.plugin.testkit.WireMockJournal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/** The Apaleo connector keeps the plugin contract against a fake Apaleo. */
class ApaleoContractTest extends ConnectorContract {

    static ApaleoFake fake;

    @BeforeAll
    static void startFake() {
        fake = new ApaleoFake().start();
    }

    @AfterAll
    static void stopFake() {
        fake.stop();
    }

    static ConnectorSettings settingsFor(String url, String secret, Map<String, String> more) {
        Map<String, String> values = new java.util.HashMap<>(Map.of("base-url", url, "identity-url", url,
                "client-id", ApaleoFake.CLIENT_ID, "client-secret", secret, "property-id", ApaleoFake.PROPERTY,
                "retries", "2", "timeout", "PT2S"));
        values.putAll(more);
        return name -> Optional.ofNullable(values.get(name));
    }

    @Override
    protected String systemId() {
        return "apaleo";
    }

    @Override
    protected ConnectorSettings settings() {
        return settingsFor(fake.baseUrl(), ApaleoFake.CLIENT_SECRET, Map.of());
    }

    @Override
    protected ConnectorSettings settingsWithBadCredentials() {
        return settingsFor(fake.baseUrl(), "not-the-secret-at-all-0000000000", Map.of());
    }

    @Override
    protected String knownReservation() {
        return ApaleoFake.IN_HOUSE;
    }

    @Override
    protected String knownRoom() {
        return "A.412";
    }

    @Override
    protected Instant whenInRoom() {
        return Instant.parse("2026-05-11T20:00:00Z");
    }

    @Override
    protected Set<String> rawIdentifiers() {
        return Set.of("jane.doe@example.com", "john.roe@example.com", "k.lee@guest.booking.example", "Jane", "Doe",
                "Roe", "Smith", "1990-01-31", "2019-03-02", "+49 89 000000", "1111", "4444", ApaleoFake.BLOCK,
                ApaleoFake.CLIENT_SECRET, ApaleoFake.TOKEN);
    }

    @Override
    protected List<DocumentedEvent> documentedEvents() {
        List<DocumentedEvent> events = new ArrayList<>();
        for (String type : List.of("created", "amended", "changed", "checked-in", "checked-out", "set-to-no-show",
                "unit-assigned", "unit-unassigned", "canceled")) {
            events.add(event("Reservation", type, ApaleoFake.IN_HOUSE, ApaleoFake.IN_HOUSE));
        }
        events.add(event("Reservation", "checked-out", ApaleoFake.DEPARTED, ApaleoFake.DEPARTED));
        for (String type : List.of("created", "payment-posted", "debitor-changed", "balance-changed", "closed")) {
            events.add(event("Folio", type, "MUC-F3", ApaleoFake.CHANNEL));
        }
        events.add(event("Booking", "changed", "XPGMSXGF", ApaleoFake.IN_HOUSE));
        events.add(event("Unit", "changed", "MUC-A-412"));
        events.add(event("Block", "confirmed", ApaleoFake.BLOCK));
        events.add(event("RatePlan", "rate-changed", "MUC-NONREF-SGL"));
        events.add(event("NightAudit", "succeeded", "MUC"));
        events.add(DocumentedEvent.webhook("system/healthcheck", "{\"id\":\"56eca994-f272-47b3-a56b-1327e9125ff3\","
                + "\"topic\":\"system\",\"type\":\"healthcheck\",\"accountId\":\"SDXE\",\"propertyIds\":[\"MUC\",\"BER\"],"
                + "\"timestamp\":1655824163606}"));
        return events;
    }

    /** One event as {@code webhooks-payload.html} shows it. */
    static DocumentedEvent event(String topic, String type, String entity, String... expected) {
        return DocumentedEvent.webhook(topic + "/" + type, "{\"topic\":\"" + topic + "\",\"type\":\"" + type
                + "\",\"id\":\"" + java.util.UUID.nameUUIDFromBytes((topic + type + entity).getBytes()) + "\","
                + "\"accountId\":\"SDXE\",\"propertyId\":\"MUC\",\"timestamp\":1778418000000,"
                + "\"clientId\":\"SDXE-SP-APP\",\"subjectId\":\"6f1c719d-1f45-4331-a30c-c6da0f642b60\","
                + "\"data\":{\"entityId\":\"" + entity + "\"}}", expected);
    }

    @Override
    protected RequestJournal journal() {
        return new WireMockJournal(fake.server);
    }
}
