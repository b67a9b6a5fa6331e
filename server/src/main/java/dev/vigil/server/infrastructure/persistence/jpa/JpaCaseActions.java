package dev.vigil.server.infrastructure.persistence.jpa;

import dev.vigil.server.domain.model.casefile.CaseAction;
import dev.vigil.server.domain.model.casefile.CaseActions;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

/** Due actions: found without locks, then each locked and read again in its own transaction. */
@ApplicationScoped
public class JpaCaseActions implements CaseActions {

    @PersistenceContext(unitName = "vigil")
    EntityManager em;

    protected JpaCaseActions() {
        // for CDI
    }

    public JpaCaseActions(EntityManager em) {
        this.em = em;
    }

    @Override
    public List<String> dueIds(Instant now, int max) {
        return em.createQuery("SELECT a.id FROM CaseAction a WHERE a.state IN ('OPEN', 'OVERDUE')"
                        + " AND a.nextEscalationAt IS NOT NULL AND a.nextEscalationAt <= :now ORDER BY a.nextEscalationAt", String.class)
                .setParameter("now", LocalDateTime.ofInstant(now, ZoneOffset.UTC))
                .setMaxResults(max)
                .getResultList();
    }

    @Override
    public long countOverdue(Instant now) {
        return em.createQuery("SELECT COUNT(a) FROM CaseAction a WHERE a.state IN ('OPEN', 'OVERDUE') AND a.deadlineAt <= :now"
                        + " AND a.optional = FALSE", Long.class)
                .setParameter("now", LocalDateTime.ofInstant(now, ZoneOffset.UTC)).getSingleResult();
    }

    @Override
    public Optional<CaseAction> lockIfDue(String id, Instant now) {
        // whether it is still due is the action's own decision (escalateIfDue), taken under the lock
        return RowLocks.lockEach(em, CaseAction.class, List.of(id), CaseAction::pending).stream().findFirst();
    }
}
