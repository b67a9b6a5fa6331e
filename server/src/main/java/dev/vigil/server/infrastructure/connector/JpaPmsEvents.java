package dev.vigil.server.infrastructure.connector;

import dev.vigil.plugin.connector.PmsEvent;
import dev.vigil.server.application.connector.PmsEvents;
import dev.vigil.server.domain.model.tenant.PropertyId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** The queue of PMS events in {@code pms_event}: ids and types only, deleted once handled. */
@ApplicationScoped
public class JpaPmsEvents implements PmsEvents {

    @PersistenceContext(unitName = "vigil")
    EntityManager em;

    protected JpaPmsEvents() {
        // for CDI
    }

    /** For plain Java tests with a resource-local entity manager. */
    public JpaPmsEvents(EntityManager em) {
        this.em = em;
    }

    @Override
    @Transactional
    public int enqueue(PropertyId property, List<PmsEvent> events, Instant now) {
        int queued = 0;
        for (PmsEvent e : events) {
            String key = cut(e.id(), 200);
            Number waiting = (Number) em.createNativeQuery("SELECT COUNT(*) FROM pms_event WHERE property_id = ? AND event_key = ?")
                    .setParameter(1, property.value()).setParameter(2, key).getSingleResult();
            if (waiting.intValue() > 0) {
                continue; // the same event waits already: handling it once fetches the current state anyway
            }
            em.createNativeQuery("INSERT INTO pms_event (id, property_id, event_key, event_type, entity_id, occurred_at,"
                            + " received_at, attempts, next_attempt_at) VALUES (?, ?, ?, ?, ?, ?, ?, 0, ?)")
                    .setParameter(1, UUID.randomUUID().toString()).setParameter(2, property.value()).setParameter(3, key)
                    .setParameter(4, cut(e.type(), 100)).setParameter(5, cut(e.entityId(), 100))
                    .setParameter(6, SqlTimes.ts(e.occurredAt())).setParameter(7, SqlTimes.ts(now))
                    .setParameter(8, SqlTimes.ts(now)).executeUpdate();
            queued++;
        }
        return queued;
    }

    @Override
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public List<Queued> claimDue(Instant now, Instant leaseUntil, int limit) {
        List<?> due = em.createNativeQuery("SELECT id, property_id, event_key, event_type, entity_id, occurred_at, attempts,"
                        + " next_attempt_at FROM pms_event WHERE next_attempt_at <= ? ORDER BY occurred_at")
                .setParameter(1, SqlTimes.ts(now)).setMaxResults(limit).getResultList();
        List<Queued> claimed = new ArrayList<>();
        for (Object row : due) {
            Object[] r = (Object[]) row;
            int taken = em.createNativeQuery("UPDATE pms_event SET next_attempt_at = ? WHERE id = ? AND next_attempt_at = ?")
                    .setParameter(1, SqlTimes.ts(leaseUntil)).setParameter(2, r[0]).setParameter(3, r[7]).executeUpdate();
            if (taken == 1) {
                claimed.add(new Queued((String) r[0], new PropertyId((String) r[1]), new PmsEvent((String) r[2],
                        (String) r[3], (String) r[4], SqlTimes.instant(r[5])), SqlTimes.integer(r[6])));
            }
        }
        return claimed;
    }

    @Override
    @Transactional
    public void done(String id) {
        em.createNativeQuery("DELETE FROM pms_event WHERE id = ?").setParameter(1, id).executeUpdate();
    }

    @Override
    @Transactional
    public void retryLater(String id, int attempts, Instant next, String error) {
        em.createNativeQuery("UPDATE pms_event SET attempts = ?, next_attempt_at = ?, last_error = ? WHERE id = ?")
                .setParameter(1, attempts).setParameter(2, SqlTimes.ts(next)).setParameter(3, cut(error, 300))
                .setParameter(4, id).executeUpdate();
    }

    private static String cut(String s, int max) {
        return s == null || s.length() <= max ? s : s.substring(0, max);
    }
}
