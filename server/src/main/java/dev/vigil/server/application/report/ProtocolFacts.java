package dev.vigil.server.application.report;

import dev.vigil.server.application.report.CaseReport.Contact;
import dev.vigil.server.application.report.CaseReport.Relied;
import dev.vigil.server.application.report.CaseReport.Source;
import dev.vigil.server.application.report.CaseReport.Step;
import dev.vigil.server.domain.model.casefile.CaseAction;
import dev.vigil.server.domain.model.protocol.ActionContact;
import dev.vigil.server.domain.model.protocol.ActionKind;
import dev.vigil.server.domain.model.protocol.Channel;
import dev.vigil.server.domain.model.protocol.ProtocolAction;
import dev.vigil.server.domain.model.protocol.ProtocolPack;
import dev.vigil.server.domain.model.protocol.Provenance;
import dev.vigil.server.domain.model.text.Wording;
import dev.vigil.server.domain.service.ReportingNumbers;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The protocol's side of a packet: the steps taken on the case with the provenance of each step,
 * deadline and escalation; the numbers in force; and every value the case relied on that a person
 * must still confirm. Provenance comes from the pack in force; a step created under another version
 * says so.
 */
final class ProtocolFacts {

    static final String SET_BY_PROPERTY = "set by the property";

    private final ProtocolPack pack;
    private final ReportingNumbers numbers;
    private final ReportClock clock;
    private final Wording say;
    private final Map<String, Relied> relied = new LinkedHashMap<>();
    private final Map<String, Channel> ownChannels;

    ProtocolFacts(ProtocolPack pack, ReportingNumbers numbers, ReportClock clock, Wording say,
                  Map<String, Channel> ownChannels) {
        this.pack = pack;
        this.numbers = numbers;
        this.clock = clock;
        this.say = say;
        this.ownChannels = ownChannels;
    }

    /** The steps by deadline, optional ones (which have none) last. */
    List<Step> steps(List<CaseAction> actions) {
        return actions.stream().sorted(java.util.Comparator.comparing(CaseAction::optional)).map(this::step).toList();
    }

    private Step step(CaseAction a) {
        Optional<ProtocolAction> stated = pack.action(a.severity().name(), a.actionId());
        String inForce = pack.id() + "@" + pack.version();
        String versionNote = a.protocol().equals(inForce) ? null
                : say.say("report.note.otherVersion", "inForce", inForce, "createdUnder", a.protocol());
        Source action = stated.map(s -> source(s.provenance(), versionNote))
                .orElse(new Source(a.provenance(), List.of(), say.say("report.note.notInPack", "inForce", inForce)));
        Source deadline = stated.map(s -> source(s.deadlineProvenance(), versionNote)).orElse(action);
        Source escalation = stated.filter(s -> s.onOverdue() != null).map(s -> source(s.onOverdue().provenance(), versionNote))
                .orElse(null);
        stated.ifPresent(s -> noteUnsourced(a, s));
        Optional<Channel> channel = Optional.ofNullable(a.channel()).flatMap(pack::channel);
        channel.ifPresent(this::noteUnsourced);
        // the packet's JSON names each contact by its label; its name per language is in channelName and contactTexts
        List<ActionContact> reach = pack.contacts(a.severity().name(), a.actionId(), a.channel(), ownChannels);
        List<ActionContact> contacts = reach.stream()
                .map(c -> new ActionContact(c.channel(), c.kind(), c.number(), c.display(), c.keyword(), c.tty(), c.url(),
                        c.address(), c.role(), c.available(), c.label(), c.setByProperty())).toList();
        String label = say.sayOr("action." + a.kind(), a.actionId(), "emergency", numbers == null ? "" : numbers.emergency());
        return new Step(a.actionId(), a.kind(), a.severity().name(), a.who(), a.channel(),
                channel.map(c -> numberOf(c).orElse(c.display())).orElse(null), a.optional(),
                clock.format(a.createdAt()), a.optional() ? null : clock.format(a.deadlineAt()), a.state().name(),
                a.acknowledgedBy().orElse(null), a.acknowledgedAt().map(clock::format).orElse(null), a.escalations(),
                a.escalateTo().orElse(null), a.protocol(), action, deadline, escalation, contacts, label,
                stated.map(s -> s.text().shown(say.lang())).filter(t -> !t.isBlank()).orElse(null),
                channel.map(c -> c.name(say.lang())).orElse(null),
                reach.stream().map(c -> c.describe(say)).toList());
    }

    private void noteUnsourced(CaseAction a, ProtocolAction s) {
        if (!s.provenance().status().equals("sourced")) {
            relied.putIfAbsent("action " + s.id(), new Relied(say.say("report.relied.step", "id", s.id()),
                    say.say("report.relied.stepValue", "kind", s.kind().name(), "who", s.who()), source(s.provenance(), null)));
        }
        if (!a.optional() && !s.deadlineProvenance().status().equals("sourced")) {
            relied.putIfAbsent("deadline " + s.id(), new Relied(say.say("report.relied.deadline", "id", s.id()),
                    s.deadline().toString(), source(s.deadlineProvenance(), null)));
        }
        if (s.onOverdue() != null && !s.onOverdue().provenance().status().equals("sourced")) {
            relied.putIfAbsent("escalation " + s.id(), new Relied(say.say("report.relied.escalation", "id", s.id()),
                    s.onOverdue().repeatEvery() == null ? say.say("report.relied.escalationTo", "role", s.onOverdue().escalateTo())
                            : say.say("report.relied.escalationRepeat", "role", s.onOverdue().escalateTo(),
                                    "every", s.onOverdue().repeatEvery().toString()), source(s.onOverdue().provenance(), null)));
        }
    }

    private void noteUnsourced(Channel c) {
        if (!c.provenance().status().equals("sourced")) {
            relied.putIfAbsent("channel " + c.id(), new Relied(say.say("report.relied.channel", "id", c.id()),
                    c.shown() == null ? say.say("report.notSet") : c.shown(), source(c.provenance(), null)));
        }
    }

    /** The numbers to call or text, the property's own settings first, each with where it comes from. */
    List<Contact> contacts() {
        List<Contact> contacts = new ArrayList<>();
        for (Channel c : pack.channels()) {
            if (!c.dialled()) {
                continue;
            }
            Optional<String> own = propertyNumber(c);
            Source source = own.isPresent() ? new Source(SET_BY_PROPERTY, List.of(say.say("report.propertyConfiguration")),
                    say.say("report.note.replaces", "value", c.shown() == null ? say.say("report.notSet") : c.shown()))
                    : c.number() == null ? new Source(c.provenance().status(), c.provenance().sources(),
                            say.say("report.note.noNumber"))
                    : source(c.provenance(), null);
            contacts.add(new Contact(c.id(), c.name(say.lang()), own.orElse(c.number()), c.tty(), c.keyword(), c.audience(),
                    c.available(), source, own.orElse(c.number() == null ? null : c.shown())));
        }
        return contacts;
    }

    private Optional<String> numberOf(Channel c) {
        return propertyNumber(c).or(() -> Optional.ofNullable(c.number() == null ? null : c.shown()));
    }

    /**
     * A number the property configured for this channel, when it differs from the pack's: the
     * emergency number for the channel of the call-911 step, the hotline for the hotline step's
     * channel, the text line for the first text channel (as the filing answer uses them).
     */
    private Optional<String> propertyNumber(Channel c) {
        if (numbers == null) {
            return Optional.empty();
        }
        String configured = null;
        if (c.id().equals(channelOf("URGENT", ActionKind.CALL_911))) {
            configured = numbers.emergency();
        } else if (c.id().equals(channelOf("REPORT", ActionKind.CONTACT_HOTLINE))) {
            configured = numbers.hotline();
        } else if (pack.channels().stream().filter(x -> "sms".equals(x.kind())).findFirst().filter(c::equals).isPresent()) {
            configured = numbers.hotlineSms();
        }
        if (configured == null || configured.isBlank() || configured.equals(c.shown()) || configured.equals(c.number())) {
            return Optional.empty();
        }
        return Optional.of(configured);
    }

    private String channelOf(String severity, ActionKind kind) {
        return pack.actionsFor(severity).stream().filter(a -> a.kind() == kind).map(ProtocolAction::channel)
                .findFirst().orElse(null);
    }

    List<Relied> reliedOn() {
        return List.copyOf(relied.values());
    }

    static Source source(Provenance p, String extraNote) {
        String note = p.note() == null ? extraNote : extraNote == null ? p.note() : p.note() + " " + extraNote;
        return new Source(p.status(), p.sources(), note);
    }
}
