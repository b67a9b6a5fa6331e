package dev.vigil.connector.mews;

import dev.vigil.connector.mews.client.MewsClient;
import dev.vigil.connector.mews.dto.MewsAgeCategory;
import dev.vigil.connector.mews.dto.MewsPayment;
import dev.vigil.connector.mews.dto.MewsReservation;
import dev.vigil.connector.mews.dto.MewsResource;
import dev.vigil.connector.mews.dto.MewsWebhook;
import dev.vigil.connector.mews.mapping.MewsMapping;
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
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** Adapter for one Mews enterprise: reservations by id or number, the stay in a room, General Webhooks. */
final class MewsConnector implements PmsConnector {

    private static final Pattern GUID = Pattern.compile("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");
    private static final Duration REFERENCE_DATA = Duration.ofHours(1);

    private final PmsHttp http;
    private final MewsClient client;
    private final MewsMapping mapping;
    private final ZoneId zone;
    private final String enterpriseId;
    private final ExpiringCache<String, String> roomNames;
    private final ExpiringCache<String, String> roomIds;
    private final ExpiringCache<String, Map<String, MewsAgeCategory>> ageCategories;

    MewsConnector(PmsHttp http, MewsClient client, MewsMapping mapping, ZoneId zone, String enterpriseId) {
        this.http = http;
        this.client = client;
        this.mapping = mapping;
        this.zone = zone;
        this.enterpriseId = enterpriseId;
        this.roomNames = new ExpiringCache<>(REFERENCE_DATA, http.clock());
        this.roomIds = new ExpiringCache<>(REFERENCE_DATA, http.clock());
        this.ageCategories = new ExpiringCache<>(REFERENCE_DATA, http.clock());
    }

    @Override
    public Optional<StayContext> resolveReservation(String reservationRef) throws PmsException {
        String ref = reservationRef.trim();
        List<MewsReservation> found = GUID.matcher(ref).matches() ? client.reservationsById(List.of(ref))
                : client.reservationsByNumber(List.of(ref));
        return found.isEmpty() ? Optional.empty() : Optional.of(stay(found.get(0)));
    }

    @Override
    public Optional<StayContext> resolveRoom(String room, Instant at) throws PmsException {
        Optional<String> resourceId = roomId(room.trim());
        if (resourceId.isEmpty()) {
            return Optional.empty();
        }
        List<MewsReservation> candidates = client.reservationsInRoom(resourceId.get(), at.minus(Duration.ofDays(1)),
                at.plus(Duration.ofDays(1)));
        Optional<MewsReservation> best = candidates.stream()
                .filter(r -> !"Canceled".equals(r.state()))
                .filter(r -> covers(r, at))
                .max(Comparator.comparingInt(MewsConnector::presence));
        return best.isPresent() ? Optional.of(stay(best.get())) : Optional.empty();
    }

    @Override
    public List<PmsEvent> parseWebhook(WebhookRequest request) throws PmsException {
        MewsWebhook hook;
        try {
            hook = Json.MAPPER.readValue(request.body(), MewsWebhook.class);
        } catch (java.io.IOException e) {
            throw new PmsException(PmsException.Kind.BAD_RESPONSE, "not a Mews General Webhook body");
        }
        if (hook.events() == null || enterpriseId != null && hook.enterpriseId() != null
                && !enterpriseId.equalsIgnoreCase(hook.enterpriseId())) {
            return List.of();
        }
        Instant now = http.clock().instant();
        Set<String> seen = new LinkedHashSet<>();
        List<PmsEvent> events = new ArrayList<>();
        for (MewsWebhook.Event e : hook.events()) {
            if (e.discriminator() != null && e.value() != null && e.value().id() != null
                    && seen.add(e.discriminator() + ":" + e.value().id())) {
                events.add(new PmsEvent(e.discriminator() + ":" + e.value().id(), e.discriminator(), e.value().id(), now));
            }
        }
        return events;
    }

    @Override
    public List<StayUpdate> updatesFor(PmsEvent event) throws PmsException {
        Instant now = http.clock().instant();
        switch (event.type()) {
            case "ServiceOrderUpdated" -> {
                // service orders include product orders: only reservations are stays
                List<StayUpdate> updates = new ArrayList<>();
                for (MewsReservation r : client.reservationsById(List.of(event.entityId()))) {
                    updates.add(StayUpdate.of(stay(r), now));
                }
                return updates;
            }
            case "PaymentUpdated" -> {
                List<String> reservations = client.payments("PaymentIds", List.of(event.entityId())).stream()
                        .map(MewsPayment::reservationId).filter(java.util.Objects::nonNull).distinct().toList();
                List<StayUpdate> updates = new ArrayList<>();
                if (!reservations.isEmpty()) {
                    for (MewsReservation r : client.reservationsById(reservations)) {
                        updates.add(StayUpdate.of(stay(r), now));
                    }
                }
                return updates;
            }
            case "ResourceUpdated" -> {
                // a room renamed or taken out of service: read room names again
                roomNames.clear();
                roomIds.clear();
                return List.of();
            }
            // customers are tokenised by id, so their edits change no stay; messages and blocks are no stays
            default -> {
                return List.of();
            }
        }
    }

    @Override
    public HealthReport health() {
        return http.health().report();
    }

    @Override
    public HealthReport checkHealth() {
        return http.check("Mews answered configuration/get", client::configuration);
    }

    private StayContext stay(MewsReservation r) throws PmsException {
        String room = r.assignedResourceId() == null ? null : roomName(r.assignedResourceId());
        Map<String, MewsAgeCategory> categories = r.serviceId() == null ? Map.of() : categories(r.serviceId());
        List<MewsPayment> payments = client.payments("ReservationIds", List.of(r.id()));
        List<String> companions = client.companionships(List.of(r.id())).stream()
                .map(c -> c.customerId()).filter(java.util.Objects::nonNull).toList();
        return mapping.stay(r, room, categories, payments, companions);
    }

    private String roomName(String resourceId) throws PmsException {
        Optional<String> cached = roomNames.get(resourceId);
        if (cached.isPresent()) {
            return cached.get();
        }
        for (MewsResource resource : client.resources("ResourceIds", List.of(resourceId))) {
            remember(resource);
        }
        return roomNames.get(resourceId).orElse(null);
    }

    private Optional<String> roomId(String name) throws PmsException {
        Optional<String> cached = roomIds.get(name);
        if (cached.isPresent()) {
            return cached;
        }
        for (MewsResource resource : client.resources("Names", List.of(name))) {
            remember(resource);
        }
        return roomIds.get(name);
    }

    private void remember(MewsResource resource) {
        if (resource.id() != null && resource.name() != null) {
            roomNames.put(resource.id(), resource.name());
            roomIds.put(resource.name(), resource.id());
        }
    }

    private Map<String, MewsAgeCategory> categories(String serviceId) throws PmsException {
        Optional<Map<String, MewsAgeCategory>> cached = ageCategories.get(serviceId);
        if (cached.isPresent()) {
            return cached.get();
        }
        Map<String, MewsAgeCategory> byId = client.ageCategories(serviceId).stream()
                .collect(Collectors.toMap(MewsAgeCategory::id, Function.identity(), (a, b) -> a));
        ageCategories.put(serviceId, byId);
        return byId;
    }

    private static boolean covers(MewsReservation r, Instant at) {
        Instant start = first(r.actualStartUtc(), r.scheduledStartUtc());
        Instant end = first(r.actualEndUtc(), r.scheduledEndUtc());
        return start != null && end != null && !at.isBefore(start) && !at.isAfter(end);
    }

    /** In house beats departed beats expected, for a room with two stays on one day. */
    private static int presence(MewsReservation r) {
        return switch (String.valueOf(r.state())) {
            case "Started" -> 3;
            case "Processed" -> 2;
            default -> 1;
        };
    }

    private static Instant first(String a, String b) {
        Instant x = MewsMapping.instant(a);
        return x != null ? x : MewsMapping.instant(b);
    }
}
