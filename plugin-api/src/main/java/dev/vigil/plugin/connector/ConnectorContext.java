package dev.vigil.plugin.connector;

import dev.vigil.plugin.subject.SubjectTokenizer;
import java.time.Clock;
import java.time.ZoneId;
import java.util.Objects;

/**
 * What the server hands a factory to connect one property: who it is, its settings, and the
 * tokenizer every identifier must pass through before it leaves the connector.
 *
 * @param propertyId Vigil's id of the property ({@code vigil.property.<id>.connector})
 * @param zone the property's time zone, for turning PMS times into local dates
 * @param settings this connection's settings (the property's overrides, then the connector's)
 * @param tokenizer the tenant's keyed-hash tokenizer; raw guest, booker, payer and card data go in, only tokens come out
 * @param clock the server's clock
 */
public record ConnectorContext(String propertyId, ZoneId zone, ConnectorSettings settings, SubjectTokenizer tokenizer,
                               Clock clock) {

    /** Checks that nothing is missing. */
    public ConnectorContext {
        Objects.requireNonNull(propertyId, "propertyId");
        Objects.requireNonNull(zone, "zone");
        Objects.requireNonNull(settings, "settings");
        Objects.requireNonNull(tokenizer, "tokenizer");
        Objects.requireNonNull(clock, "clock");
    }
}
