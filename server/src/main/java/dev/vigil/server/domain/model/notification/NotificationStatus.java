package dev.vigil.server.domain.model.notification;

/** Where a notification stands: waiting, being delivered by one server, delivered, or given up on. */
public enum NotificationStatus {
    PENDING, SENDING, DELIVERED, DEAD
}
