package dev.vigil.server.application.connector;

import dev.vigil.plugin.stay.StayContext;
import dev.vigil.server.application.privacy.Pseudonymizer;
import dev.vigil.server.domain.model.observation.Observation;
import dev.vigil.server.domain.model.pattern.SubjectKey;
import dev.vigil.server.domain.model.tenant.Property;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;

/**
 * The filing's two calls into the connectors: before the observation is built, ask the property's PMS
 * about its stay (waiting at most {@code vigil.connector.filing-wait}); after it is stored, remember
 * whether it was linked, or queue it for the retry job. A property without a connector changes nothing.
 */
@ApplicationScoped
public class FilingStayLinks {

    @Inject StayLookup lookup;
    @Inject ConnectorPolicy policy;
    @Inject PmsLinks links;
    @Inject Pseudonymizer pseudonymizer;

    /** What the PMS said about a filing's stay, and the keys it links. */
    public record StayLink(Resolution resolution, Set<SubjectKey> keys) {

        static final StayLink NONE = new StayLink(Resolution.NONE, Set.of());

        /** The room the stay is filed under: the reporter's, else the one the PMS assigned. */
        public String room(String filed) {
            return filed != null && !filed.isBlank() ? filed
                    : resolution.stay().flatMap(StayContext::assignedRoom).orElse(filed);
        }

        /** The reservation the stay is filed under: the PMS's own id when it answered, else what was filed. */
        public String reservationRef(String filed) {
            return resolution.stay().map(StayContext::reservationRef).orElse(filed);
        }
    }

    /** Filing links for tools and tests that run without any connector. */
    public static FilingStayLinks withoutConnectors() {
        return new FilingStayLinks();
    }

    /** Asks the PMS, within the filing's budget. */
    public StayLink lookup(Property property, String room, String reservationRef, Instant observedAt) {
        if (lookup == null) {
            return StayLink.NONE;
        }
        Resolution resolution = lookup.resolve(property, room, reservationRef, observedAt, policy.filingWait());
        if (resolution.state() == Resolution.State.NO_CONNECTOR) {
            return StayLink.NONE;
        }
        Set<SubjectKey> keys = resolution.stay()
                .map(stay -> StayKeys.of(stay, pseudonymizer.tokenizerFor(property.tenant()))).orElse(Set.of());
        return new StayLink(resolution, keys);
    }

    /** Records the link of a stored observation, in the filing's transaction. */
    public void remember(Observation observation, StayLink link, Instant now) {
        Resolution r = link.resolution();
        switch (r.state()) {
            case RESOLVED -> links.record(observation, PmsLinks.State.LINKED, r.stay().map(StayContext::reservationRef)
                    .orElse(null), now, null, null);
            case NOT_FOUND -> links.record(observation, PmsLinks.State.NOT_FOUND, null, now, null, null);
            case PENDING -> links.record(observation, PmsLinks.State.PENDING, null, now, now.plus(policy.retryDelay(1)),
                    Optional.ofNullable(r.error()).map(e -> e.length() > 300 ? e.substring(0, 300) : e).orElse(null));
            default -> {
                // no connector: nothing to remember
            }
        }
    }
}
