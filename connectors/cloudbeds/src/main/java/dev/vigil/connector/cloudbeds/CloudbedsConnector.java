package dev.vigil.connector.cloudbeds;

import dev.vigil.connector.cloudbeds.client.CloudbedsClient;
import dev.vigil.connector.cloudbeds.dto.CloudbedsReservation;
import dev.vigil.connector.cloudbeds.dto.CloudbedsReservationSummary;
import dev.vigil.connector.cloudbeds.dto.CloudbedsWebhook;
import dev.vigil.connector.cloudbeds.mapping.CloudbedsMapping;
import dev.vigil.connector.support.Json;
import dev.vigil.connector.support.PmsHttp;
import dev.vigil.plugin.connector.HealthReport;
import dev.vigil.plugin.connector.PmsConnector;
import dev.vigil.plugin.connector.PmsEvent;
import dev.vigil.plugin.connector.PmsException;
import dev.vigil.plugin.connector.StayUpdate;
import dev.vigil.plugin.connector.WebhookRequest;
import dev.vigil.plugin.stay.StayContext;
import dev.vigil.plugin.stay.StayStatus;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** Adapter for one Cloudbeds property: reservations, the stay in a room, webhook events. */
final class CloudbedsConnector implements PmsConnector {

    private final PmsHttp http;
    private final CloudbedsClient client;
    private final CloudbedsMapping mapping;
    private final ZoneId zone;
    private final String propertyId;

    CloudbedsConnector(PmsHttp http, CloudbedsClient client, CloudbedsMapping mapping, ZoneId zone, String propertyId) {
        this.http = http;
        this.client = client;
        this.mapping = mapping;
        this.zone = zone;
        this.propertyId = propertyId;
    }

    @Override
    public Optional<StayContext> resolveReservation(String reservationRef) throws PmsException {
        String ref = reservationRef.trim();
        Optional<CloudbedsReservation> found = client.reservation(ref);
        if (found.isEmpty()) {
            // the channel's number of the reservation
            Optional<String> id = client.reservations("sourceReservationId=" + enc(ref)).stream()
                    .map(CloudbedsReservationSummary::reservationID).findFirst();
            if (id.isPresent()) {
                found = client.reservation(id.get());
            }
        }
        return found.map(mapping::stay);
    }

    @Override
    public Optional<StayContext> resolveRoom(String room, Instant at) throws PmsException {
        LocalDate day = at.atZone(zone).toLocalDate();
        List<CloudbedsReservationSummary> candidates = client.reservations("roomName=" + enc(room.trim())
                + "&checkInTo=" + day + "&checkOutFrom=" + day);
        List<StayContext> stays = new ArrayList<>();
        for (CloudbedsReservationSummary s : candidates) {
            if ("canceled".equals(s.status()) || "no_show".equals(s.status())) {
                continue;
            }
            client.reservation(s.reservationID()).map(mapping::stay).filter(st -> st.covers(day)).ifPresent(stays::add);
        }
        return stays.stream().max(Comparator.comparingInt(s -> s.status() == StayStatus.IN_HOUSE ? 3
                : s.status() == StayStatus.DEPARTED ? 2 : 1));
    }

    @Override
    public List<PmsEvent> parseWebhook(WebhookRequest request) throws PmsException {
        CloudbedsWebhook hook;
        try {
            hook = Json.MAPPER.readValue(request.body(), CloudbedsWebhook.class);
        } catch (IOException e) {
            throw new PmsException(PmsException.Kind.BAD_RESPONSE, "not a Cloudbeds webhook body");
        }
        if (hook.event() == null) {
            throw new PmsException(PmsException.Kind.BAD_RESPONSE, "a Cloudbeds webhook names its event");
        }
        String property = hook.propertyIDStr() != null ? hook.propertyIDStr() : hook.propertyID();
        if (property != null && !propertyId.equals(property)) {
            return List.of();
        }
        Instant at = hook.timestamp() == null ? http.clock().instant()
                : Instant.ofEpochMilli(Math.round(hook.timestamp() * 1000));
        String entity = hook.reservationID() != null ? hook.reservationID() : hook.guestID();
        return List.of(new PmsEvent(hook.event() + ":" + entity + ":" + at.toEpochMilli(), hook.event(), entity, at));
    }

    @Override
    public List<StayUpdate> updatesFor(PmsEvent event) throws PmsException {
        String type = event.type();
        if (event.entityId() == null) {
            return List.of();
        }
        if (type.equals("reservation/deleted")) {
            return List.of(new StayUpdate(event.entityId(), Optional.empty(), event.occurredAt()));
        }
        boolean aboutAReservation = type.startsWith("reservation/") || type.equals("guest/assigned")
                || type.equals("guest/removed");
        if (!aboutAReservation) {
            // guest details are tokenised by id; housekeeping, blocks and apps change no stay
            return List.of();
        }
        return client.reservation(event.entityId()).map(r -> List.of(StayUpdate.of(mapping.stay(r), event.occurredAt())))
                .orElse(List.of());
    }

    @Override
    public HealthReport health() {
        return http.health().report();
    }

    @Override
    public HealthReport checkHealth() {
        return http.check("Cloudbeds answered getHotelDetails", client::hotelDetails);
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
