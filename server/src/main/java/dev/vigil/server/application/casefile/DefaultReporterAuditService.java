package dev.vigil.server.application.casefile;

import dev.vigil.server.application.shared.ObservationArchive;
import dev.vigil.server.application.shared.AppRole;
import dev.vigil.server.application.shared.Caller;
import dev.vigil.server.application.shared.FieldError;
import dev.vigil.server.application.shared.ForbiddenException;
import dev.vigil.server.application.shared.InvalidRequestException;
import dev.vigil.server.domain.model.audit.AuditEntry;
import dev.vigil.server.domain.model.audit.AuditLog;
import dev.vigil.server.domain.model.pattern.ObservationFact;
import dev.vigil.server.domain.model.pattern.SubjectKey;
import dev.vigil.server.domain.model.pattern.SubjectType;
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
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/** Computes the reporter audit from stored observations; read-only but for its audit entry. */
@ApplicationScoped
public class DefaultReporterAuditService implements ReporterAuditService {

    static final Duration CORROBORATION_WINDOW = Duration.ofHours(72);
    static final Duration MAX_PERIOD = Duration.ofDays(400);
    static final int MAX_OBSERVATIONS = 200_000;

    @Inject ObservationArchive archive;
    @Inject PropertyDirectory properties;
    @Inject AuditLog audit;
    @Inject Clock clock;

    @Override
    @Transactional
    public ReporterAudit audit(Caller caller, String propertyId, String fromText, String toText) {
        if (!caller.hasAny(AppRole.SECURITY, AppRole.MANAGER)) {
            throw new ForbiddenException("only security and managers see the reporter audit");
        }
        List<FieldError> errors = new ArrayList<>();
        Instant to = toText == null || toText.isBlank() ? clock.instant() : time("to", toText, errors);
        Instant from = fromText == null || fromText.isBlank() ? (to == null ? null : to.minus(Duration.ofDays(30)))
                : time("from", fromText, errors);
        if (from != null && to != null && (!to.isAfter(from) || Duration.between(from, to).compareTo(MAX_PERIOD) > 0)) {
            errors.add(new FieldError("to", "must be after from, at most " + MAX_PERIOD.toDays() + " days later"));
        }
        PropertyId property = property(caller, propertyId, errors);
        if (!errors.isEmpty()) {
            throw new InvalidRequestException(errors);
        }
        List<ObservationFact> facts = archive.facts(caller.tenant(), property, from.minus(CORROBORATION_WINDOW),
                to.plus(CORROBORATION_WINDOW), MAX_OBSERVATIONS);
        if (facts.size() > MAX_OBSERVATIONS) {
            throw new InvalidRequestException("from", "the period holds too many observations; ask for a shorter one");
        }
        Set<String> flagged = archive.flaggedNotes(caller.tenant(), property, from, to);
        Map<SubjectKey, List<ObservationFact>> byKey = new HashMap<>();
        facts.forEach(f -> f.keys().stream().filter(k -> k.type().links() || k.type() == SubjectType.AREA)
                .forEach(k -> byKey.computeIfAbsent(k, x -> new ArrayList<>()).add(f)));
        Map<String, int[]> counts = new TreeMap<>();
        Map<String, Set<String>> roles = new HashMap<>();
        for (ObservationFact f : facts) {
            if (f.observedAt().isBefore(from) || f.observedAt().isAfter(to)) {
                continue;
            }
            int[] c = counts.computeIfAbsent(f.reporterId(), r -> new int[3]);
            roles.computeIfAbsent(f.reporterId(), r -> new TreeSet<>()).add(f.role().name());
            c[0]++;
            if (corroborated(f, byKey)) {
                c[1]++;
            }
            if (flagged.contains(f.id())) {
                c[2]++;
            }
        }
        List<ReporterAudit.Row> rows = new ArrayList<>();
        counts.forEach((reporter, c) -> rows.add(new ReporterAudit.Row(reporter, List.copyOf(roles.get(reporter)), c[0], c[1], c[2],
                c[0] == 0 ? 0 : Math.round(1000.0 * c[1] / c[0]) / 1000.0)));
        rows.sort(Comparator.comparingDouble(ReporterAudit.Row::corroborationRate).thenComparing(ReporterAudit.Row::reporterId));
        audit.append(new AuditEntry(clock.instant(), caller.tenant().value(), property.value(), caller.name(),
                "REPORTER_AUDIT_READ", "reporter-audit", null));
        return new ReporterAudit(property.value(), from, to, CORROBORATION_WINDOW.toHours(), rows);
    }

    private static boolean corroborated(ObservationFact f, Map<SubjectKey, List<ObservationFact>> byKey) {
        for (SubjectKey key : f.keys()) {
            for (ObservationFact other : byKey.getOrDefault(key, List.of())) {
                if (!other.reporterId().equals(f.reporterId())
                        && Duration.between(other.observedAt(), f.observedAt()).abs().compareTo(CORROBORATION_WINDOW) <= 0) {
                    return true;
                }
            }
        }
        return false;
    }

    private PropertyId property(Caller caller, String propertyId, List<FieldError> errors) {
        if (propertyId == null || propertyId.isBlank()) {
            if (caller.boundProperty().isPresent()) {
                return caller.boundProperty().get();
            }
            errors.add(new FieldError("propertyId", "is required"));
            return null;
        }
        boolean known = PropertyId.isWellFormed(propertyId)
                && properties.find(new PropertyId(propertyId)).filter(p -> caller.covers(p.tenant(), p.id())).isPresent();
        if (!known) {
            errors.add(new FieldError("propertyId", "unknown property '" + propertyId + "'"));
            return null;
        }
        return new PropertyId(propertyId);
    }

    private static Instant time(String field, String text, List<FieldError> errors) {
        try {
            return OffsetDateTime.parse(text).toInstant();
        } catch (DateTimeParseException e) {
            errors.add(new FieldError(field, "must be ISO-8601 with an offset"));
            return null;
        }
    }
}
