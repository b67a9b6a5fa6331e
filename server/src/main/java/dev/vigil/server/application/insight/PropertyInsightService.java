package dev.vigil.server.application.insight;

import dev.vigil.server.application.shared.AppRole;
import dev.vigil.server.application.shared.Caller;
import dev.vigil.server.application.shared.FieldError;
import dev.vigil.server.application.shared.ForbiddenException;
import dev.vigil.server.application.shared.InvalidRequestException;
import dev.vigil.server.application.shared.NotFoundException;
import dev.vigil.server.domain.model.audit.AuditEntry;
import dev.vigil.server.domain.model.audit.AuditLog;
import dev.vigil.server.domain.model.casefile.Severity;
import dev.vigil.server.domain.model.tenant.Property;
import dev.vigil.server.domain.model.tenant.PropertyDirectory;
import dev.vigil.server.domain.model.tenant.PropertyId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/** Use case: the property view (heat map and time to act) for security and managers of the property. */
@ApplicationScoped
public class PropertyInsightService {

    static final Duration MAX_PERIOD = Duration.ofDays(400);

    @Inject InsightQueries queries;
    @Inject PropertyDirectory properties;
    @Inject AuditLog audit;
    @Inject Clock clock;

    @Transactional
    public Heatmap heatmap(Caller caller, String propertyId, String from, String to) {
        Property property = visible(caller, propertyId);
        Instant end = instant("to", to, clock.instant());
        Instant start = instant("from", from, end.minus(Duration.ofDays(30)));
        period(start, end);
        Map<String, long[]> rooms = new TreeMap<>(Comparator.comparing(PropertyInsightService::roomOrder)
                .thenComparing(Comparator.naturalOrder()));
        Map<String, long[]> areas = new TreeMap<>();
        Map<String, Severity> worst = new LinkedHashMap<>();
        for (InsightQueries.PlaceCount c : queries.observations(caller.tenant().value(), property.id().value(), start, end)) {
            (c.room() != null ? rooms : areas).computeIfAbsent(c.room() != null ? c.room() : c.area(), k -> new long[2])[0]
                    += c.observations();
        }
        for (InsightQueries.OpenCase c : queries.openCases(caller.tenant().value(), property.id().value(), start, end)) {
            if (c.room() != null) {
                rooms.computeIfAbsent(c.room(), k -> new long[2])[1]++;
                Severity s = Severity.valueOf(c.severity());
                worst.merge(c.room(), s, (a, b) -> a.compareTo(b) >= 0 ? a : b);
            }
        }
        List<Heatmap.Cell> roomCells = rooms.entrySet().stream().map(e -> new Heatmap.Cell(e.getKey(), floor(e.getKey()),
                e.getValue()[0], (int) e.getValue()[1], worst.containsKey(e.getKey()) ? worst.get(e.getKey()).name() : null)).toList();
        List<Heatmap.Cell> areaCells = areas.entrySet().stream()
                .map(e -> new Heatmap.Cell(e.getKey(), null, e.getValue()[0], 0, null)).toList();
        record(caller, property, "PROPERTY_HEATMAP_READ");
        return new Heatmap(property.id().value(), start, end, roomCells, areaCells);
    }

    @Transactional
    public TimeToAct timeToAct(Caller caller, String propertyId, Integer days) {
        Property property = visible(caller, propertyId);
        int span = days == null ? 30 : days;
        if (span < 1 || span > 400) {
            throw new InvalidRequestException("days", "between 1 and 400");
        }
        Instant end = clock.instant();
        Instant start = end.minus(Duration.ofDays(span));
        Map<Severity, List<InsightQueries.CaseTiming>> bySeverity = new TreeMap<>();
        for (InsightQueries.CaseTiming t : queries.timings(caller.tenant().value(), property.id().value(), start)) {
            bySeverity.computeIfAbsent(Severity.valueOf(t.severity()), k -> new ArrayList<>()).add(t);
        }
        List<TimeToAct.BySeverity> out = new ArrayList<>();
        for (Severity severity : Severity.values()) {
            List<InsightQueries.CaseTiming> cases = bySeverity.getOrDefault(severity, List.of());
            List<Long> ack = minutes(cases, true);
            List<Long> decision = minutes(cases, false);
            out.add(new TimeToAct.BySeverity(severity.name(), cases.size(), ack, decision, percentile(ack, 50),
                    percentile(ack, 90), percentile(decision, 50), percentile(decision, 90),
                    cases.size() - ack.size(), cases.size() - decision.size()));
        }
        record(caller, property, "PROPERTY_TIME_TO_ACT_READ");
        return new TimeToAct(property.id().value(), start, end, out);
    }

    private static List<Long> minutes(List<InsightQueries.CaseTiming> cases, boolean ack) {
        return cases.stream().map(t -> {
            Instant done = ack ? t.firstAcknowledgedAt() : t.firstDecidedAt();
            return done == null ? null : Math.max(0, Duration.between(t.openedAt(), done).toMinutes());
        }).filter(Objects::nonNull).sorted().toList();
    }

    /** Nearest-rank percentile of sorted values; {@code null} when there are none. */
    static Long percentile(List<Long> sorted, int p) {
        if (sorted.isEmpty()) {
            return null;
        }
        int rank = (int) Math.ceil(p / 100.0 * sorted.size());
        return sorted.get(Math.max(0, rank - 1));
    }

    /** The floor a room number names: all but its last two digits ({@code 0} for one- and two-digit rooms). */
    static String floor(String room) {
        String digits = room.strip();
        if (!digits.matches("\\d{1,6}")) {
            return null;
        }
        return digits.length() <= 2 ? "0" : String.valueOf(Integer.parseInt(digits.substring(0, digits.length() - 2)));
    }

    private static long roomOrder(String room) {
        return room.strip().matches("\\d{1,9}") ? Long.parseLong(room.strip()) : Long.MAX_VALUE;
    }

    private Property visible(Caller caller, String propertyId) {
        if (!caller.hasAny(AppRole.SECURITY, AppRole.MANAGER)) {
            throw new ForbiddenException("only security and managers see the property view");
        }
        String id = propertyId == null || propertyId.isBlank() ? caller.boundProperty().map(PropertyId::value).orElse(null) : propertyId;
        return id == null || !PropertyId.isWellFormed(id) ? unknown(propertyId)
                : properties.find(new PropertyId(id)).filter(p -> caller.covers(p.tenant(), p.id())).orElseGet(() -> unknown(id));
    }

    /** The property is named in the address: one outside the caller's scope is not found, as one that does not exist. */
    private static Property unknown(String id) {
        throw new NotFoundException("property");
    }

    private static Instant instant(String field, String text, Instant fallback) {
        if (text == null || text.isBlank()) {
            return fallback;
        }
        try {
            return OffsetDateTime.parse(text.trim()).toInstant();
        } catch (DateTimeParseException e) {
            throw new InvalidRequestException(field, "must be ISO-8601 with an offset, e.g. 2026-11-01T00:00:00Z");
        }
    }

    private static void period(Instant from, Instant to) {
        List<FieldError> errors = new ArrayList<>();
        if (!from.isBefore(to)) {
            errors.add(new FieldError("from", "must be before to"));
        } else if (Duration.between(from, to).compareTo(MAX_PERIOD) > 0) {
            errors.add(new FieldError("from", "the period may be at most 400 days"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidRequestException(errors);
        }
    }

    private void record(Caller caller, Property property, String action) {
        audit.append(new AuditEntry(clock.instant(), caller.tenant().value(), property.id().value(), caller.name(), action,
                "property", property.id().value()));
    }
}
