package dev.vigil.connector.apaleo;

import dev.vigil.connector.apaleo.client.ApaleoClient;
import dev.vigil.connector.apaleo.dto.ApaleoEvent;
import dev.vigil.connector.apaleo.dto.ApaleoFolio;
import dev.vigil.connector.apaleo.dto.ApaleoReservation;
import dev.vigil.connector.apaleo.dto.ApaleoUnit;
import dev.vigil.connector.apaleo.mapping.ApaleoMapping;
import dev.vigil.connector.support.ExpiringCache;
import dev.vigil.connector.support.Json;
import dev.vigil.connector.support.PmsHttp;
import dev.vigil.plugin.connector.HealthReport;
import dev.vigil.plugin.connector.PmsConnector;
import dev.vigil.plugin.connector.PmsEvent;
import dev.vigil.plugin.connector.PmsException;
import dev.vigil.plugin.connector.StayUpdate;
import dev.vigil.plugin.connector.WebhookRequest;
import dev.vigil.plugin.stay.StayContext;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/** Adapter for one Apaleo property: reservations, the stay in a unit, webhook events. */
final class ApaleoConnector implements PmsConnector {

    private static final Pattern RESERVATION_ID = Pattern.compile("[A-Z0-9]+-\\d+");

    private final PmsHttp http;
    private final ApaleoClient client;
    private final ApaleoMapping mapping;
    private final String propertyId;
    private final ExpiringCache<String, Map<String, String>> unitIds;

    ApaleoConnector(PmsHttp http, ApaleoClient client, ApaleoMapping mapping, String propertyId) {
        this.http = http;
        this.client = client;
        this.mapping = mapping;
        this.propertyId = propertyId;
        this.unitIds = new ExpiringCache<>(Duration.ofHours(1), http.clock());
    }

    @Override
    public Optional<StayContext> resolveReservation(String reservationRef) throws PmsException {
        String ref = reservationRef.trim();
        Optional<ApaleoReservation> found = RESERVATION_ID.matcher(ref).matches() ? client.reservation(ref)
                : Optional.empty();
        if (found.isEmpty()) {
            // a booking number, or the channel's number of the reservation
            found = client.reservations("propertyIds=" + enc(propertyId) + "&bookingId=" + enc(ref) + "&expand=booker")
                    .stream().findFirst();
        }
        if (found.isEmpty()) {
            found = client.reservations("propertyIds=" + enc(propertyId) + "&externalCode=" + enc(ref) + "&expand=booker")
                    .stream().findFirst();
        }
        return found.isEmpty() ? Optional.empty() : Optional.of(stay(found.get()));
    }

    @Override
    public Optional<StayContext> resolveRoom(String room, Instant at) throws PmsException {
        String unit = units().get(room.trim());
        if (unit == null) {
            return Optional.empty();
        }
        List<ApaleoReservation> candidates = client.reservations("propertyIds=" + enc(propertyId) + "&unitIds=" + enc(unit)
                + "&dateFilter=Stay&from=" + enc(at.minus(Duration.ofDays(1)).toString())
                + "&to=" + enc(at.plus(Duration.ofDays(1)).toString()) + "&expand=booker");
        Optional<ApaleoReservation> best = candidates.stream()
                .filter(r -> !"Canceled".equals(r.status()) && !"NoShow".equals(r.status()))
                .filter(r -> covers(r, at))
                .max(Comparator.comparingInt(r -> "InHouse".equals(r.status()) ? 3 : "CheckedOut".equals(r.status()) ? 2 : 1));
        return best.isPresent() ? Optional.of(stay(best.get())) : Optional.empty();
    }

    @Override
    public List<PmsEvent> parseWebhook(WebhookRequest request) throws PmsException {
        ApaleoEvent event;
        try {
            event = Json.MAPPER.readValue(request.body(), ApaleoEvent.class);
        } catch (IOException e) {
            throw new PmsException(PmsException.Kind.BAD_RESPONSE, "not an Apaleo webhook event");
        }
        if (event.topic() == null || event.type() == null) {
            throw new PmsException(PmsException.Kind.BAD_RESPONSE, "an Apaleo event needs a topic and a type");
        }
        boolean ours = propertyId.equals(event.propertyId())
                || event.propertyIds() != null && event.propertyIds().contains(propertyId)
                || event.propertyId() == null && event.propertyIds() == null;
        if (!ours) {
            return List.of();
        }
        Instant at = event.timestamp() == null ? http.clock().instant() : Instant.ofEpochMilli(event.timestamp());
        String entity = event.data() == null ? null : event.data().entityId();
        String id = event.id() != null ? event.id() : event.topic() + "/" + event.type() + ":" + entity + ":" + at;
        return List.of(new PmsEvent(id, event.topic() + "/" + event.type(), entity, at));
    }

    @Override
    public List<StayUpdate> updatesFor(PmsEvent event) throws PmsException {
        String topic = event.type().substring(0, event.type().indexOf('/')).toLowerCase(java.util.Locale.ROOT);
        if (event.entityId() == null) {
            return List.of();
        }
        List<StayUpdate> updates = new ArrayList<>();
        switch (topic) {
            case "reservation" -> {
                Optional<ApaleoReservation> r = client.reservation(event.entityId());
                if (r.isPresent()) {
                    updates.add(StayUpdate.of(stay(r.get()), event.occurredAt()));
                }
            }
            case "folio" -> {
                Optional<ApaleoFolio> folio = client.folio(event.entityId());
                if (folio.isPresent() && folio.get().reservation() != null) {
                    Optional<ApaleoReservation> r = client.reservation(folio.get().reservation().id());
                    if (r.isPresent()) {
                        updates.add(StayUpdate.of(stay(r.get()), event.occurredAt()));
                    }
                }
            }
            case "booking" -> {
                for (ApaleoReservation r : client.reservations("bookingId=" + enc(event.entityId()) + "&expand=booker")) {
                    updates.add(StayUpdate.of(stay(r), event.occurredAt()));
                }
            }
            case "unit" -> unitIds.clear();
            default -> {
                // properties, rate plans, night audits, invoices and health checks change no stay
            }
        }
        return updates;
    }

    @Override
    public HealthReport health() {
        return http.health().report();
    }

    @Override
    public HealthReport checkHealth() {
        return http.check("Apaleo's identity server issued a token", client::authenticate);
    }

    private StayContext stay(ApaleoReservation r) throws PmsException {
        List<ApaleoFolio> folios = client.folios(r.id());
        List<String> methods = new ArrayList<>();
        for (ApaleoFolio folio : folios) {
            client.payments(folio.id()).forEach(p -> methods.add(p.method()));
        }
        return mapping.stay(r, folios, methods);
    }

    private Map<String, String> units() throws PmsException {
        Optional<Map<String, String>> cached = unitIds.get(propertyId);
        if (cached.isPresent()) {
            return cached.get();
        }
        Map<String, String> byName = new java.util.HashMap<>();
        for (ApaleoUnit u : client.units(propertyId)) {
            if (u.name() != null) {
                byName.put(u.name(), u.id());
            }
        }
        unitIds.put(propertyId, byName);
        return byName;
    }

    private static boolean covers(ApaleoReservation r, Instant at) {
        Instant from = Optional.ofNullable(ApaleoMapping.instant(r.checkInTime())).orElse(ApaleoMapping.instant(r.arrival()));
        Instant to = Optional.ofNullable(ApaleoMapping.instant(r.checkOutTime())).orElse(ApaleoMapping.instant(r.departure()));
        return from != null && to != null && !at.isBefore(from) && !at.isAfter(to);
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
