package dev.vigil.server.application.protocol;

import dev.vigil.server.domain.model.casefile.CaseAction;
import dev.vigil.server.domain.model.casefile.CaseFile;
import dev.vigil.server.domain.model.protocol.ActionContact;
import dev.vigil.server.domain.model.protocol.ProtocolPack;
import dev.vigil.server.domain.model.tenant.PropertyId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Says, for each step on a case, whom to contact at the case's property: the Careline number for the
 * child-protection step, the hotline's voice line and text code for the hotline step, the emergency
 * number for the emergency step, the role to tell for an internal step. The console, the alerts and the
 * report packet all show the same contacts.
 */
@ApplicationScoped
public class ActionContacts {

    private ProtocolSource protocols;
    private PropertyChannels own;

    protected ActionContacts() {
        // for CDI
    }

    @Inject
    public ActionContacts(ProtocolSource protocols, PropertyChannels own) {
        this.protocols = protocols;
        this.own = own;
    }

    /** The contacts of one step. */
    public List<ActionContact> of(PropertyId property, CaseAction action) {
        ProtocolPack pack = protocols.forProperty(property);
        return pack.contacts(action.severity().name(), action.actionId(), action.channel(), own.ownChannels(property, pack));
    }

    /** The contacts of every step of a case, by the step's id. */
    public Map<String, List<ActionContact>> forCase(CaseFile c) {
        ProtocolPack pack = protocols.forProperty(c.property());
        var ownChannels = own.ownChannels(c.property(), pack);
        Map<String, List<ActionContact>> contacts = new LinkedHashMap<>();
        for (CaseAction a : c.actions()) {
            contacts.put(a.id(), pack.contacts(a.severity().name(), a.actionId(), a.channel(), ownChannels));
        }
        return contacts;
    }
}
