package dev.vigil.server.infrastructure.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.vigil.server.domain.model.tenant.Property;
import dev.vigil.server.domain.model.tenant.PropertyId;
import dev.vigil.server.infrastructure.packs.ActiveProtocols;
import dev.vigil.server.testing.MapConfig;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Outside demo mode nothing about a real hotel is guessed: each property names its time zone and its
 * protocol, and a zone or protocol that does not exist stops startup with the setting named.
 */
class NoSilentDefaultsTest {

    private static ConfiguredPropertyDirectory directory(Map<String, String> values) {
        ConfiguredPropertyDirectory d = new ConfiguredPropertyDirectory();
        d.config = new MapConfig(values);
        d.settings = VigilSettings.of(d.config);
        d.load();
        return d;
    }

    private static Map<String, String> production(String... pairs) {
        Map<String, String> values = new HashMap<>(Map.of("vigil.demo", "false", "vigil.property.harbor-inn.tenant", "acme"));
        for (int i = 0; i + 1 < pairs.length; i += 2) {
            values.put(pairs[i], pairs[i + 1]);
        }
        return values;
    }

    @Test
    void aPropertyWithoutItsZoneOrProtocol_stopsStartup_namingTheSetting() {
        assertThatThrownBy(() -> directory(production("vigil.property.harbor-inn.protocol", "us-ct")))
                .hasMessageContaining("vigil.property.harbor-inn.zone").hasMessageContaining("VIGIL_PROPERTY_HARBOR_INN_ZONE");
        assertThatThrownBy(() -> directory(production("vigil.property.harbor-inn.zone", "America/New_York")))
                .hasMessageContaining("vigil.property.harbor-inn.protocol");
    }

    @Test
    void aZoneThatDoesNotExist_stopsStartup_namingTheSetting() {
        assertThatThrownBy(() -> directory(production("vigil.property.harbor-inn.zone", "America/Hartfrod",
                "vigil.property.harbor-inn.protocol", "us-ct")))
                .hasMessageContaining("vigil.property.harbor-inn.zone=America/Hartfrod");
    }

    @Test
    void aNamedPropertyIsServedWithItsOwnZone() {
        Property p = directory(production("vigil.property.harbor-inn.zone", "America/Chicago",
                "vigil.property.harbor-inn.protocol", "us-ct")).find(new PropertyId("harbor-inn")).orElseThrow();
        assertThat(p.zone()).isEqualTo(ZoneId.of("America/Chicago"));
    }

    @Test
    void anUnknownProtocolName_stopsStartup_namingTheSetting() {
        ActiveProtocols protocols = ActiveProtocols.of(new MapConfig(Map.of("vigil.property.harbor-inn.protocol", "us-cx")));
        Property harbor = new Property(new PropertyId("harbor-inn"), new dev.vigil.server.domain.model.tenant.TenantId("acme"),
                "Harbor Inn", ZoneId.of("America/New_York"));
        assertThatThrownBy(() -> protocols.load(java.util.List.of(harbor)))
                .hasMessageContaining("vigil.property.harbor-inn.protocol=us-cx").hasMessageContaining("us-ct");
        ActiveProtocols named = ActiveProtocols.of(new MapConfig(Map.of("vigil.property.harbor-inn.protocol", "us-ct")));
        named.load(java.util.List.of(harbor));
        assertThat(named.forProperty(harbor.id()).id()).isEqualTo("us-ct-lodging-trafficking");
    }
}
