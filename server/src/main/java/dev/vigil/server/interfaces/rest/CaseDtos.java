package dev.vigil.server.interfaces.rest;

import dev.vigil.server.application.casefile.CaseView;
import dev.vigil.server.domain.model.casefile.CaseAction;
import dev.vigil.server.domain.model.casefile.CaseEvent;
import dev.vigil.server.domain.model.casefile.CaseFile;
import dev.vigil.server.domain.model.casefile.CaseMatch;
import dev.vigil.server.domain.model.observation.Observation;
import dev.vigil.server.domain.model.pattern.SubjectKey;
import dev.vigil.server.domain.model.pattern.SubjectType;
import dev.vigil.server.domain.model.stay.Stay;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The JSON shapes of cases: summary for the queue, detail for one case. Tokens only, never raw identifiers. */
public final class CaseDtos {

    private CaseDtos() {
    }

    /** A subject of a case; rooms carry their number and reservation for the reader. */
    @Schema(name = "CaseSubject")
    public record Subject(String type, String value, String room, String reservationRef) {
        static Subject of(SubjectKey key, Map<String, Stay> stays) {
            Stay stay = key.type() == SubjectType.ROOM_STAY ? stays.get(key.value()) : null;
            return new Subject(key.type().name(), key.value(), stay == null ? null : stay.room().orElse(null),
                    stay == null ? null : stay.reservationRef().orElse(null));
        }
    }

    /** One line of the queue; {@code nextDueAt} is the earliest deadline of a step still open, {@code overdue} any step past it. */
    @Schema(name = "CaseSummary")
    public record Summary(String id, String propertyId, String severity, int score, String status, Subject subject,
                         @Schema(type = SchemaType.STRING, format = "date-time") Instant createdAt,
                         @Schema(type = SchemaType.STRING, format = "date-time") Instant updatedAt,
                         int observations, List<String> rules,
                         @Schema(type = SchemaType.STRING, format = "date-time") Instant nextDueAt, boolean overdue) {
        static Summary of(CaseFile c, Map<String, Stay> stays) {
            List<CaseAction> pending = c.actions().stream()
                    .filter(a -> a.state() == CaseAction.State.OPEN || a.state() == CaseAction.State.OVERDUE).toList();
            Instant next = pending.stream().map(CaseAction::deadlineAt).min(Instant::compareTo).orElse(null);
            boolean overdue = pending.stream().anyMatch(a -> a.state() == CaseAction.State.OVERDUE)
                    || (next != null && next.isBefore(Instant.now()));
            return new Summary(c.id().value(), c.property().value(), c.severity().name(), c.score(), c.status().name(),
                    Subject.of(c.primarySubject(), stays), c.createdAt(), c.updatedAt(), c.observationIds().size(),
                    c.matches().stream().map(CaseMatch::ruleId).distinct().toList(), next, overdue);
        }
    }

    /** A page of the queue. */
    @Schema(name = "CasePage")
    public record Page(List<Summary> cases, String nextCursor) {
    }

    /** Why a rule matched, in the reader's language. */
    @Schema(name = "CaseMatchedRule")
    public record MatchedRule(String ruleId, String title, String tier, Subject subject,
                              @Schema(type = SchemaType.STRING, format = "date-time") Instant windowStart,
                              @Schema(type = SchemaType.STRING, format = "date-time") Instant windowEnd,
                              int score, List<String> observationIds, String explanation) {
    }

    /** A contributing observation as the case shows it. */
    @Schema(name = "CaseObservation")
    public record CaseObservation(String id, String observedAt, String reporterId, String role, String room, String area,
                                  String reservationRef, List<Indicator> indicators, List<Subject> subjects,
                                  boolean noteFlagged,
                                  @Schema(type = SchemaType.STRING, format = "date-time") Instant receivedAt) {
    }

    /** A code with its checklist wording. */
    @Schema(name = "CaseIndicator")
    public record Indicator(String code, String text) {
    }

    /**
     * Whom to contact for a step at the case's property, and how: kind {@code phone} (number to call),
     * {@code sms} (short code and keyword to text), {@code web} (a form's url), {@code email} (an address)
     * or {@code internal} (the role to tell); {@code name}: the channel's name in the reader's language.
     */
    @Schema(name = "CaseContact")
    public record Contact(String channel, @Schema(enumeration = {"phone", "sms", "web", "email", "internal"}) String kind,
                          String number, String display, String keyword, String tty, String url, String address,
                          String role, String available, String label, boolean setByProperty, String name) {
        static Contact of(dev.vigil.server.domain.model.protocol.ActionContact c, String lang) {
            return new Contact(c.channel(), c.kind(), c.number(), c.display(), c.keyword(), c.tty(), c.url(), c.address(),
                    c.role(), c.available(), c.label(), c.setByProperty(), c.name(lang));
        }
    }

    /**
     * One of the protocol's steps on the case, with whom to contact for it and the protocol's words for
     * it in the reader's language.
     */
    @Schema(name = "CaseAction")
    public record Action(String id, String actionId, String kind, String who, String channel, String severity,
                         @Schema(type = SchemaType.STRING, format = "date-time") Instant dueAt,
                         @Schema(enumeration = {"OPEN", "OVERDUE", "ACKNOWLEDGED", "CANCELLED", "SUPERSEDED"}) String state,
                         int escalations, String escalatesTo, String provenance, boolean optional, String acknowledgedBy,
                         @Schema(type = SchemaType.STRING, format = "date-time") Instant acknowledgedAt, String note,
                         List<Contact> contacts, String text) {
        static Action of(dev.vigil.server.domain.model.casefile.CaseAction a,
                         List<dev.vigil.server.domain.model.protocol.ActionContact> contacts, String text, String lang) {
            return new Action(a.id(), a.actionId(), a.kind(), a.who(), a.channel(), a.severity().name(), a.deadlineAt(),
                    a.state().name(), a.escalations(), a.escalateTo().orElse(null), a.provenance(), a.optional(),
                    a.acknowledgedBy().orElse(null), a.acknowledgedAt().orElse(null), a.ackNote().orElse(null),
                    contacts.stream().map(c -> Contact.of(c, lang)).toList(), text);
        }
    }

    /** A decision or another entry of the case's history. */
    @Schema(name = "CaseHistoryEntry")
    public record HistoryEntry(@Schema(type = SchemaType.STRING, format = "date-time") Instant at, String actor,
                               String kind, String detail, String note) {
    }

    /** One case in full. */
    @Schema(name = "CaseDetail")
    public record Detail(String id, String propertyId, Subject subject, List<Subject> subjects, String severity, int score,
                         String status, String mergedInto,
                         @Schema(description = "the dismissed or closed case whose subjects this case's new evidence is about")
                         String follows,
                         @Schema(type = SchemaType.STRING, format = "date-time") Instant createdAt,
                         @Schema(type = SchemaType.STRING, format = "date-time") Instant updatedAt,
                         List<MatchedRule> matchedRules, List<CaseObservation> observations, List<Action> actions,
                         List<HistoryEntry> decisions, List<HistoryEntry> history) {

        static Detail of(CaseView view) {
            CaseFile c = view.caseFile();
            Map<String, Stay> stays = view.stays();
            List<MatchedRule> rules = c.matches().stream().map(m -> new MatchedRule(m.ruleId(), m.ruleTitle(view.lang()),
                    m.tier().name(), Subject.of(m.subject(), stays), m.windowStart(), m.windowEnd(), m.score(),
                    m.observationIds(), m.explanation(view.lang()))).toList();
            List<CaseObservation> observations = view.observations().stream().map(o -> observation(o, view)).toList();
            List<HistoryEntry> history = c.events().stream().map(CaseDtos::entry).toList();
            return new Detail(c.id().value(), c.property().value(), Subject.of(c.primarySubject(), stays),
                    c.subjects().stream().map(k -> Subject.of(k, stays)).toList(), c.severity().name(), c.score(),
                    c.status().name(), c.mergedInto().map(Object::toString).orElse(null),
                    c.follows().map(Object::toString).orElse(null), c.createdAt(), c.updatedAt(),
                    rules, observations, c.actions().stream()
                            .map(a -> Action.of(a, view.contactsOf(a.id()), view.actionTexts().get(a.id()), view.lang())).toList(),
                    history.stream().filter(h -> h.kind().equals(CaseEvent.Kind.DECISION.name())).toList(), history);
        }

        private static CaseObservation observation(Observation o, CaseView view) {
            return new CaseObservation(o.id().value(), o.observedAt().toString(), o.reporter().staffId(),
                    o.reporter().role().name(), o.location().room().orElse(null), o.location().area().orElse(null),
                    o.reservationRef().orElse(null),
                    o.indicators().stream().map(code -> new Indicator(code.value(), view.indicatorTexts().get(code.value()))).toList(),
                    o.subjects().stream().map(s -> new Subject(SubjectType.of(s.kind()).name(), s.token(), null, null))
                            .sorted(java.util.Comparator.comparing(Subject::type)).toList(),
                    o.noteFlagged(), o.receivedAt());
        }
    }

    static HistoryEntry entry(CaseEvent e) {
        return new HistoryEntry(e.at(), e.actor(), e.kind().name(), e.detail(), e.note());
    }

    /** A decision as sent. */
    @Schema(name = "DecisionRequest")
    public record DecisionRequest(
            @Schema(required = true, enumeration = {"DISMISS", "MONITOR", "REPORT", "ESCALATE_URGENT", "CLOSE"}) String decision,
            @Schema(required = true, maxLength = 2000, description = "why, in facts") String note) {
    }
}
