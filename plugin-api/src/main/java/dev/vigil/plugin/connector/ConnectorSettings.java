package dev.vigil.plugin.connector;

import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/**
 * The configuration of one connector: the values under {@code vigil.connector.<id>.} without that
 * prefix, where a property may override any of them under {@code vigil.property.<property>.connector.}.
 * Values may be secrets: a connector never logs them.
 */
@FunctionalInterface
public interface ConnectorSettings {

    /**
     * One setting.
     *
     * @param name the name after the prefix, e.g. {@code base-url}
     * @return its value, if set and not blank
     */
    Optional<String> get(String name);

    /**
     * A setting the connector cannot work without.
     *
     * @param name the name after the prefix
     * @return its value
     * @throws IllegalArgumentException naming the setting when it is missing
     */
    default String require(String name) {
        return get(name).orElseThrow(() -> new IllegalArgumentException("setting '" + name + "' is required"));
    }

    /**
     * A duration setting in ISO-8601 ({@code PT5S}).
     *
     * @param name the name after the prefix
     * @param fallback the value when the setting is absent
     * @return the duration
     * @throws IllegalArgumentException naming the setting when it is not a positive ISO-8601 duration
     */
    default Duration duration(String name, Duration fallback) {
        Optional<String> text = get(name);
        if (text.isEmpty()) {
            return fallback;
        }
        try {
            Duration d = Duration.parse(text.get().trim());
            if (d.isNegative() || d.isZero()) {
                throw new IllegalArgumentException("setting '" + name + "' must be a positive duration");
            }
            return d;
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("setting '" + name + "' is not an ISO-8601 duration such as PT5S", e);
        }
    }

    /**
     * A whole-number setting.
     *
     * @param name the name after the prefix
     * @param fallback the value when the setting is absent
     * @return the number
     * @throws IllegalArgumentException naming the setting when it is not a whole number
     */
    default int integer(String name, int fallback) {
        Optional<String> text = get(name);
        if (text.isEmpty()) {
            return fallback;
        }
        try {
            return Integer.parseInt(text.get().trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("setting '" + name + "' is not a whole number", e);
        }
    }
}
