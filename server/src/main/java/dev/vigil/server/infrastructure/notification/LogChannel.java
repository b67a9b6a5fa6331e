package dev.vigil.server.infrastructure.notification;

import dev.vigil.plugin.notify.NotificationChannel;
import dev.vigil.plugin.notify.OutboundMessage;
import java.util.logging.Logger;

/**
 * Writes the notification's subject to the server log: the demo's routes, and a way to try the
 * routing before any mail server or webhook exists. The subject holds no case facts.
 */
public final class LogChannel implements NotificationChannel {

    private static final Logger LOG = Logger.getLogger(LogChannel.class.getName());

    @Override
    public String scheme() {
        return "log";
    }

    @Override
    public void deliver(OutboundMessage message) {
        LOG.info(() -> "notification " + message.id() + " for " + message.recipient() + ": " + message.subject());
    }
}
