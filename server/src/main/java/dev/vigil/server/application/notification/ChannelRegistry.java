package dev.vigil.server.application.notification;

import dev.vigil.plugin.notify.NotificationChannel;
import java.util.Optional;
import java.util.Set;

/** Outbound port: the channels this server can deliver through, by scheme. */
public interface ChannelRegistry {

    Optional<NotificationChannel> forScheme(String scheme);

    Set<String> schemes();
}
