package dev.vigil.server.application.retention;

import dev.vigil.server.domain.model.tenant.PropertyId;
import dev.vigil.server.domain.model.tenant.TenantId;
import java.time.Instant;

/**
 * Outbound port that deletes one batch of what retention lets go, with everything that hangs off it.
 * Each method returns how many it deleted; zero means nothing is left to delete.
 */
public interface RetentionStore {

    /** Cases closed or dismissed before {@code before}, with the cases merged into them, their history and notifications. */
    int purgeClosedCases(TenantId tenant, PropertyId property, Instant before, int max);

    /** Observations made before {@code before} that belong to no case, with their codes, subjects and keys. */
    int purgeObservationsOutsideCases(TenantId tenant, PropertyId property, Instant before, int max);

    /**
     * Idempotency records written before {@code before}, of one tenant (or of all when null). A record
     * goes with its observation anyway; this takes the ones older than any retry could still be filed.
     */
    int purgeIdempotency(TenantId tenant, Instant before, int max);

    /** Stay context last seen before {@code before} that no observation refers to any more. */
    int purgeStays(PropertyId property, Instant before, int max);
}
