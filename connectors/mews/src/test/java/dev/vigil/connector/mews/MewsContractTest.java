package dev.vigil.connector.mews;

import dev.vigil.plugin.connector.ConnectorSettings;
import dev.vigil.plugin.testkit.ConnectorContract;
import dev.vigil.plugin.testkit.DocumentedEvent;
import dev.vigil.plugin.testkit.RecordedRequest;
import dev.vigil.plugin.testkit.RequestJournal;
import dev.vigil.plugin.testkit.WireMockJournal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/** The Mews connector keeps the plugin contract against a fake Connector API. */
class MewsContractTest extends ConnectorContract {

    static MewsFake fake;

    @BeforeAll
    static void startFake() {
        fake = new MewsFake().start();
    }

    @AfterAll
    static void stopFake() {
        fake.stop();
    }

    static ConnectorSettings settingsFor(String baseUrl, String accessToken, Map<String, String> more) {
        Map<String, String> values = new java.util.HashMap<>(Map.of("base-url", baseUrl, "client-token", MewsFake.CLIENT_TOKEN,
                "access-token", accessToken, "client", "Vigil Test 1.0", "enterprise-id", MewsFake.ENTERPRISE,
                "retries", "2", "timeout", "PT2S"));
        values.putAll(more);
        return name -> Optional.ofNullable(values.get(name));
    }

    @Override
    protected String systemId() {
        return "mews";
    }

    @Override
    protected ConnectorSettings settings() {
        return settingsFor(fake.baseUrl(), MewsFake.ACCESS_TOKEN, Map.of());
    }

    @Override
    protected ConnectorSettings settingsWithBadCredentials() {
        return settingsFor(fake.baseUrl(), "7F6B0C3A1E2D4F5A8B9C0D1E2F3A4B5C-0123456789ABCDEF0123456789ABCDE", Map.of());
    }

    @Override
    protected String knownReservation() {
        return "52";
    }

    @Override
    protected String knownRoom() {
        return "412";
    }

    @Override
    protected Instant whenInRoom() {
        return Instant.parse("2026-05-11T22:30:00Z");
    }

    @Override
    protected Set<String> rawIdentifiers() {
        return Set.of(MewsFake.GUEST_JANE, MewsFake.COMPANION, MewsFake.BOOKER, MewsFake.GROUP, MewsFake.CARD,
                MewsFake.GUEST_CASH, MewsFake.GUEST_OTA, MewsFake.COMPANY, MewsFake.ACCESS_TOKEN, MewsFake.CLIENT_TOKEN);
    }

    @Override
    protected List<DocumentedEvent> documentedEvents() {
        return List.of(
                event("ServiceOrderUpdated", MewsFake.IN_HOUSE, MewsFake.IN_HOUSE),
                event("ServiceOrderUpdated", MewsFake.DEPARTED, MewsFake.DEPARTED),
                event("PaymentUpdated", MewsFake.CARD_PAYMENT, MewsFake.IN_HOUSE),
                event("CustomerAdded", MewsFake.COMPANION),
                event("CustomerUpdated", MewsFake.COMPANION),
                event("ResourceUpdated", MewsFake.ROOM_412),
                event("ResourceBlockUpdated", "5d6e7f80-91a2-4b3c-8d4e-5f6a7b8c9d0e"),
                event("MessageAdded", "a0b1c2d3-e4f5-4a6b-8c7d-9e0f1a2b3c4d"));
    }

    /** One General Webhook as Mews documents it: the enterprise, the integration and ids only. */
    static DocumentedEvent event(String discriminator, String id, String... expected) {
        return DocumentedEvent.webhook(discriminator, "{\"EnterpriseId\":\"" + MewsFake.ENTERPRISE + "\","
                + "\"IntegrationId\":\"c8bee838-7fb1-4f4e-8fac-ac87008b2f90\",\"Events\":[{\"Discriminator\":\""
                + discriminator + "\",\"Value\":{\"Id\":\"" + id + "\"}}]}", expected);
    }

    @Override
    protected RequestJournal journal() {
        return new WireMockJournal(fake.server);
    }

    /** Every Mews call is a POST: the reads are the getAll and get operations. */
    @Override
    protected boolean isRead(RecordedRequest request) {
        return request.method().equals("POST")
                && request.pathOnly().matches("/api/connector/v1/[A-Za-z]+/(getAll|get)(/\\d{4}-\\d{2}-\\d{2})?");
    }
}
