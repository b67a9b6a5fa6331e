package dev.vigil.server.infrastructure.connector;

import dev.vigil.server.application.connector.PmsLinks;
import dev.vigil.server.domain.model.observation.Observation;
import dev.vigil.server.domain.model.tenant.PropertyId;
import dev.vigil.server.domain.model.tenant.TenantId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Observations' PMS links in {@code observation_pms_link}. Due entries are claimed by moving their next
 * attempt to the end of a lease with a compare-and-set, so two servers never retry the same one at once.
 */
@ApplicationScoped
public class JpaPmsLinks implements PmsLinks {

    private static final String COLUMNS = "observation_id, tenant_id, property_id, room, filed_ref, observed_at, state,"
            + " reservation_ref, attempts";

    @PersistenceContext(unitName = "vigil")
    EntityManager em;

    protected JpaPmsLinks() {
        // for CDI
    }

    /** For plain Java tests with a resource-local entity manager. */
    public JpaPmsLinks(EntityManager em) {
        this.em = em;
    }

    @Override
    public void record(Observation o, State state, String reservationRef, Instant now, Instant nextAttempt, String error) {
        em.createNativeQuery("INSERT INTO observation_pms_link (observation_id, tenant_id, property_id, room, filed_ref,"
                        + " observed_at, state, reservation_ref, attempts, next_attempt_at, last_error, created_at, linked_at)"
                        // typed casts: a null bound by a native query is a string to PostgreSQL
                        + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, 0, CAST(? AS TIMESTAMP), ?, ?, CAST(? AS TIMESTAMP))")
                .setParameter(1, o.id().value()).setParameter(2, o.tenant().value()).setParameter(3, o.property().value())
                .setParameter(4, o.location().room().orElse(null)).setParameter(5, o.reservationRef().orElse(null))
                .setParameter(6, SqlTimes.ts(o.observedAt().toInstant())).setParameter(7, state.name())
                .setParameter(8, reservationRef).setParameter(9, SqlTimes.ts(nextAttempt)).setParameter(10, error)
                .setParameter(11, SqlTimes.ts(now)).setParameter(12, state == State.LINKED ? SqlTimes.ts(now) : null)
                .executeUpdate();
    }

    @Override
    @Transactional
    public void linked(String observationId, String reservationRef, Instant at) {
        em.createNativeQuery("UPDATE observation_pms_link SET state = 'LINKED', reservation_ref = ?, linked_at = ?,"
                        + " next_attempt_at = NULL, last_error = NULL WHERE observation_id = ?")
                .setParameter(1, reservationRef).setParameter(2, SqlTimes.ts(at)).setParameter(3, observationId)
                .executeUpdate();
    }

    @Override
    @Transactional
    public void notFound(String observationId, Instant at) {
        em.createNativeQuery("UPDATE observation_pms_link SET state = 'NOT_FOUND', next_attempt_at = NULL"
                + " WHERE observation_id = ? AND state = 'PENDING'").setParameter(1, observationId).executeUpdate();
    }

    @Override
    @Transactional
    public void retryLater(String observationId, int attempts, Instant next, String error) {
        em.createNativeQuery("UPDATE observation_pms_link SET attempts = ?, next_attempt_at = ?, last_error = ?"
                        + " WHERE observation_id = ? AND state = 'PENDING'")
                .setParameter(1, attempts).setParameter(2, SqlTimes.ts(next))
                .setParameter(3, error == null ? null : error.length() > 300 ? error.substring(0, 300) : error)
                .setParameter(4, observationId).executeUpdate();
    }

    @Override
    public Optional<Link> find(String observationId) {
        return rows("SELECT " + COLUMNS + " FROM observation_pms_link WHERE observation_id = ?", observationId)
                .stream().findFirst();
    }

    @Override
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public List<Link> claimDue(Instant now, Instant leaseUntil, int limit) {
        List<?> due = em.createNativeQuery("SELECT observation_id, next_attempt_at FROM observation_pms_link"
                        + " WHERE state = 'PENDING' AND next_attempt_at <= ? ORDER BY next_attempt_at")
                .setParameter(1, SqlTimes.ts(now)).setMaxResults(limit).getResultList();
        List<Link> claimed = new ArrayList<>();
        for (Object row : due) {
            Object[] r = (Object[]) row;
            int taken = em.createNativeQuery("UPDATE observation_pms_link SET next_attempt_at = ? WHERE observation_id = ?"
                            + " AND state = 'PENDING' AND next_attempt_at = ?")
                    .setParameter(1, SqlTimes.ts(leaseUntil)).setParameter(2, r[0]).setParameter(3, r[1]).executeUpdate();
            if (taken == 1) {
                find((String) r[0]).ifPresent(claimed::add);
            }
        }
        return claimed;
    }

    @Override
    public List<Link> ofReservation(PropertyId property, String reservationRef, String confirmationNumber) {
        return rows("SELECT " + COLUMNS + " FROM observation_pms_link WHERE property_id = ? AND (reservation_ref = ?"
                + " OR state <> 'LINKED' AND (filed_ref = ? OR filed_ref = ?))", property.value(), reservationRef,
                reservationRef, confirmationNumber == null ? reservationRef : confirmationNumber);
    }

    private List<Link> rows(String sql, Object... params) {
        var query = em.createNativeQuery(sql);
        for (int i = 0; i < params.length; i++) {
            query.setParameter(i + 1, params[i]);
        }
        List<Link> links = new ArrayList<>();
        for (Object row : query.getResultList()) {
            Object[] r = (Object[]) row;
            links.add(new Link((String) r[0], new TenantId((String) r[1]), new PropertyId((String) r[2]), (String) r[3],
                    (String) r[4], SqlTimes.instant(r[5]), State.valueOf((String) r[6]), (String) r[7], SqlTimes.integer(r[8])));
        }
        return links;
    }
}
