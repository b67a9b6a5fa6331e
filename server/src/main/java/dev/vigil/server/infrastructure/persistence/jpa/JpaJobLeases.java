package dev.vigil.server.infrastructure.persistence.jpa;

import dev.vigil.server.application.shared.JobLeases;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.lang.management.ManagementFactory;
import java.time.Instant;
import java.util.UUID;

/**
 * Leases in the {@code job_lease} table. A lease is a conditional update: a second server's update waits on the
 * first one's row lock, then finds the lease held and changes nothing. Rows for new job names are inserted under
 * the {@code startup} row's lock, so two servers never insert the same name.
 */
@ApplicationScoped
public class JpaJobLeases implements JobLeases {

    private static final String HOLDER = ManagementFactory.getRuntimeMXBean().getName() + "/"
            + UUID.randomUUID().toString().substring(0, 8);

    @PersistenceContext(unitName = "vigil")
    EntityManager em;

    protected JpaJobLeases() {
        // for CDI
    }

    public JpaJobLeases(EntityManager em) {
        this.em = em;
    }

    @Override
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public boolean tryTake(String job, Instant now, Instant until) {
        int taken = take(job, now, until);
        if (taken == 0 && !exists(job)) {
            exclusive("startup");
            if (!exists(job)) {
                em.createNativeQuery("INSERT INTO job_lease (name) VALUES (?)").setParameter(1, job).executeUpdate();
            }
            taken = take(job, now, until);
        }
        return taken == 1;
    }

    private int take(String job, Instant now, Instant until) {
        return em.createNativeQuery("UPDATE job_lease SET held_by = ?, held_until = ? WHERE name = ?"
                        + " AND (held_until IS NULL OR held_until <= ?)")
                .setParameter(1, HOLDER)
                .setParameter(2, JpaObservationHistory.ts(until))
                .setParameter(3, job)
                .setParameter(4, JpaObservationHistory.ts(now))
                .executeUpdate();
    }

    private boolean exists(String job) {
        return !em.createNativeQuery("SELECT name FROM job_lease WHERE name = ?").setParameter(1, job).getResultList().isEmpty();
    }

    @Override
    @Transactional(Transactional.TxType.MANDATORY)
    public void exclusive(String job) {
        if (em.createNativeQuery("SELECT name FROM job_lease WHERE name = ? FOR UPDATE").setParameter(1, job)
                .getResultList().isEmpty()) {
            throw new IllegalStateException("no job_lease row '" + job + "'");
        }
    }

    @Override
    public String holder() {
        return HOLDER;
    }
}
