package dev.vigil.server.infrastructure.persistence.jpa;

import dev.vigil.server.application.shared.ObservationArchive;
import dev.vigil.server.domain.model.pattern.ObservationFact;
import dev.vigil.server.domain.model.tenant.PropertyId;
import dev.vigil.server.domain.model.tenant.TenantId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;

/** Stored observations of a period as facts, for simulating a rule pack. */
@ApplicationScoped
public class JpaObservationArchive implements ObservationArchive {

    @PersistenceContext(unitName = "vigil")
    EntityManager em;

    @Override
    @SuppressWarnings("unchecked")
    public List<ObservationFact> facts(TenantId tenant, PropertyId property, Instant from, Instant to, int max) {
        List<Object[]> rows = em.createNativeQuery("SELECT o.id, o.observed_at, o.reporter_id, o.reporter_role, o.room, o.area"
                        + " FROM observation o WHERE o.tenant_id = ? AND o.property_id = ? AND o.observed_at BETWEEN ? AND ?"
                        + " ORDER BY o.observed_at, o.id")
                .setParameter(1, tenant.value()).setParameter(2, property.value())
                .setParameter(3, JpaObservationHistory.ts(from)).setParameter(4, JpaObservationHistory.ts(to))
                .setMaxResults(max + 1)
                .getResultList();
        return JpaObservationHistory.facts(em, rows);
    }

    @Override
    @SuppressWarnings("unchecked")
    public java.util.Set<String> flaggedNotes(TenantId tenant, PropertyId property, Instant from, Instant to) {
        List<String> ids = em.createNativeQuery("SELECT o.id FROM observation o WHERE o.tenant_id = ? AND o.property_id = ?"
                        + " AND o.observed_at BETWEEN ? AND ? AND o.note_flagged = TRUE")
                .setParameter(1, tenant.value()).setParameter(2, property.value())
                .setParameter(3, JpaObservationHistory.ts(from)).setParameter(4, JpaObservationHistory.ts(to))
                .getResultList();
        return new java.util.HashSet<>(ids);
    }
}
