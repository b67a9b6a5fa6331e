package dev.vigil.server.infrastructure.connector;

import dev.vigil.server.application.connector.ConnectorPolicy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import org.eclipse.microprofile.config.Config;

/**
 * The connectors' timing from configuration: {@code vigil.connector.filing-wait} (default {@code PT2S}),
 * {@code vigil.connector.cache-ttl} ({@code PT5M}), {@code vigil.connector.retry-interval} ({@code PT30S})
 * and {@code vigil.connector.retry-for} ({@code P7D}), as ISO-8601 durations.
 */
@ApplicationScoped
public class ConfiguredConnectorPolicy implements ConnectorPolicy {

    @Inject Config config;

    @Override
    public Duration filingWait() {
        return duration("vigil.connector.filing-wait", Duration.ofSeconds(2));
    }

    @Override
    public Duration cacheLifetime() {
        return duration("vigil.connector.cache-ttl", Duration.ofMinutes(5));
    }

    @Override
    public Duration retryInterval() {
        return duration("vigil.connector.retry-interval", Duration.ofSeconds(30));
    }

    @Override
    public Duration retryFor() {
        return duration("vigil.connector.retry-for", Duration.ofDays(7));
    }

    @Override
    public java.time.Period stayRetention() {
        return java.time.Period.ofDays(config.getOptionalValue("vigil.connector.stay-retention-days", Integer.class).orElse(90));
    }

    private Duration duration(String key, Duration fallback) {
        return config.getOptionalValue(key, String.class).filter(s -> !s.isBlank()).map(s -> {
            try {
                return Duration.parse(s.trim());
            } catch (java.time.format.DateTimeParseException e) {
                throw new IllegalStateException(key + " is not an ISO-8601 duration such as PT2S", e);
            }
        }).orElse(fallback);
    }
}
