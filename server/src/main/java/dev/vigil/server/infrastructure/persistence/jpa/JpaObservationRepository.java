package dev.vigil.server.infrastructure.persistence.jpa;

import dev.vigil.server.domain.model.observation.Observation;
import dev.vigil.server.domain.model.observation.ObservationId;
import dev.vigil.server.domain.model.observation.ObservationRepository;
import dev.vigil.server.domain.model.tenant.TenantId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;

/** Observations in the relational store. */
@ApplicationScoped
public class JpaObservationRepository implements ObservationRepository {

    @PersistenceContext(unitName = "vigil")
    EntityManager em;

    protected JpaObservationRepository() {
        // for CDI
    }

    /** For plain Java tests with a resource-local entity manager. */
    public JpaObservationRepository(EntityManager em) {
        this.em = em;
    }

    @Override
    public void store(Observation observation) {
        em.persist(observation);
    }

    @Override
    public Optional<Observation> find(TenantId tenant, ObservationId id) {
        return Optional.ofNullable(em.find(Observation.class, id.value()))
                .filter(o -> o.tenant().equals(tenant));
    }
}
