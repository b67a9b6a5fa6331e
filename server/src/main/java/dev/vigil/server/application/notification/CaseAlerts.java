package dev.vigil.server.application.notification;

import dev.vigil.server.application.protocol.PropertyChannels;
import dev.vigil.server.application.protocol.ProtocolSource;
import dev.vigil.server.domain.model.casefile.CaseAction;
import dev.vigil.server.domain.model.casefile.CaseFile;
import dev.vigil.server.domain.model.notification.Notification;
import dev.vigil.server.domain.model.notification.Outbox;
import dev.vigil.server.domain.model.notification.Route;
import dev.vigil.server.domain.model.protocol.Channel;
import dev.vigil.server.domain.model.protocol.ProtocolPack;
import dev.vigil.server.domain.model.tenant.Property;
import dev.vigil.server.domain.model.tenant.PropertyDirectory;
import dev.vigil.server.domain.model.tenant.PropertyId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Turns a case's new and overdue protocol actions into outbox rows, inside the caller's
 * transaction: the people an action names (through the protocol's internal channels, such as the
 * security on duty and the duty manager) and the property's every-event routes. The reporter is not
 * notified: they were told what to do in the filing's answer.
 */
@ApplicationScoped
public class CaseAlerts {

    private Outbox outbox;
    private NotificationSettings settings;
    private PropertyDirectory properties;
    private ProtocolSource protocols;
    private PropertyChannels ownChannels;

    protected CaseAlerts() {
        // for CDI
    }

    /** Alerts that show each step's contacts as the pack states them. */
    public CaseAlerts(Outbox outbox, NotificationSettings settings, PropertyDirectory properties, ProtocolSource protocols) {
        this(outbox, settings, properties, protocols, (property, pack) -> java.util.Map.of());
    }

    @Inject
    public CaseAlerts(Outbox outbox, NotificationSettings settings, PropertyDirectory properties, ProtocolSource protocols,
                      PropertyChannels ownChannels) {
        this.outbox = outbox;
        this.settings = settings;
        this.properties = properties;
        this.protocols = protocols;
        this.ownChannels = ownChannels;
    }

    /** New actions on a case; returns how many notifications were written. */
    public int actionsRequired(CaseFile c, List<CaseAction> created, Instant at) {
        if (created.isEmpty()) {
            return 0;
        }
        ProtocolPack protocol = protocols.forProperty(c.property());
        Set<String> channels = new LinkedHashSet<>();
        for (CaseAction a : created) {
            if (!"reporter".equals(a.who())) {
                internalChannelOf(protocol, a.who()).ifPresent(channels::add);
            }
            if (a.channel() != null && protocol.channel(a.channel()).filter(ch -> "internal".equals(ch.kind())).isPresent()) {
                channels.add(a.channel());
            }
        }
        Alert alert = composer(c, protocol).actionsRequired(c, created, at);
        return enqueue(c, channels, alert, at);
    }

    /** An action's deadline passed unacknowledged; returns how many notifications were written. */
    public int actionOverdue(CaseAction overdue, Instant at) {
        CaseFile c = overdue.caseFile();
        ProtocolPack protocol = protocols.forProperty(c.property());
        Set<String> channels = new LinkedHashSet<>(overdue.notifyWhenOverdue());
        if (channels.isEmpty()) {
            overdue.escalateTo().flatMap(role -> internalChannelOf(protocol, role)).ifPresent(channels::add);
        }
        Alert alert = composer(c, protocol).actionOverdue(c, overdue, at);
        return enqueue(c, channels, alert, at);
    }

    private int enqueue(CaseFile c, Collection<String> channels, Alert alert, Instant at) {
        Set<Route> routes = new LinkedHashSet<>();
        channels.forEach(ch -> routes.addAll(settings.routes(c.property(), ch)));
        routes.addAll(settings.everyEvent(c.property()));
        for (Route route : routes) {
            outbox.add(new Notification(c.tenant().value(), c.property().value(), c.id().value(), alert.event(), route,
                    alert.subject(), alert.text(), alert.json(), at, c.severity().rank()));
        }
        return routes.size();
    }

    private AlertComposer composer(CaseFile c, ProtocolPack protocol) {
        var own = ownChannels.ownChannels(c.property(), protocol);
        return new AlertComposer(property(c.property(), c), protocol, settings.caseLink(c.id().value()),
                a -> protocol.contacts(a.severity().name(), a.actionId(), a.channel(), own));
    }

    private Property property(PropertyId id, CaseFile c) {
        return properties.find(id).orElseGet(() -> new Property(id, c.tenant(), null, null));
    }

    private static java.util.Optional<String> internalChannelOf(ProtocolPack protocol, String role) {
        return protocol.channels().stream().filter(ch -> "internal".equals(ch.kind()) && role.equals(ch.role()))
                .map(Channel::id).findFirst();
    }
}
