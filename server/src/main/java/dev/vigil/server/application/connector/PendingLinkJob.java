package dev.vigil.server.application.connector;

import dev.vigil.server.domain.model.tenant.Property;
import dev.vigil.server.domain.model.tenant.PropertyDirectory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The retry job: observations stored while their PMS was slow or down are looked up again, with a
 * doubling wait, and linked once the PMS answers. The queue is in the database, so a restart loses
 * nothing, and each entry is leased to one server at a time.
 */
@ApplicationScoped
public class PendingLinkJob {

    private static final Logger LOG = Logger.getLogger(PendingLinkJob.class.getName());
    static final int BATCH = 50;
    private static final Duration LEASE = Duration.ofMinutes(5);
    private static final Duration ANSWER_WAIT = Duration.ofSeconds(30);

    @Inject PmsLinks links;
    @Inject PropertyDirectory properties;
    @Inject StayLookup lookup;
    @Inject StayLinker linker;
    @Inject ConnectorPolicy policy;
    @Inject Clock clock;

    /** Tries the due lookups once each; how many were due. */
    public int runDue() {
        Instant now = clock.instant();
        List<PmsLinks.Link> due = links.claimDue(now, now.plus(LEASE), BATCH);
        for (PmsLinks.Link link : due) {
            try {
                retry(link);
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "linking observation {0} to its PMS stay failed ({1}); it is tried again later",
                        new Object[] {link.observationId(), e.getClass().getSimpleName()});
                links.retryLater(link.observationId(), link.attempts() + 1,
                        clock.instant().plus(policy.retryDelay(link.attempts() + 1)), e.getClass().getSimpleName());
            }
        }
        return due.size();
    }

    private void retry(PmsLinks.Link link) {
        Optional<Property> property = properties.find(link.property());
        Resolution r = property.map(p -> lookup.resolve(p, link.room(), link.filedRef(), link.observedAt(), ANSWER_WAIT))
                .orElse(Resolution.NONE);
        Instant now = clock.instant();
        switch (r.state()) {
            case RESOLVED -> linker.link(link.observationId(), link.tenant(), r.stay().orElseThrow());
            case NOT_FOUND, NO_CONNECTOR -> links.notFound(link.observationId(), now);
            case PENDING -> {
                if (link.observedAt().plus(policy.retryFor()).isBefore(now)) {
                    LOG.log(Level.INFO, "giving up linking observation {0}: its PMS did not answer for {1}",
                            new Object[] {link.observationId(), policy.retryFor()});
                    links.notFound(link.observationId(), now);
                } else {
                    links.retryLater(link.observationId(), link.attempts() + 1,
                            now.plus(policy.retryDelay(link.attempts() + 1)), r.error());
                }
            }
        }
    }
}
