package dev.vigil.server.infrastructure.config;

import dev.vigil.server.application.protocol.PropertyChannels;
import dev.vigil.server.domain.model.protocol.ActionKind;
import dev.vigil.server.domain.model.protocol.Channel;
import dev.vigil.server.domain.model.protocol.ProtocolPack;
import dev.vigil.server.domain.model.tenant.PropertyId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.eclipse.microprofile.config.Config;

/**
 * A property's own numbers: {@code vigil.property.<id>.channel.<channelId>.number} (and {@code .display}),
 * and the older shortcuts {@code vigil.property.<id>.emergency-number}, {@code .hotline} and
 * {@code .hotline-sms} for the channels of the emergency step, the hotline step and the first text line.
 */
@ApplicationScoped
public class ConfiguredPropertyChannels implements PropertyChannels {

    @Inject Config config;

    protected ConfiguredPropertyChannels() {
        // for CDI
    }

    public ConfiguredPropertyChannels(Config config) {
        this.config = config;
    }

    @Override
    public Map<String, Channel> ownChannels(PropertyId property, ProtocolPack pack) {
        Map<String, Channel> own = new LinkedHashMap<>();
        String prefix = "vigil.property." + property.value() + ".";
        shortcut(own, pack.channelOfFirst("URGENT", ActionKind.CALL_911), setting(prefix + "emergency-number"));
        shortcut(own, pack.channelOfFirst("REPORT", ActionKind.CONTACT_HOTLINE), setting(prefix + "hotline"));
        shortcut(own, pack.channels().stream().filter(c -> "sms".equals(c.kind())).findFirst(), setting(prefix + "hotline-sms"));
        for (Channel c : pack.channels()) {
            Optional<String> number = setting(prefix + "channel." + c.id() + ".number");
            if (number.isPresent()) {
                own.put(c.id(), c.withNumber(number.get(), setting(prefix + "channel." + c.id() + ".display").orElse(null)));
            }
        }
        return own;
    }

    private static void shortcut(Map<String, Channel> own, Optional<Channel> channel, Optional<String> number) {
        if (channel.isPresent() && number.isPresent() && !number.get().equals(channel.get().shown())
                && !number.get().equals(channel.get().number())) {
            own.put(channel.get().id(), channel.get().withNumber(number.get(), null));
        }
    }

    private Optional<String> setting(String key) {
        return config.getOptionalValue(key, String.class).map(String::trim).filter(v -> !v.isEmpty());
    }
}
