package dev.vigil.server.infrastructure.config;

import dev.vigil.server.domain.model.tenant.Property;
import dev.vigil.server.domain.model.tenant.PropertyDirectory;
import dev.vigil.server.domain.model.tenant.PropertyId;
import dev.vigil.server.domain.model.tenant.TenantId;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.StreamSupport;
import org.eclipse.microprofile.config.Config;

/**
 * Properties from configuration: {@code vigil.property.<id>.tenant} (required), {@code .name} and
 * {@code .zone} (optional). Environment variables cannot spell a dotted name with a hyphenated id,
 * so {@code vigil.properties} (env {@code VIGIL_PROPERTIES=grand-hotel,harbor-inn}) may list the ids;
 * their settings are then found as {@code VIGIL_PROPERTY_GRAND_HOTEL_TENANT} and so on.
 * In demo mode the two demo hotels exist as well.
 */
@ApplicationScoped
public class ConfiguredPropertyDirectory implements PropertyDirectory {

    private static final Pattern TENANT_KEY = Pattern.compile("vigil\\.property\\.([a-z0-9][a-z0-9-]*)\\.tenant");

    @Inject Config config;
    @Inject VigilSettings settings;

    private Map<PropertyId, Property> properties = Map.of();

    @PostConstruct
    void load() {
        Map<PropertyId, Property> found = new LinkedHashMap<>();
        if (settings.demo()) {
            for (Property demo : DemoProperties.ALL) {
                found.put(demo.id(), demo);
            }
        }
        Set<String> ids = new TreeSet<>();
        StreamSupport.stream(config.getPropertyNames().spliterator(), false).forEach(name -> {
            Matcher m = TENANT_KEY.matcher(name);
            if (m.matches()) {
                ids.add(m.group(1));
            }
        });
        config.getOptionalValue("vigil.properties", String.class).ifPresent(list ->
                Arrays.stream(list.split(",")).map(String::trim).filter(id -> !id.isEmpty()).forEach(ids::add));
        for (String id : ids) {
            String prefix = "vigil.property." + id + ".";
            String tenant = config.getOptionalValue(prefix + "tenant", String.class).orElseThrow(() ->
                    new IllegalStateException("Property '" + id + "' has no tenant: set " + prefix + "tenant (or "
                            + "VIGIL_PROPERTY_" + id.toUpperCase(java.util.Locale.ROOT).replace('-', '_') + "_TENANT)"));
            if (!settings.demo()) {
                // outside demo mode nothing about a real hotel is guessed: its clock and its law are named
                require(prefix + "zone", "its time zone, e.g. America/New_York");
                require(prefix + "protocol", "the reporting protocol it follows, e.g. us-ct (Connecticut)");
            }
            found.put(new PropertyId(id), new Property(new PropertyId(id), new TenantId(tenant.trim()),
                    config.getOptionalValue(prefix + "name", String.class).orElse(null), zone(prefix + "zone")));
        }
        properties = Map.copyOf(found);
    }

    private void require(String key, String what) {
        if (config.getOptionalValue(key, String.class).filter(v -> !v.isBlank()).isEmpty()) {
            throw new IllegalStateException(key + " is required outside demo mode: " + what + " (environment: "
                    + key.toUpperCase(java.util.Locale.ROOT).replace('.', '_').replace('-', '_') + ")");
        }
    }

    private ZoneId zone(String key) {
        Optional<String> value = config.getOptionalValue(key, String.class).map(String::trim).filter(v -> !v.isEmpty());
        try {
            return value.map(ZoneId::of).orElse(null);
        } catch (java.time.DateTimeException e) {
            throw new IllegalStateException(key + "=" + value.get() + " is not a time zone; use a region such as "
                    + "America/New_York or Asia/Jerusalem", e);
        }
    }

    @Override
    public Optional<Property> find(PropertyId id) {
        return Optional.ofNullable(properties.get(id));
    }

    @Override
    public List<Property> all() {
        return List.copyOf(properties.values());
    }
}
