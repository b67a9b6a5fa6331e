package dev.vigil.connector.support;

import dev.vigil.plugin.connector.ApiVersion;
import dev.vigil.plugin.connector.ConnectorFactory;

/**
 * Base of the factories of the connectors Vigil bundles: their id, and the plugin API version they
 * are compiled against (the same build as the server's).
 */
public abstract class BundledConnectorFactory implements ConnectorFactory {

    private final String id;

    /**
     * A factory of the given connector id.
     *
     * @param id the id configuration names, e.g. {@code mews}
     */
    protected BundledConnectorFactory(String id) {
        this.id = id;
    }

    @Override
    public final String id() {
        return id;
    }

    @Override
    public final ApiVersion apiVersion() {
        return ApiVersion.parse(ApiVersion.SPEC);
    }
}
