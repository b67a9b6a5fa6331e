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
import java.util.Set;

/** Stored observations of a period as facts, for simulating a rule pack and for the reporter audit. */
@ApplicationScoped
public class JpaObservationArchive implements ObservationArchive {

    @PersistenceContext(unitName = "vigil")
    EntityManager em;

    protected JpaObservationArchive() {
        // for CDI
    }

    /** For plain Java tests with a resource-local entity manager. */
    public JpaObservationArchive(EntityManager em) {
        this.em = em;
    }

    @Override
    @SuppressWarnings("unchecked")
    public List<ObservationFact> facts(TenantId tenant, PropertyId property, Instant from, Instant to, int max) {
        // every key row of an observation carries its codes and keys (FactText); any one of them will do
        List<Object[]> rows = em.createNativeQuery("SELECT o.id, o.observed_at, o.reporter_id, o.reporter_role, o.room, o.area,"
                        + " (SELECT MIN(k.codes) FROM observation_key k WHERE k.observation_id = o.id),"
                        + " (SELECT MIN(k.subject_keys) FROM observation_key k WHERE k.observation_id = o.id)"
                        + " FROM observation o WHERE o.tenant_id = ? AND o.property_id = ? AND o.observed_at BETWEEN ? AND ?"
                        + " ORDER BY o.observed_at, o.id")
                .setParameter(1, tenant.value()).setParameter(2, property.value())
                .setParameter(3, JpaObservationHistory.ts(from)).setParameter(4, JpaObservationHistory.ts(to))
                .setMaxResults(max + 1)
                .getResultList();
        return rows.stream().map(JpaObservationHistory::fact).toList();
    }

    @Override
    @SuppressWarnings("unchecked")
    public Set<String> flaggedNotes(TenantId tenant, PropertyId property, Instant from, Instant to) {
        List<String> ids = em.createNativeQuery("SELECT o.id FROM observation o WHERE o.tenant_id = ? AND o.property_id = ?"
                        + " AND o.observed_at BETWEEN ? AND ? AND o.note_flagged = TRUE")
                .setParameter(1, tenant.value()).setParameter(2, property.value())
                .setParameter(3, JpaObservationHistory.ts(from)).setParameter(4, JpaObservationHistory.ts(to))
                .getResultList();
        return new java.util.HashSet<>(ids);
    }
}
