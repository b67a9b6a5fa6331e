package dev.vigil.server.application.shared;

import dev.vigil.server.domain.model.pattern.ObservationFact;
import dev.vigil.server.domain.model.tenant.PropertyId;
import dev.vigil.server.domain.model.tenant.TenantId;
import java.time.Instant;
import java.util.List;

/** Outbound port that reads stored observations of a period as facts, oldest first, for simulation. */
public interface ObservationArchive {

    /** At most {@code max + 1} facts, so the caller can tell when a period holds too many. */
    List<ObservationFact> facts(TenantId tenant, PropertyId property, Instant from, Instant to, int max);

    /** Ids of the observations of the period whose note was flagged for describing a person. */
    java.util.Set<String> flaggedNotes(TenantId tenant, PropertyId property, Instant from, Instant to);
}
