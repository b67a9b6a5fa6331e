package dev.vigil.plugin.notify;

import java.util.Optional;

/** The configuration of one channel: the values under {@code vigil.channel.<scheme>.} without that prefix. */
@FunctionalInterface
public interface ChannelSettings {

    /**
     * One setting.
     *
     * @param name the name after the prefix, e.g. {@code url} for {@code vigil.channel.sms.url}
     * @return its value, if set and not blank
     */
    Optional<String> get(String name);

    /**
     * A setting the channel cannot work without.
     *
     * @param name the name after the prefix
     * @return its value
     * @throws IllegalArgumentException naming the setting when it is missing
     */
    default String require(String name) {
        return get(name).orElseThrow(() -> new IllegalArgumentException("setting '" + name + "' is required"));
    }
}
