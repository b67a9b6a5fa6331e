package dev.vigil.server.domain.model.observation;

import dev.vigil.server.domain.model.tenant.TenantId;
import java.util.Optional;

/** Repository of filed observations. */
public interface ObservationRepository {

    void store(Observation observation);

    /**
     * Stores keys linked to an already stored observation ({@link Observation#linkStay}). A store that
     * derives keys from the observation each time it reads needs nothing more.
     */
    default void keysLinked(Observation observation, java.util.Set<dev.vigil.server.domain.model.pattern.SubjectKey> added) {
    }

    /** Finds an observation of the given tenant; another tenant's observation is never found. */
    Optional<Observation> find(TenantId tenant, ObservationId id);
}
