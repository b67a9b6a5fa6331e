package dev.vigil.server.application.protocol;

import dev.vigil.server.application.shared.Caller;
import dev.vigil.server.application.shared.InvalidRequestException;
import dev.vigil.server.domain.model.tenant.PropertyDirectory;
import dev.vigil.server.domain.model.tenant.PropertyId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** Use case: read the protocol of a property the caller belongs to. */
@ApplicationScoped
public class ProtocolQuery {

    @Inject ProtocolSource protocols;
    @Inject PropertyDirectory properties;

    public String document(Caller caller, String propertyId) {
        PropertyId property;
        if (propertyId == null || propertyId.isBlank()) {
            property = caller.boundProperty().orElseThrow(() -> new InvalidRequestException("propertyId", "is required"));
        } else {
            property = PropertyId.isWellFormed(propertyId) ? properties.find(new PropertyId(propertyId))
                    .filter(p -> caller.covers(p.tenant(), p.id())).map(p -> p.id())
                    .orElseThrow(() -> new InvalidRequestException("propertyId", "unknown property '" + propertyId + "'"))
                    : null;
            if (property == null) {
                throw new InvalidRequestException("propertyId", "unknown property '" + propertyId + "'");
            }
        }
        return protocols.documentFor(property);
    }
}
