package dev.vigil.server.application.notification;

import dev.vigil.server.application.protocol.PropertyChannels;
import dev.vigil.server.application.protocol.ProtocolSource;
import dev.vigil.server.domain.model.casefile.CaseAction;
import dev.vigil.server.domain.model.casefile.CaseFile;
import dev.vigil.server.domain.model.casefile.Severity;
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
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Turns a case's new and overdue protocol actions into outbox rows, inside the caller's
 * transaction: the people an action names (through the protocol's internal channels, such as the
 * security on duty and the duty manager) and the property's every-event routes, each in the language
 * its recipient reads. The reporter is not notified: they were told what to do in the filing's answer.
 * That a case opened or its severity rose goes to the every-event webhooks only: a chain's systems
 * follow cases, while people are told of the steps a case requires of them.
 */
@ApplicationScoped
public class CaseAlerts {

    /** The name under which every-event routes ask for their language: {@code ...notify.all-events.language}. */
    static final String EVERY_EVENT = "all-events";

    /** The scheme of the routes that hear of a case's life as well as of its steps. */
    static final String WEBHOOK = "webhook";

    private Outbox outbox;
    private NotificationSettings settings;
    private PropertyDirectory properties;
    private ProtocolSource protocols;
    private AlertWording wording;
    private PropertyChannels ownChannels;

    protected CaseAlerts() {
        // for CDI
    }

    /** Alerts that show each step's contacts as the pack states them. */
    public CaseAlerts(Outbox outbox, NotificationSettings settings, PropertyDirectory properties, ProtocolSource protocols,
                      AlertWording wording) {
        this(outbox, settings, properties, protocols, wording, (property, pack) -> java.util.Map.of());
    }

    @Inject
    public CaseAlerts(Outbox outbox, NotificationSettings settings, PropertyDirectory properties, ProtocolSource protocols,
                      AlertWording wording, PropertyChannels ownChannels) {
        this.outbox = outbox;
        this.settings = settings;
        this.properties = properties;
        this.protocols = protocols;
        this.wording = wording;
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
        return enqueue(c, channels, lang -> composer(c, protocol, lang).actionsRequired(c, created, at), at);
    }

    /** An action's deadline passed unacknowledged; returns how many notifications were written. */
    public int actionOverdue(CaseAction overdue, Instant at) {
        CaseFile c = overdue.caseFile();
        ProtocolPack protocol = protocols.forProperty(c.property());
        Set<String> channels = new LinkedHashSet<>(overdue.notifyWhenOverdue());
        if (channels.isEmpty()) {
            overdue.escalateTo().flatMap(role -> internalChannelOf(protocol, role)).ifPresent(channels::add);
        }
        return enqueue(c, channels, lang -> composer(c, protocol, lang).actionOverdue(c, overdue, at), at);
    }

    /** A case was opened (at {@code at}); returns how many notifications were written. */
    public int caseOpened(CaseFile c, Instant at) {
        ProtocolPack protocol = protocols.forProperty(c.property());
        return write(c, everyEventWebhooks(c), lang -> composer(c, protocol, lang).caseOpened(c, at), at);
    }

    /** A case's severity rose from {@code before} to what it is now; returns how many notifications were written. */
    public int severityRaised(CaseFile c, Severity before, Instant at) {
        if (c.severity().compareTo(before) <= 0) {
            return 0;
        }
        ProtocolPack protocol = protocols.forProperty(c.property());
        return write(c, everyEventWebhooks(c), lang -> composer(c, protocol, lang).severityRaised(c, before, at), at);
    }

    /** The routes of the given channels and the every-event routes, each with the language its recipient reads. */
    private int enqueue(CaseFile c, Collection<String> channels, Function<String, Alert> compose, Instant at) {
        Map<Route, String> routes = new LinkedHashMap<>();
        channels.forEach(ch -> settings.routes(c.property(), ch)
                .forEach(r -> routes.putIfAbsent(r, wording.language(c.property(), ch, r))));
        settings.everyEvent(c.property())
                .forEach(r -> routes.putIfAbsent(r, wording.language(c.property(), EVERY_EVENT, r)));
        return write(c, routes, compose, at);
    }

    private Map<Route, String> everyEventWebhooks(CaseFile c) {
        Map<Route, String> routes = new LinkedHashMap<>();
        settings.everyEvent(c.property()).stream().filter(r -> WEBHOOK.equals(r.scheme()))
                .forEach(r -> routes.putIfAbsent(r, wording.language(c.property(), EVERY_EVENT, r)));
        return routes;
    }

    /** One row per route, each alert composed once per language its recipients read. */
    private int write(CaseFile c, Map<Route, String> routes, Function<String, Alert> compose, Instant at) {
        Map<String, Alert> byLanguage = new HashMap<>();
        routes.forEach((route, lang) -> {
            Alert alert = byLanguage.computeIfAbsent(lang, compose);
            outbox.add(new Notification(c.tenant().value(), c.property().value(), c.id().value(), alert.event(), route,
                    alert.subject(), alert.text(), alert.json(), at, c.severity().rank()));
        });
        return routes.size();
    }

    private AlertComposer composer(CaseFile c, ProtocolPack protocol, String lang) {
        var own = ownChannels.ownChannels(c.property(), protocol);
        return wording.composer(property(c.property(), c), protocol, settings.caseLink(c.id().value()), lang,
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
