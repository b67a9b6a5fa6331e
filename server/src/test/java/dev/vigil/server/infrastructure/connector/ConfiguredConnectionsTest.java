package dev.vigil.server.infrastructure.connector;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.vigil.server.application.connector.PmsConnections;
import dev.vigil.server.domain.model.tenant.Property;
import dev.vigil.server.domain.model.tenant.PropertyDirectory;
import dev.vigil.server.domain.model.tenant.PropertyId;
import dev.vigil.server.domain.model.tenant.TenantId;
import dev.vigil.server.infrastructure.crypto.HmacPseudonymizer;
import dev.vigil.server.infrastructure.crypto.TenantKeyring;
import dev.vigil.server.infrastructure.plugins.PluginClassPath;
import dev.vigil.server.testing.MapConfig;
import java.time.Clock;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Connections per property from configuration: none by default, the system's settings under each property's overrides. */
class ConfiguredConnectionsTest {

    static final TenantId CHAIN = new TenantId("chain");
    static final List<Property> PROPERTIES = List.of(
            new Property(new PropertyId("grand-hotel"), CHAIN, "Grand", ZoneId.of("Europe/Prague")),
            new Property(new PropertyId("harbor-inn"), CHAIN, "Harbor", null),
            new Property(new PropertyId("no-pms"), CHAIN, "No PMS", null));

    static ConfiguredConnections connections(Map<String, String> settings) {
        MapConfig config = new MapConfig(settings);
        ConfiguredConnections c = new ConfiguredConnections();
        c.config = config;
        c.properties = new PropertyDirectory() {
            @Override
            public Optional<Property> find(PropertyId id) {
                return PROPERTIES.stream().filter(p -> p.id().equals(id)).findFirst();
            }

            @Override
            public List<Property> all() {
                return PROPERTIES;
            }
        };
        byte[] key = new byte[32];
        c.pseudonymizer = new HmacPseudonymizer(TenantKeyring.of(Map.of(CHAIN, key)));
        c.plugins = new PluginClassPath(config);
        c.clock = Clock.systemUTC();
        return c;
    }

    static Map<String, String> mews() {
        Map<String, String> m = new HashMap<>();
        m.put("vigil.data.dir", "target/no-such-data-dir");
        m.put("vigil.property.grand-hotel.connector", "mews");
        m.put("vigil.property.harbor-inn.connector", "mews");
        m.put("vigil.connector.mews.base-url", "https://api.mews-demo.com");
        m.put("vigil.connector.mews.client-token", "client-token");
        m.put("vigil.connector.mews.access-token", "access-token-grand");
        m.put("vigil.connector.mews.webhook-secret", "shared-secret");
        m.put("vigil.property.harbor-inn.connector.access-token", "access-token-harbor");
        m.put("vigil.property.harbor-inn.connector.webhook-secret", "harbor-secret");
        return m;
    }

    @Test
    void withoutConnectorSettings_noPropertyHasAConnection() {
        ConfiguredConnections c = connections(Map.of("vigil.data.dir", "target/no-such-data-dir"));
        c.load();
        assertThat(c.all()).isEmpty();
        assertThat(c.forProperty(new PropertyId("grand-hotel"))).isEmpty();
    }

    @Test
    void eachPropertyGetsItsConnection_withItsOwnOverrides() {
        ConfiguredConnections c = connections(mews());
        c.load();
        assertThat(c.all()).extracting(PmsConnections.Connection::system).containsExactly("mews", "mews");
        assertThat(c.forProperty(new PropertyId("grand-hotel")).orElseThrow().webhookSecret()).contains("shared-secret");
        assertThat(c.forProperty(new PropertyId("harbor-inn")).orElseThrow().webhookSecret()).contains("harbor-secret");
        assertThat(c.forProperty(new PropertyId("no-pms"))).isEmpty();
    }

    @Test
    void aMissingSetting_stopsStartup_namingThePropertyAndTheKey() {
        Map<String, String> settings = mews();
        settings.remove("vigil.connector.mews.access-token");
        assertThatThrownBy(() -> connections(settings).load()).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("grand-hotel").hasMessageContaining("'access-token'")
                .hasMessageContaining("vigil.connector.mews.");
    }

    @Test
    void anUnknownConnector_stopsStartup_namingWhatIsInstalled() {
        Map<String, String> settings = mews();
        settings.put("vigil.property.grand-hotel.connector", "protel");
        assertThatThrownBy(() -> connections(settings).load()).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("'protel'").hasMessageContaining("mews").hasMessageContaining("cloudbeds");
    }
}
