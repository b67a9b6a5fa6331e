package dev.vigil.server.application.notification;

import dev.vigil.server.domain.model.casefile.CaseAction;
import dev.vigil.server.domain.model.casefile.CaseFile;
import dev.vigil.server.domain.model.protocol.ActionContact;
import dev.vigil.server.domain.model.protocol.Channel;
import dev.vigil.server.domain.model.protocol.ProtocolPack;
import dev.vigil.server.domain.model.tenant.Property;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Words the alerts. Only facts a recipient needs to open the case: the property, the case id, its
 * severity, which protocol steps are due, by whom and when, and whom to call. The room, the guest
 * and what was seen stay inside Vigil, behind the case's audited read.
 */
final class AlertComposer {

    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("MMM d HH:mm z", Locale.ENGLISH);

    private final Property property;
    private final ProtocolPack protocol;
    private final Optional<String> link;
    private final java.util.function.Function<CaseAction, List<ActionContact>> contacts;

    AlertComposer(Property property, ProtocolPack protocol, Optional<String> link) {
        this(property, protocol, link, a -> protocol.contacts(a.severity().name(), a.actionId(), a.channel(), java.util.Map.of()));
    }

    /** With whom to contact for each step, as resolved for the property. */
    AlertComposer(Property property, ProtocolPack protocol, Optional<String> link,
                  java.util.function.Function<CaseAction, List<ActionContact>> contacts) {
        this.property = property;
        this.protocol = protocol;
        this.link = link;
        this.contacts = contacts;
    }

    Alert actionsRequired(CaseFile c, List<CaseAction> created, Instant at) {
        String severity = c.severity().name();
        String subject = "Vigil: " + severity + " case at " + property.name() + " needs action";
        String steps = created.stream().map(this::describe).collect(Collectors.joining("; "));
        String text = "A case at " + property.name() + " is now " + severity + ". Needed: " + steps + ". " + opening(c);
        JsonArrayBuilder actions = Json.createArrayBuilder();
        created.forEach(a -> actions.add(action(a)));
        String json = envelope(Alert.ACTIONS_REQUIRED, c, at).add("actions", actions).build().toString();
        return new Alert(Alert.ACTIONS_REQUIRED, subject, text, json);
    }

    Alert actionOverdue(CaseFile c, CaseAction overdue, Instant at) {
        String subject = "Vigil: overdue step on a " + c.severity().name() + " case at " + property.name();
        String text = "Overdue at " + property.name() + ": " + describe(overdue)
                + overdue.escalateTo().map(to -> ". It now goes to the " + to).orElse("")
                + ". Acknowledge it when done. " + opening(c);
        JsonObjectBuilder action = action(overdue).add("escalations", overdue.escalations());
        overdue.escalateTo().ifPresent(to -> action.add("escalatedTo", to));
        String json = envelope(Alert.ACTION_OVERDUE, c, at).add("action", action).build().toString();
        return new Alert(Alert.ACTION_OVERDUE, subject, text, json);
    }

    private String opening(CaseFile c) {
        return "Open case " + c.id().value() + " in Vigil" + link.map(l -> ": " + l).orElse(".")
                + " Never confront anyone; if someone is in danger, call 911.";
    }

    private String describe(CaseAction a) {
        List<ActionContact> reach = contacts.apply(a).stream().filter(c -> !"internal".equals(c.kind())).toList();
        return label(a) + (reach.isEmpty() ? "" : ": " + reach.stream().map(ActionContact::describe)
                .collect(Collectors.joining(" or "))) + " (" + a.who() + ", by "
                + LOCAL.format(a.deadlineAt().atZone(property.zone())) + ")";
    }

    private Optional<String> contact(CaseAction a) {
        return contacts.apply(a).stream().filter(c -> !"internal".equals(c.kind()) && c.usable())
                .map(ActionContact::label).findFirst();
    }

    private static String label(CaseAction a) {
        return switch (a.kind()) {
            case "CALL_911" -> "call 911";
            case "NOTIFY_SECURITY" -> "tell security";
            case "NOTIFY_MANAGER" -> "manager's decision";
            case "CONTACT_HOTLINE" -> "contact the trafficking hotline";
            case "CONTACT_CHILD_PROTECTION" -> "contact child protection";
            case "SECURITY_REVIEW" -> "security review";
            case "CONTACT_POLICE" -> "contact the police";
            default -> a.actionId().replace('_', ' ');
        };
    }

    private JsonObjectBuilder envelope(String event, CaseFile c, Instant at) {
        JsonObjectBuilder b = Json.createObjectBuilder()
                .add("event", event)
                .add("occurredAt", at.toString())
                .add("tenant", c.tenant().value())
                .add("propertyId", property.id().value())
                .add("propertyName", property.name())
                .add("caseId", c.id().value())
                .add("severity", c.severity().name())
                .add("protocol", protocol.id() + "@" + protocol.version());
        link.ifPresent(l -> b.add("link", l));
        return b;
    }

    private JsonObjectBuilder action(CaseAction a) {
        JsonObjectBuilder b = Json.createObjectBuilder()
                .add("id", a.id())
                .add("step", a.actionId())
                .add("kind", a.kind())
                .add("who", a.who())
                .add("dueAt", a.deadlineAt().toString());
        contact(a).ifPresent(n -> b.add("contact", n));
        JsonArrayBuilder reach = Json.createArrayBuilder();
        for (ActionContact c : contacts.apply(a)) {
            JsonObjectBuilder o = Json.createObjectBuilder().add("channel", c.channel()).add("kind", c.kind()).add("label", c.label());
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
