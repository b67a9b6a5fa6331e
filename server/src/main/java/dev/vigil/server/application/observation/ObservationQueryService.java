package dev.vigil.server.application.observation;

import dev.vigil.server.application.shared.Caller;

/** Use case: read one observation (security and managers of its property; the reporter for their own). */
public interface ObservationQueryService {
    ObservationView read(Caller caller, String observationId);
}
