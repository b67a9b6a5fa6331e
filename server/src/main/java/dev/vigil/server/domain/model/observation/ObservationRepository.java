package dev.vigil.server.domain.model.observation;

import dev.vigil.server.domain.model.tenant.TenantId;
import java.util.Optional;

/** Repository of filed observations. */
public interface ObservationRepository {

    void store(Observation observation);

    /** Finds an observation of the given tenant; another tenant's observation is never found. */
    Optional<Observation> find(TenantId tenant, ObservationId id);
}
