package dev.vigil.server.application.notification;

import dev.vigil.server.application.shared.AppRole;
import dev.vigil.server.application.shared.Caller;
import dev.vigil.server.application.shared.ConflictException;
import dev.vigil.server.application.shared.ForbiddenException;
import dev.vigil.server.application.shared.InvalidRequestException;
import dev.vigil.server.application.shared.NotFoundException;
import dev.vigil.server.domain.model.audit.AuditEntry;
import dev.vigil.server.domain.model.audit.AuditLog;
import dev.vigil.server.domain.model.notification.Notification;
import dev.vigil.server.domain.model.notification.NotificationStatus;
import dev.vigil.server.domain.model.notification.Outbox;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.Locale;

/**
 * Lets administrators see what was sent, what waits and what was given up on, and send a dead
 * letter again once its route is mended. Reads and retries are audited.
 */
@ApplicationScoped
public class OutboxAdministration {

    static final int MAX_LIMIT = 200;

    @Inject Outbox outbox;
    @Inject AuditLog audit;
    @Inject Clock clock;

    @Transactional
    public OutboxReport list(Caller caller, String status, Integer limit) {
        requireAdmin(caller);
        NotificationStatus wanted = null;
        if (status != null && !status.isBlank()) {
            try {
                wanted = NotificationStatus.valueOf(status.trim().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new InvalidRequestException("status", "one of PENDING, SENDING, DELIVERED, DEAD");
            }
        }
        int max = limit == null ? 50 : limit;
        if (max < 1 || max > MAX_LIMIT) {
            throw new InvalidRequestException("limit", "between 1 and " + MAX_LIMIT);
        }
        audit.append(new AuditEntry(clock.instant(), caller.tenant().value(), null, caller.name(), "OUTBOX_READ", "outbox",
                wanted == null ? null : wanted.name()));
        return new OutboxReport(outbox.countByStatus(caller.tenant().value()), outbox.list(caller.tenant().value(), wanted, max));
    }

    @Transactional
    public Notification retry(Caller caller, String id) {
        requireAdmin(caller);
        Notification n = outbox.find(id).filter(x -> x.tenantId().equals(caller.tenant().value()))
                .orElseThrow(() -> new NotFoundException("notification"));
        try {
            n.requeue(clock.instant());
        } catch (IllegalStateException e) {
            throw new ConflictException(e.getMessage());
        }
        audit.append(new AuditEntry(clock.instant(), n.tenantId(), n.propertyId(), caller.name(), "NOTIFICATION_RETRY",
                "notification", n.id()));
        return n;
    }

    private static void requireAdmin(Caller caller) {
        if (!caller.has(AppRole.ADMIN)) {
            throw new ForbiddenException("only administrators see the outbox");
        }
    }
}
