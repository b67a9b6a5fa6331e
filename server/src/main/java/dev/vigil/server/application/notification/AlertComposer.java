package dev.vigil.server.application.notification;

import dev.vigil.server.domain.model.casefile.CaseAction;
import dev.vigil.server.domain.model.casefile.CaseFile;
import dev.vigil.server.domain.model.casefile.Severity;
import dev.vigil.server.domain.model.protocol.ActionContact;
import dev.vigil.server.domain.model.protocol.ProtocolPack;
import dev.vigil.server.domain.model.tenant.Property;
import dev.vigil.server.domain.model.text.Wording;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * Words the alerts, in the recipient's language. Only facts a recipient needs to open the case:
 * the property, the case id, its severity, which protocol steps are due, by whom and when, and
 * whom to call (the property's own emergency number: 911 in Connecticut, 100 in Israel). The room,
 * the guest and what was seen stay inside Vigil, behind the case's audited read.
 */
final class AlertComposer {

    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm xxx");

    private final Property property;
    private final ProtocolPack protocol;
    private final Optional<String> link;
    private final Wording say;
    private final String emergency;
    private final Function<CaseAction, List<ActionContact>> contacts;

    /** Contacts as the pack states them. */
    AlertComposer(Property property, ProtocolPack protocol, Optional<String> link, Wording say, String emergency) {
        this(property, protocol, link, say, emergency,
                a -> protocol.contacts(a.severity().name(), a.actionId(), a.channel(), Map.of()));
    }

    /** With whom to contact for each step, as resolved for the property. */
    AlertComposer(Property property, ProtocolPack protocol, Optional<String> link, Wording say, String emergency,
                  Function<CaseAction, List<ActionContact>> contacts) {
        this.property = property;
        this.protocol = protocol;
        this.link = link;
        this.say = say;
        this.emergency = emergency;
        this.contacts = contacts;
    }

    Alert actionsRequired(CaseFile c, List<CaseAction> created, Instant at) {
        String severity = severity(c);
        String subject = say.say("alert.subject.actionsRequired", "severity", severity, "property", property.name());
        String steps = String.join(say.say("alert.stepSeparator"), created.stream().map(this::describe).toList());
        String text = say.say("alert.text.actionsRequired", "property", property.name(), "severity", severity, "steps", steps)
                + " " + opening(c);
        JsonArrayBuilder actions = Json.createArrayBuilder();
        created.forEach(a -> actions.add(action(a)));
        String json = envelope(Alert.ACTIONS_REQUIRED, c, at, text).add("actions", actions).build().toString();
        return new Alert(Alert.ACTIONS_REQUIRED, subject, text, json);
    }

    Alert actionOverdue(CaseFile c, CaseAction overdue, Instant at) {
        String subject = say.say("alert.subject.actionOverdue", "severity", severity(c), "property", property.name());
        String text = say.say("alert.text.actionOverdue", "property", property.name(), "step", describe(overdue))
                + overdue.escalateTo().map(to -> " " + say.say("alert.escalated", "role", say.say("role." + to))).orElse("")
                + " " + say.say("alert.acknowledge") + " " + opening(c);
        JsonObjectBuilder action = action(overdue).add("escalations", overdue.escalations());
        overdue.escalateTo().ifPresent(to -> action.add("escalatedTo", to));
        String json = envelope(Alert.ACTION_OVERDUE, c, at, text).add("action", action).build().toString();
        return new Alert(Alert.ACTION_OVERDUE, subject, text, json);
    }

    Alert caseOpened(CaseFile c, Instant at) {
        String subject = say.say("alert.caseOpened", "severity", severity(c), "property", property.name());
        String text = subject + " " + opening(c);
        JsonObjectBuilder json = envelope(Alert.OPENED, c, at, text).add("openedAt", c.createdAt().toString());
        c.follows().ifPresent(earlier -> json.add("followsCaseId", earlier.value()));
        return new Alert(Alert.OPENED, subject, text, json.build().toString());
    }

    Alert severityRaised(CaseFile c, Severity before, Instant at) {
        String subject = say.say("alert.severityRaised", "before", say.say("severity." + before.name()),
                "severity", severity(c), "property", property.name());
        String text = subject + " " + opening(c);
        String json = envelope(Alert.SEVERITY_RAISED, c, at, text).add("previousSeverity", before.name()).build().toString();
        return new Alert(Alert.SEVERITY_RAISED, subject, text, json);
    }

    private String severity(CaseFile c) {
        return say.say("severity." + c.severity().name());
    }

    private String opening(CaseFile c) {
        return link.map(l -> say.say("alert.openLink", "id", c.id().value(), "link", l))
                .orElseGet(() -> say.say("alert.open", "id", c.id().value()))
                + " " + say.say("alert.safety", "emergency", emergency);
    }

    private String describe(CaseAction a) {
        String due = LOCAL.format(a.deadlineAt().atZone(property.zone()));
        String who = say.say("role." + a.who());
        List<ActionContact> reach = contacts.apply(a).stream().filter(c -> !"internal".equals(c.kind())).toList();
        if (reach.isEmpty()) {
            return say.say("alert.step", "step", label(a), "who", who, "due", due);
        }
        String how = String.join(say.say("contact.or"), reach.stream().map(c -> c.describe(say)).toList());
        if (how.equals(label(a))) {
            // "call 100" needs no "call 100: call 100"
            return say.say("alert.step", "step", label(a), "who", who, "due", due);
        }
        return say.say("alert.stepWithContact", "step", label(a), "contact", how, "who", who, "due", due);
    }

    private Optional<ActionContact> firstContact(CaseAction a) {
        return contacts.apply(a).stream().filter(c -> !"internal".equals(c.kind()) && c.usable()).findFirst();
    }

    private Optional<String> contact(CaseAction a) {
        return firstContact(a).map(ActionContact::label);
    }

    private String label(CaseAction a) {
        String key = "action." + a.kind();
        return say.messages().has(key) ? say.say(key, "emergency", emergency) : a.actionId().replace('_', ' ');
    }

    private JsonObjectBuilder envelope(String event, CaseFile c, Instant at, String summary) {
        JsonObjectBuilder b = Json.createObjectBuilder()
                .add("event", event)
                .add("occurredAt", at.toString())
                .add("tenant", c.tenant().value())
                .add("propertyId", property.id().value())
                .add("propertyName", property.name())
                .add("caseId", c.id().value())
                .add("severity", c.severity().name())
                .add("protocol", protocol.id() + "@" + protocol.version())
                .add("language", say.lang())
                .add("summary", summary);
        link.ifPresent(l -> b.add("link", l));
        return b;
    }

    private JsonObjectBuilder action(CaseAction a) {
        JsonObjectBuilder b = Json.createObjectBuilder()
                .add("id", a.id())
                .add("step", a.actionId())
                .add("kind", a.kind())
                .add("who", a.who())
                .add("dueAt", a.deadlineAt().toString())
                .add("label", label(a));
        contact(a).ifPresent(n -> b.add("contact", n));
        firstContact(a).ifPresent(c -> b.add("contactName", c.name(say.lang())));
        protocol.action(a.severity().name(), a.actionId()).map(s -> s.text().shown(say.lang()))
                .filter(t -> !t.isBlank()).ifPresent(t -> b.add("text", t));
        JsonArrayBuilder reach = Json.createArrayBuilder();
        for (ActionContact c : contacts.apply(a)) {
            JsonObjectBuilder o = Json.createObjectBuilder().add("channel", c.channel()).add("kind", c.kind()).add("label", c.label())
                    .add("name", c.name(say.lang())).add("text", c.describe(say));
            optional(o, "number", c.number());
            optional(o, "display", c.display());
            optional(o, "keyword", c.keyword());
            optional(o, "tty", c.tty());
            optional(o, "url", c.url());
            optional(o, "address", c.address());
            optional(o, "role", c.role());
            reach.add(o);
        }
        return b.add("contacts", reach);
    }

    private static void optional(JsonObjectBuilder o, String name, String value) {
        if (value != null) {
            o.add(name, value);
        }
    }
}
