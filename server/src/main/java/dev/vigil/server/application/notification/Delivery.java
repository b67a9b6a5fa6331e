package dev.vigil.server.application.notification;

import dev.vigil.plugin.notify.OutboundMessage;

/** One claimed notification, detached from the database while a channel delivers it. */
public record Delivery(String notificationId, String scheme, OutboundMessage message) {
}
