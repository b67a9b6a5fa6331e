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

/** Due actions, read with a row lock: a second server waits, then finds them no longer due. */
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
    public List<CaseAction> dueForEscalation(Instant now, int max) {
        List<String> ids = em.createQuery("SELECT a.id FROM CaseAction a WHERE a.state <> 'ACKNOWLEDGED'"
                        + " AND a.nextEscalationAt IS NOT NULL AND a.nextEscalationAt <= :now ORDER BY a.nextEscalationAt", String.class)
                .setParameter("now", LocalDateTime.ofInstant(now, ZoneOffset.UTC))
                .setMaxResults(max)
                .getResultList();
        // whether it is still due is the action's own decision (escalateIfDue), taken under the lock
        return RowLocks.lockEach(em, CaseAction.class, ids, action -> true);
    }
}
