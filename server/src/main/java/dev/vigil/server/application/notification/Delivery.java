package dev.vigil.server.application.notification;

import dev.vigil.plugin.notify.OutboundMessage;

/** One claimed notification, detached from the database while a channel delivers it. */
/** {@code attempt}: the attempt this claim made; an outcome counts only while the row still shows it. */
public record Delivery(String notificationId, int attempt, String scheme, OutboundMessage message) {
}
