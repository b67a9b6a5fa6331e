package dev.vigil.server.infrastructure.persistence.jpa;

import dev.vigil.server.domain.model.notification.Notification;
import dev.vigil.server.domain.model.notification.NotificationStatus;
import dev.vigil.server.domain.model.notification.Outbox;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The outbox in the notification table. Claims lock each row, then look again: a second server
 * that waited on the lock finds the row claimed and leaves it.
 */
@ApplicationScoped
public class JpaOutbox implements Outbox {

    @PersistenceContext(unitName = "vigil")
    EntityManager em;

    protected JpaOutbox() {
        // for CDI
    }

    public JpaOutbox(EntityManager em) {
        this.em = em;
    }

    @Override
    public void add(Notification notification) {
        em.persist(notification);
    }

    /**
     * The most urgent due rows first, locked with SKIP LOCKED (H2 and PostgreSQL both have it): a second
     * server takes the next rows instead of waiting for these, and each row is read again under its lock.
     */
    @Override
    @SuppressWarnings("unchecked")
    public List<Notification> claimDue(Instant now, Duration lease, int max) {
        LocalDateTime at = LocalDateTime.ofInstant(now, ZoneOffset.UTC);
        List<String> ids = em.createNativeQuery("SELECT id FROM notification WHERE (status = 'PENDING' AND next_attempt_at <= ?1)"
                        + " OR (status = 'SENDING' AND lease_until <= ?1) ORDER BY urgency DESC, created_at, id"
                        + RowLocks.skipLocked(max))
                .setParameter(1, at)
                .getResultList();
        List<Notification> claimed = RowLocks.lockEach(em, Notification.class, ids, n -> isDue(n, now));
        claimed.forEach(n -> n.claim(now, lease));
        return claimed;
    }

    private static boolean isDue(Notification n, Instant now) {
        return switch (n.status()) {
            case PENDING -> n.nextAttemptAt().map(t -> !t.isAfter(now)).orElse(false);
            case SENDING -> n.leaseUntil().map(t -> !t.isAfter(now)).orElse(true);
            default -> false;
        };
    }

    @Override
    public Optional<Notification> find(String id) {
        return Optional.ofNullable(em.find(Notification.class, id));
    }

    @Override
    public List<Notification> list(String tenant, NotificationStatus status, int max) {
        TypedQuery<Notification> q = em.createQuery("SELECT n FROM Notification n WHERE n.tenantId = :tenant"
                + (status == null ? "" : " AND n.status = :status") + " ORDER BY n.createdAt DESC, n.id", Notification.class)
                .setParameter("tenant", tenant)
                .setMaxResults(max);
        if (status != null) {
            q.setParameter("status", status.name());
        }
        return q.getResultList();
    }

    @Override
    public Map<NotificationStatus, Long> countAllByStatus() {
        Map<NotificationStatus, Long> counts = new EnumMap<>(NotificationStatus.class);
        for (NotificationStatus s : NotificationStatus.values()) {
            counts.put(s, 0L);
        }
        em.createQuery("SELECT n.status, COUNT(n) FROM Notification n GROUP BY n.status", Object[].class).getResultList()
                .forEach(row -> counts.put(NotificationStatus.valueOf((String) row[0]), ((Number) row[1]).longValue()));
        return counts;
    }

    @Override
    public Optional<Instant> oldestWaiting() {
        List<LocalDateTime> oldest = em.createQuery("SELECT MIN(n.createdAt) FROM Notification n WHERE n.status IN"
                + " ('PENDING', 'SENDING')", LocalDateTime.class).getResultList();
        return oldest.isEmpty() || oldest.get(0) == null ? Optional.empty()
                : Optional.of(oldest.get(0).toInstant(ZoneOffset.UTC));
    }

    @Override
    public Map<NotificationStatus, Long> countByStatus(String tenant) {
        Map<NotificationStatus, Long> counts = new EnumMap<>(NotificationStatus.class);
        for (NotificationStatus s : NotificationStatus.values()) {
            counts.put(s, 0L);
        }
        em.createQuery("SELECT n.status, COUNT(n) FROM Notification n WHERE n.tenantId = :tenant GROUP BY n.status", Object[].class)
                .setParameter("tenant", tenant)
                .getResultList()
                .forEach(row -> counts.put(NotificationStatus.valueOf((String) row[0]), ((Number) row[1]).longValue()));
        return counts;
    }
}
