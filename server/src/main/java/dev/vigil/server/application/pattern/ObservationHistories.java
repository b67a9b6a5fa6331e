package dev.vigil.server.application.pattern;

import dev.vigil.server.domain.model.pattern.ObservationHistory;
import dev.vigil.server.domain.model.tenant.TenantId;

/** Outbound port that opens the engine's view of one tenant's stored observations, in the current transaction. */
public interface ObservationHistories {
    ObservationHistory forTenant(TenantId tenant);
}
