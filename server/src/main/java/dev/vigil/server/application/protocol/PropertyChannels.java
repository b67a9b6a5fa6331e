package dev.vigil.server.application.protocol;

import dev.vigil.server.domain.model.protocol.Channel;
import dev.vigil.server.domain.model.protocol.ProtocolPack;
import dev.vigil.server.domain.model.tenant.PropertyId;
import java.util.Map;

/**
 * Outbound port for the numbers a property sets itself: its local police line, its own hotline or
 * emergency number. They replace the pack's for that property only.
 */
public interface PropertyChannels {

    /** The pack's channels that the property set its own number for, by channel id, with that number. */
    Map<String, Channel> ownChannels(PropertyId property, ProtocolPack pack);
}
