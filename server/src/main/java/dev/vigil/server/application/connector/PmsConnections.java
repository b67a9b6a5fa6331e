package dev.vigil.server.application.connector;

import dev.vigil.plugin.connector.PmsConnector;
import dev.vigil.server.domain.model.tenant.PropertyId;
import dev.vigil.server.domain.model.tenant.TenantId;
import java.util.List;
import java.util.Optional;

/** Outbound port: the PMS connection of each property that configures one. */
public interface PmsConnections {

    /**
     * One property's connection to its PMS.
     *
     * @param property the property
     * @param tenant its tenant
     * @param system the connector id, e.g. {@code mews}
     * @param connector the connector
     * @param webhookSecret the secret the PMS's webhook deliveries carry, if set
     */
    record Connection(PropertyId property, TenantId tenant, String system, PmsConnector connector,
                      Optional<String> webhookSecret) {
    }

    /** The connection of a property, if it configures one. */
    Optional<Connection> forProperty(PropertyId property);

    /** Every connection. */
    List<Connection> all();
}
