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
        public void hold(Stay stay) {
            // one thread at a time in these tests
        }

        @Override
        public void holdOpening(PropertyId property, String room, String reservationRef) {
            // one thread at a time in these tests
        }

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

    /** The engine's view of the in-memory observations, rebuilt per question (tests only). */
    public static class Histories implements dev.vigil.server.application.pattern.ObservationHistories {
        private final Observations observations;
        public final java.util.Map<dev.vigil.server.domain.model.pattern.SubjectKey, dev.vigil.server.domain.model.pattern.Marker> markers =
                new java.util.HashMap<>();

        public Histories(Observations observations) {
            this.observations = observations;
        }

        @Override
        public dev.vigil.server.domain.model.pattern.ObservationHistory forFilingAt(TenantId tenant,
                dev.vigil.server.domain.model.tenant.PropertyId property) {
            var history = new dev.vigil.server.domain.service.pattern.InMemoryHistory();
            observations.rows.values().stream().filter(o -> o.tenant().equals(tenant)).forEach(o -> history.add(o.fact()));
            markers.forEach(history::mark);
            return history;
        }
    }

    /** Cases in a map. */
    public static class Cases implements dev.vigil.server.domain.model.casefile.CaseRepository {
        public final Map<String, dev.vigil.server.domain.model.casefile.CaseFile> rows = new LinkedHashMap<>();

        @Override
        public void store(dev.vigil.server.domain.model.casefile.CaseFile c) {
            rows.put(c.id().value(), c);
        }

        @Override
        public Optional<dev.vigil.server.domain.model.casefile.CaseFile> find(TenantId tenant, dev.vigil.server.domain.model.casefile.CaseId id) {
            return Optional.ofNullable(rows.get(id.value())).filter(c -> c.tenant().equals(tenant));
        }

        @Override
        public List<dev.vigil.server.domain.model.casefile.CaseFile> findActiveWithAny(TenantId tenant, PropertyId property,
                java.util.Collection<dev.vigil.server.domain.model.pattern.SubjectKey> keys, Instant since) {
            return rows.values().stream().filter(c -> c.tenant().equals(tenant) && c.property().equals(property))
                    .filter(c -> c.status().active() && !c.updatedAt().isBefore(since))
                    .filter(c -> c.subjects().stream().anyMatch(keys::contains))
                    .sorted(Comparator.comparing(dev.vigil.server.domain.model.casefile.CaseFile::createdAt)).toList();
        }

        @Override
        public Optional<dev.vigil.server.domain.model.casefile.CaseFile> findLatestEndedWithAny(TenantId tenant,
                PropertyId property, java.util.Collection<dev.vigil.server.domain.model.pattern.SubjectKey> keys, Instant since) {
            return rows.values().stream().filter(c -> c.tenant().equals(tenant) && c.property().equals(property))
                    .filter(c -> !c.status().active() && c.mergedInto().isEmpty() && !c.updatedAt().isBefore(since))
                    .filter(c -> c.subjects().stream().anyMatch(keys::contains))
                    .max(Comparator.comparing(dev.vigil.server.domain.model.casefile.CaseFile::updatedAt));
        }

        @Override
        public dev.vigil.server.domain.model.casefile.CasePage queue(dev.vigil.server.domain.model.casefile.CaseQuery query) {
            throw new UnsupportedOperationException("queue paging is tested against a real database");
        }

        /** Cases not merged into another. */
        public List<dev.vigil.server.domain.model.casefile.CaseFile> live() {
            return rows.values().stream().filter(c -> c.mergedInto().isEmpty()).toList();
        }
    }

    /** Audit entries in a list. */
    public static class Audit implements AuditLog {
        public final List<AuditEntry> rows = new ArrayList<>();

        @Override
        public void append(AuditEntry entry) {
            List<AuditEntry> chain = rows.stream().filter(e -> e.tenantId().equals(entry.tenantId())).toList();
            String previous = chain.isEmpty() ? dev.vigil.server.domain.model.audit.AuditChain.GENESIS : chain.get(chain.size() - 1).entryHash();
            long seq = chain.size() + 1;
            entry.seal(seq, previous, dev.vigil.server.domain.model.audit.AuditChain.NO_KEY,
                    dev.vigil.server.domain.model.audit.AuditChain.seal(null, seq, previous, entry));
            rows.add(entry);
        }

        @Override
        public List<AuditEntry> about(String targetType, String targetId) {
            return rows.stream().filter(e -> e.targetType().equals(targetType) && targetId.equals(e.targetId())).toList();
        }

        @Override
        public dev.vigil.server.domain.model.audit.ChainVerdict verify(String tenant) {
            String previous = dev.vigil.server.domain.model.audit.AuditChain.GENESIS;
            long seq = 0;
            for (AuditEntry e : rows.stream().filter(r -> r.tenantId().equals(tenant)).toList()) {
                seq++;
                if (!dev.vigil.server.domain.model.audit.AuditChain.seal(null, seq, previous, e).equals(e.entryHash())) {
                    return dev.vigil.server.domain.model.audit.ChainVerdict.broken(tenant, seq - 1, seq, e.id(), "altered");
                }
                previous = e.entryHash();
            }
            return dev.vigil.server.domain.model.audit.ChainVerdict.intact(tenant, seq);
        }
    }

    /** The outbox in a list; claims take every due notification. */
    public static class Outbox implements dev.vigil.server.domain.model.notification.Outbox {
        public final List<dev.vigil.server.domain.model.notification.Notification> rows = new ArrayList<>();

        @Override
        public void add(dev.vigil.server.domain.model.notification.Notification notification) {
            rows.add(notification);
        }

        @Override
        public List<dev.vigil.server.domain.model.notification.Notification> claimDue(java.time.Instant now,
                java.time.Duration lease, int max) {
            List<dev.vigil.server.domain.model.notification.Notification> due = rows.stream()
                    .filter(n -> n.status() == dev.vigil.server.domain.model.notification.NotificationStatus.PENDING
                            && n.nextAttemptAt().map(t -> !t.isAfter(now)).orElse(false))
                    .limit(max).toList();
            due.forEach(n -> n.claim(now, lease));
            return due;
        }

        @Override
        public java.util.Optional<dev.vigil.server.domain.model.notification.Notification> find(String id) {
            return rows.stream().filter(n -> n.id().equals(id)).findFirst();
        }

        @Override
        public List<dev.vigil.server.domain.model.notification.Notification> list(String tenant,
                dev.vigil.server.domain.model.notification.NotificationStatus status, int max) {
            return rows.stream().filter(n -> n.tenantId().equals(tenant) && (status == null || n.status() == status))
                    .limit(max).toList();
        }

        @Override
        public java.util.Map<dev.vigil.server.domain.model.notification.NotificationStatus, Long> countByStatus(String tenant) {
            return rows.stream().filter(n -> n.tenantId().equals(tenant)).collect(java.util.stream.Collectors.groupingBy(
                    dev.vigil.server.domain.model.notification.Notification::status, java.util.stream.Collectors.counting()));
        }

        @Override
        public java.util.Map<dev.vigil.server.domain.model.notification.NotificationStatus, Long> countAllByStatus() {
            return rows.stream().collect(java.util.stream.Collectors.groupingBy(
                    dev.vigil.server.domain.model.notification.Notification::status, java.util.stream.Collectors.counting()));
        }

        @Override
        public Optional<Instant> oldestWaiting() {
            return rows.stream().filter(n -> n.status() == dev.vigil.server.domain.model.notification.NotificationStatus.PENDING
                    || n.status() == dev.vigil.server.domain.model.notification.NotificationStatus.SENDING)
                    .map(dev.vigil.server.domain.model.notification.Notification::createdAt).min(Instant::compareTo);
        }
    }
}
