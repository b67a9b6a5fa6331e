package dev.vigil.server.application.protocol;

import dev.vigil.server.domain.model.protocol.ProtocolPack;
import dev.vigil.server.domain.model.tenant.PropertyId;

/** Outbound port that yields the protocol a property follows (the default unless configured otherwise). */
public interface ProtocolSource {

    ProtocolPack forProperty(PropertyId property);

    /** The same protocol as a JSON document, every value with its source and status, for people to read. */
    String documentFor(PropertyId property);
}
