package dev.vigil.server.application.connector;

import dev.vigil.server.domain.model.observation.Observation;
import dev.vigil.server.domain.model.tenant.PropertyId;
import dev.vigil.server.domain.model.tenant.TenantId;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Outbound port: whether each observation's stay was resolved through the PMS, and the queue of those to retry. */
public interface PmsLinks {

    /** Link states. */
    enum State { LINKED, PENDING, NOT_FOUND }

    /**
     * One observation's link.
     *
     * @param observationId the observation
     * @param tenant its tenant
     * @param property its property
     * @param room the room it was filed about, or null
     * @param filedRef the reservation reference it was filed with, or null
     * @param observedAt when it was observed
     * @param state the state
     * @param reservationRef the PMS reservation it is linked to, or null
     * @param attempts lookups tried
     */
    record Link(String observationId, TenantId tenant, PropertyId property, String room, String filedRef, Instant observedAt,
                State state, String reservationRef, int attempts) {
    }

    /** Records the state of a just-filed observation, in the filing's transaction. */
    void record(Observation observation, State state, String reservationRef, Instant now, Instant nextAttempt, String error);

    void linked(String observationId, String reservationRef, Instant at);

    void notFound(String observationId, Instant at);

    void retryLater(String observationId, int attempts, Instant next, String error);

    Optional<Link> find(String observationId);

    /** Takes up to {@code limit} due pending links, leasing each until {@code leaseUntil} so no other server takes it. */
    List<Link> claimDue(Instant now, Instant leaseUntil, int limit);

    /** The observations whose stay is, or may be, the given reservation: linked to it, or filed with that reference. */
    List<Link> ofReservation(PropertyId property, String reservationRef, String confirmationNumber);
}
