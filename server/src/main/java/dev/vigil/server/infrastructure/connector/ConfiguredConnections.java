package dev.vigil.server.infrastructure.connector;

import dev.vigil.plugin.connector.ApiVersion;
import dev.vigil.plugin.connector.ConnectorContext;
import dev.vigil.plugin.connector.ConnectorFactory;
import dev.vigil.plugin.connector.ConnectorSettings;
import dev.vigil.plugin.connector.PmsConnector;
import dev.vigil.server.application.connector.PmsConnections;
import dev.vigil.server.application.privacy.Pseudonymizer;
import dev.vigil.server.domain.model.tenant.Property;
import dev.vigil.server.domain.model.tenant.PropertyDirectory;
import dev.vigil.server.domain.model.tenant.PropertyId;
import dev.vigil.server.infrastructure.plugins.PluginClassPath;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.Config;

/**
 * The PMS connection of each property that names a connector: {@code vigil.property.<id>.connector=<system>},
 * with that system's settings under {@code vigil.connector.<system>.<key>}, any of which a property may
 * override under {@code vigil.property.<id>.connector.<key>}. Factories come from the class path and the
 * plugins folder; each is initialised once. Built at startup, so an unknown connector or a missing setting
 * stops the server with a message naming it; a PMS that is down does not.
 */
@ApplicationScoped
public class ConfiguredConnections implements PmsConnections {

    private static final Logger LOG = Logger.getLogger(ConfiguredConnections.class.getName());

    @Inject Config config;
    @Inject PropertyDirectory properties;
    @Inject Pseudonymizer pseudonymizer;
    @Inject PluginClassPath plugins;
    @Inject Clock clock;

    private volatile Map<PropertyId, Connection> connections;
    private final List<ConnectorFactory> initialised = new ArrayList<>();

    /** Builds every connection; throws, naming the property and setting, when one cannot work. */
    public synchronized void load() {
        if (connections != null) {
            return;
        }
        Map<String, ConnectorFactory> factories = new LinkedHashMap<>();
        for (ConnectorFactory f : plugins.services(ConnectorFactory.class)) {
            factories.putIfAbsent(f.id(), f);
        }
        Map<PropertyId, Connection> built = new LinkedHashMap<>();
        for (Property property : properties.all()) {
            String prefix = "vigil.property." + property.id().value() + ".connector";
            Optional<String> system = value(prefix).map(String::trim);
            if (system.isEmpty()) {
                continue;
            }
            ConnectorFactory factory = factories.get(system.get());
            if (factory == null) {
                throw new IllegalStateException("property '" + property.id().value() + "' names connector '" + system.get()
                        + "' (" + prefix + "), which is not installed; installed: " + factories.keySet()
                        + (plugins.refusals().isEmpty() ? "" : "; refused plugins: " + plugins.refusals()));
            }
            built.put(property.id(), connect(property, system.get(), factory));
        }
        connections = Map.copyOf(built);
        if (!built.isEmpty()) {
            LOG.log(Level.INFO, "PMS connectors: {0}", built.values().stream()
                    .map(c -> c.property().value() + "=" + c.system()).toList());
        }
    }

    private Connection connect(Property property, String system, ConnectorFactory factory) {
        if (!ApiVersion.current().canRun(factory.apiVersion())) {
            throw new IllegalStateException("connector '" + system + "' was built against plugin API " + factory.apiVersion()
                    + "; this Vigil provides " + ApiVersion.current() + ": rebuild it against vigil-plugin-api "
                    + ApiVersion.current());
        }
        String systemPrefix = "vigil.connector." + system + ".";
        String propertyPrefix = "vigil.property." + property.id().value() + ".connector.";
        ConnectorSettings systemSettings = name -> value(systemPrefix + name);
        ConnectorSettings settings = name -> value(propertyPrefix + name).or(() -> value(systemPrefix + name));
        try {
            if (!initialised.contains(factory)) {
                factory.init(systemSettings);
                initialised.add(factory);
            }
            PmsConnector connector = factory.create(new ConnectorContext(property.id().value(), property.zone(), settings,
                    pseudonymizer.tokenizerFor(property.tenant()), clock));
            return new Connection(property.id(), property.tenant(), system, connector, settings.get("webhook-secret"));
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("connector '" + system + "' of property '" + property.id().value() + "': "
                    + e.getMessage() + " (" + systemPrefix + "<setting>, or " + propertyPrefix + "<setting>)", e);
        }
    }

    private Optional<String> value(String key) {
        return config.getOptionalValue(key, String.class).filter(v -> !v.isBlank());
    }

    @Override
    public Optional<Connection> forProperty(PropertyId property) {
        return Optional.ofNullable(loaded().get(property));
    }

    @Override
    public List<Connection> all() {
        return List.copyOf(loaded().values());
    }

    /**
     * The connections if startup built them already; never builds them. For the health check, which the
     * server may call while the application still deploys, when configuration must not be read yet.
     */
    public List<Connection> built() {
        Map<PropertyId, Connection> c = connections;
        return c == null ? List.of() : List.copyOf(c.values());
    }

    private Map<PropertyId, Connection> loaded() {
        Map<PropertyId, Connection> c = connections;
        if (c == null) {
            load();
            c = connections;
        }
        return c;
    }

    @PreDestroy
    synchronized void close() {
        if (connections != null) {
            connections.values().forEach(c -> c.connector().close());
        }
        initialised.forEach(ConnectorFactory::close);
    }
}
