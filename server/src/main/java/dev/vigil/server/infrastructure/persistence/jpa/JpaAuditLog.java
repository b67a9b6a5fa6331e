package dev.vigil.server.infrastructure.persistence.jpa;

import dev.vigil.server.domain.model.audit.AuditEntry;
import dev.vigil.server.domain.model.audit.AuditLog;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;

/** The audit trail in the relational store, written in the same transaction as what it records. */
@ApplicationScoped
public class JpaAuditLog implements AuditLog {

    @PersistenceContext(unitName = "vigil")
    EntityManager em;

    protected JpaAuditLog() {
        // for CDI
    }

    public JpaAuditLog(EntityManager em) {
        this.em = em;
    }

    @Override
    public void append(AuditEntry entry) {
        em.persist(entry);
    }

    @Override
    public List<AuditEntry> about(String targetType, String targetId) {
        return em.createQuery("SELECT a FROM AuditEntry a WHERE a.targetType = :t AND a.targetId = :id"
                        + " ORDER BY a.atUtc", AuditEntry.class)
                .setParameter("t", targetType)
                .setParameter("id", targetId)
                .getResultList();
    }
}
