package dev.vigil.server.domain.model.notification;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Repository of notifications waiting to go out, and of what became of them. */
public interface Outbox {

    void add(Notification notification);

    /**
     * Claims up to {@code max} notifications that are due, for one dispatcher, until {@code now + lease}:
     * each is locked, marked SENDING and leased, so that no other server claims it meanwhile. A lease
     * that runs out (the server died while sending) makes the notification due again.
     */
    List<Notification> claimDue(Instant now, Duration lease, int max);

    Optional<Notification> find(String id);

    /** Newest first, of one tenant, optionally of one status. */
    List<Notification> list(String tenant, NotificationStatus status, int max);

    /** How many notifications of one tenant are in each status. */
    Map<NotificationStatus, Long> countByStatus(String tenant);

    /** How many notifications of every tenant are in each status: for monitoring this server's outbox. */
    Map<NotificationStatus, Long> countAllByStatus();

    /** When the oldest notification still waiting to go out was written, if any. */
    Optional<Instant> oldestWaiting();
}
