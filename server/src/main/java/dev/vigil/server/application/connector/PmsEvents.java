package dev.vigil.server.application.connector;

import dev.vigil.plugin.connector.PmsEvent;
import dev.vigil.server.domain.model.tenant.PropertyId;
import java.time.Instant;
import java.util.List;

/** Outbound port: PMS events received or polled, kept until handled (ids only, never a body). */
public interface PmsEvents {

    /**
     * One queued event.
     *
     * @param id the queue entry's id
     * @param property the property
     * @param event the event
     * @param attempts handling attempts so far
     */
    record Queued(String id, PropertyId property, PmsEvent event, int attempts) {
    }

    /** Queues events; one that waits already under the same key is not queued twice. How many were queued. */
    int enqueue(PropertyId property, List<PmsEvent> events, Instant now);

    /** Takes up to {@code limit} due events, leasing each until {@code leaseUntil}. */
    List<Queued> claimDue(Instant now, Instant leaseUntil, int limit);

    void done(String id);

    void retryLater(String id, int attempts, Instant next, String error);
}
