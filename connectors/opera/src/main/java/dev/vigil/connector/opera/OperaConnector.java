package dev.vigil.connector.opera;

import dev.vigil.connector.opera.client.OperaClient;
import dev.vigil.connector.opera.dto.OperaBusinessEvents;
import dev.vigil.connector.opera.dto.OperaReservation;
import dev.vigil.connector.opera.mapping.OperaMapping;
import dev.vigil.connector.support.PmsHttp;
import dev.vigil.plugin.connector.HealthReport;
import dev.vigil.plugin.connector.PmsConnector;
import dev.vigil.plugin.connector.PmsEvent;
import dev.vigil.plugin.connector.PmsException;
import dev.vigil.plugin.connector.StayUpdate;
import dev.vigil.plugin.stay.StayContext;
import dev.vigil.plugin.stay.StayStatus;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Adapter for one OPERA Cloud hotel through OHIP. OHIP pushes nothing to partners, so changes come by
 * polling the business events queued for Vigil's external system code.
 */
final class OperaConnector implements PmsConnector {

    private final PmsHttp http;
    private final OperaClient client;
    private final OperaMapping mapping;
    private final ZoneId zone;
    private final String externalSystem;
    private final Duration pollInterval;

    OperaConnector(PmsHttp http, OperaClient client, OperaMapping mapping, ZoneId zone, String externalSystem,
                   Duration pollInterval) {
        this.http = http;
        this.client = client;
        this.mapping = mapping;
        this.zone = zone;
        this.externalSystem = externalSystem;
        this.pollInterval = pollInterval;
    }

    @Override
    public Optional<StayContext> resolveReservation(String reservationRef) throws PmsException {
        String ref = enc(reservationRef.trim());
        List<OperaReservation> found = client.reservations("reservationIdList=" + ref);
        if (found.isEmpty()) {
            found = client.reservations("confirmationNumberList=" + ref);
        }
        return found.stream().filter(r -> OperaMapping.reservationId(r) != null).findFirst().map(mapping::stay);
    }

    @Override
    public Optional<StayContext> resolveRoom(String room, Instant at) throws PmsException {
        LocalDate day = at.atZone(zone).toLocalDate();
        List<OperaReservation> found = client.reservations("roomId=" + enc(room.trim()) + "&arrivalEndDate=" + day
                + "&departureStartDate=" + day);
        return found.stream().filter(r -> OperaMapping.reservationId(r) != null).map(mapping::stay)
                .filter(s -> s.covers(day) && s.status() != StayStatus.CANCELLED && s.status() != StayStatus.NO_SHOW)
                .max(Comparator.comparingInt(OperaConnector::presence));
    }

    @Override
    public Optional<Duration> pollInterval() {
        return externalSystem == null ? Optional.empty() : Optional.of(pollInterval);
    }

    @Override
    public List<PmsEvent> poll() throws PmsException {
        if (externalSystem == null) {
            return List.of();
        }
        List<PmsEvent> events = new ArrayList<>();
        OperaBusinessEvents dequeued = client.businessEvents(externalSystem);
        for (OperaBusinessEvents.Data d : dequeued.businessEventData() == null ? List.<OperaBusinessEvents.Data>of()
                : dequeued.businessEventData()) {
            OperaBusinessEvents.Header h = d.businessEvent() == null ? null : d.businessEvent().header();
            if (h == null || h.moduleName() == null) {
                continue;
            }
            Instant at = Optional.ofNullable(OperaMapping.instant(h.createdDateTime())).orElse(http.clock().instant());
            String id = d.businessEventId() != null && d.businessEventId().id() != null ? d.businessEventId().id()
                    : h.moduleName() + ":" + h.actionId();
            events.add(new PmsEvent(id, h.moduleName() + "/" + h.actionType(), h.primaryKey(), at));
        }
        return events;
    }

    @Override
    public List<StayUpdate> updatesFor(PmsEvent event) throws PmsException {
        if (!event.type().startsWith("Reservation/") || event.entityId() == null) {
            // profiles are tokenised by id; blocks, rates and housekeeping change no stay
            return List.of();
        }
        List<StayUpdate> updates = new ArrayList<>();
        for (OperaReservation r : client.reservations("reservationIdList=" + enc(event.entityId()))) {
            if (OperaMapping.reservationId(r) != null) {
                updates.add(StayUpdate.of(mapping.stay(r), event.occurredAt()));
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
        return http.check("OHIP issued a token", client::authenticate);
    }

    private static int presence(StayContext s) {
        return switch (s.status()) {
            case IN_HOUSE -> 3;
            case DEPARTED -> 2;
            default -> 1;
        };
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
