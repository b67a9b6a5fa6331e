package dev.vigil.server.infrastructure.persistence.jpa;

import dev.vigil.server.application.pattern.ObservationHistories;
import dev.vigil.server.domain.model.pattern.ObservationHistory;
import dev.vigil.server.domain.model.tenant.PropertyId;
import dev.vigil.server.domain.model.tenant.TenantId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/** Opens the engine's view of stored observations in the caller's transaction. */
@ApplicationScoped
public class JpaObservationHistories implements ObservationHistories {

    @PersistenceContext(unitName = "vigil")
    EntityManager em;

    @Override
    public ObservationHistory forFilingAt(TenantId tenant, PropertyId property) {
        return new JpaObservationHistory(em, tenant, property);
    }
}
