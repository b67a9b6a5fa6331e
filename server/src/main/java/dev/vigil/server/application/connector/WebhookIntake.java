package dev.vigil.server.application.connector;

import dev.vigil.plugin.connector.PmsEvent;
import dev.vigil.plugin.connector.PmsException;
import dev.vigil.plugin.connector.WebhookRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Clock;
import java.util.List;

/**
 * Takes a PMS's webhook delivery: checks the connection's secret (none of the supported PMSs signs its
 * webhooks; the secret travels in the URL or as the Basic password), reads the events (ids only, no I/O)
 * and queues them, so the PMS gets its answer at once and the events are handled in the background.
 */
@ApplicationScoped
public class WebhookIntake {

    @Inject PmsConnections connections;
    @Inject PmsEvents events;
    @Inject Clock clock;

    /** Why a delivery was refused. */
    public static final class Refused extends Exception {
        private static final long serialVersionUID = 1L;

        /** What went wrong, as an HTTP status would say. */
        public enum Reason { UNKNOWN_SYSTEM, WRONG_SECRET, BAD_BODY }

        private final Reason reason;

        Refused(Reason reason, String message) {
            super(message);
            this.reason = reason;
        }

        public Reason reason() {
            return reason;
        }
    }

    /** Queues the events of one delivery; how many were queued. */
    public int accept(String system, String secret, WebhookRequest request) throws Refused {
        List<PmsConnections.Connection> ofSystem = connections.all().stream().filter(c -> c.system().equals(system))
                .filter(c -> c.webhookSecret().isPresent()).toList();
        if (ofSystem.isEmpty()) {
            throw new Refused(Refused.Reason.UNKNOWN_SYSTEM, "no property takes webhooks from '" + system + "'");
        }
        List<PmsConnections.Connection> matching = ofSystem.stream()
                .filter(c -> secret != null && equal(c.webhookSecret().get(), secret)).toList();
        if (matching.isEmpty()) {
            throw new Refused(Refused.Reason.WRONG_SECRET, "the webhook secret is missing or wrong");
        }
        int queued = 0;
        for (PmsConnections.Connection c : matching) {
            List<PmsEvent> read;
            try {
                read = c.connector().parseWebhook(request);
            } catch (PmsException | RuntimeException e) {
                throw new Refused(Refused.Reason.BAD_BODY, "not a " + system + " webhook delivery");
            }
            queued += events.enqueue(c.property(), read, clock.instant());
        }
        return queued;
    }

    /** Compares in constant time, so the secret cannot be guessed by timing. */
    private static boolean equal(String expected, String given) {
        return MessageDigest.isEqual(expected.getBytes(StandardCharsets.UTF_8), given.getBytes(StandardCharsets.UTF_8));
    }
}
