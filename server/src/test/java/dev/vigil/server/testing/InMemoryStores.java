package dev.vigil.server.testing;

import dev.vigil.server.application.observation.FilingReceipt;
import dev.vigil.server.application.observation.IdempotencyStore;
import dev.vigil.server.domain.model.audit.AuditEntry;
import dev.vigil.server.domain.model.audit.AuditLog;
import dev.vigil.server.domain.model.observation.Observation;
import dev.vigil.server.domain.model.observation.ObservationId;
import dev.vigil.server.domain.model.observation.ObservationRepository;
import dev.vigil.server.domain.model.stay.Stay;
import dev.vigil.server.domain.model.stay.StayRepository;
import dev.vigil.server.domain.model.tenant.PropertyId;
import dev.vigil.server.domain.model.tenant.TenantId;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** In-memory stand-ins for the repositories, so use cases run as plain Java in milliseconds. */
public final class InMemoryStores {

    private InMemoryStores() {
    }

    /** Observations in a map. */
    public static class Observations implements ObservationRepository {
        public final Map<String, Observation> rows = new LinkedHashMap<>();

        @Override
        public void store(Observation observation) {
            rows.put(observation.id().value(), observation);
        }

        @Override
        public Optional<Observation> find(TenantId tenant, ObservationId id) {
            return Optional.ofNullable(rows.get(id.value())).filter(o -> o.tenant().equals(tenant));
        }
    }

    /** Stays in a list. */
    public static class Stays implements StayRepository {
        public final List<Stay> rows = new ArrayList<>();

        @Override
        public Optional<Stay> find(dev.vigil.server.domain.model.stay.StayId id) {
            return rows.stream().filter(s -> s.id().equals(id)).findFirst();
        }

        @Override
        public Optional<Stay> findByReservation(PropertyId property, String reservationRef) {
            return rows.stream().filter(s -> s.property().equals(property))
                    .filter(s -> s.reservationRef().filter(reservationRef::equals).isPresent())
                    .max(Comparator.comparing(Stay::lastSeenAt));
        }

        @Override
        public Optional<Stay> findLatestForRoom(PropertyId property, String room, Instant since, Instant until) {
            return rows.stream().filter(s -> s.property().equals(property))
                    .filter(s -> s.room().filter(room::equals).isPresent())
                    .filter(s -> !s.lastSeenAt().isBefore(since) && !s.firstSeenAt().isAfter(until))
                    .min(Comparator.comparing((Stay s) -> s.reservationRef().isEmpty())
                            .thenComparing(Stay::lastSeenAt, Comparator.reverseOrder()));
        }

        @Override
        public void store(Stay stay) {
            if (!rows.contains(stay)) {
                rows.add(stay);
            }
        }
    }

    /** Idempotency records in a map. */
    public static class Idempotency implements IdempotencyStore {
        public final Map<String, Remembered> rows = new LinkedHashMap<>();

        @Override
        public Optional<Remembered> find(String scope, String key) {
            return Optional.ofNullable(rows.get(scope + "|" + key));
        }

        @Override
        public void remember(String scope, String key, String fingerprint, FilingReceipt receipt) {
            if (rows.putIfAbsent(scope + "|" + key, new Remembered(fingerprint, receipt)) != null) {
                throw new IllegalStateException("duplicate idempotency key");
            }
        }
    }

    /** Audit entries in a list. */
    public static class Audit implements AuditLog {
        public final List<AuditEntry> rows = new ArrayList<>();

        @Override
        public void append(AuditEntry entry) {
            rows.add(entry);
        }

        @Override
        public List<AuditEntry> about(String targetType, String targetId) {
            return rows.stream().filter(e -> e.targetType().equals(targetType) && targetId.equals(e.targetId())).toList();
        }
    }
}
