package dev.vigil.server.application.notification;

import dev.vigil.server.domain.model.notification.Notification;
import dev.vigil.server.domain.model.notification.NotificationStatus;
import java.util.List;
import java.util.Map;

/** What an administrator sees of the outbox: counts by status and the notifications asked for. */
public record OutboxReport(Map<NotificationStatus, Long> counts, List<Notification> notifications) {
}
