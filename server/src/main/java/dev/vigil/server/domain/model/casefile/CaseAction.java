package dev.vigil.server.domain.model.casefile;

import dev.vigil.server.domain.model.time.UtcTime;
import dev.vigil.server.domain.model.protocol.ProtocolAction;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.Optional;
import java.util.UUID;

/**
 * One step the protocol requires on a case, tracked until someone acknowledges it. When its
 * deadline passes first it is overdue and escalates, again every repeat interval, as the protocol says.
 */
@Entity
@Table(name = "case_action")
public class CaseAction {

    /**
     * Where the step stands. SUPERSEDED: two merged cases waited for the same step, and the more urgent
     * of the two (overdue, or due first) carries it on.
     */
    public enum State { OPEN, OVERDUE, ACKNOWLEDGED, CANCELLED, SUPERSEDED }

    /** Overdue before open, then the earlier deadline, then the one escalated more often. */
    static final java.util.Comparator<CaseAction> MORE_URGENT_FIRST = java.util.Comparator
            .comparing((CaseAction a) -> a.state() == State.OVERDUE ? 0 : 1)
            .thenComparing(CaseAction::deadlineAt)
            .thenComparing(CaseAction::escalations, java.util.Comparator.reverseOrder());

    @Id
    @Column(name = "id", length = 36)
    private String id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "case_id")
    private CaseFile caseFile;

    @Column(name = "action_id", nullable = false, length = 80)
    private String actionId;

    @Column(name = "kind", nullable = false, length = 30)
    private String kind;

    @Column(name = "who", nullable = false, length = 16)
    private String who;

    @Column(name = "channel", length = 60)
    private String channel;

    @Column(name = "severity", nullable = false, length = 8)
    private String severity;

    @Column(name = "protocol", nullable = false, length = 120)
    private String protocol;

    @Column(name = "provenance", nullable = false, length = 10)
    private String provenance;

    @Column(name = "optional", nullable = false)
    private boolean optional;

    @Column(name = "deadline_at", nullable = false)
    private LocalDateTime deadlineAt;

    @Column(name = "state", nullable = false, length = 12)
    private String state;

    @Column(name = "escalate_to", length = 16)
    private String escalateTo;

    @Column(name = "notify_channels", length = 400)
    private String notifyChannels;

    @Column(name = "repeat_minutes")
    private Integer repeatMinutes;

    @Column(name = "escalations", nullable = false)
    private int escalations;

    @Column(name = "next_escalation_at")
    private LocalDateTime nextEscalationAt;

    @Column(name = "created_at", nullable = false)
    private LocalDateTime createdAt;

    @Column(name = "acknowledged_by", length = 100)
    private String acknowledgedBy;

    @Column(name = "acknowledged_at")
    private LocalDateTime acknowledgedAt;

    @Column(name = "ack_note", length = 2000)
    private String ackNote;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected CaseAction() {
        // for JPA
    }

    CaseAction(CaseFile caseFile, ProtocolAction step, Severity severity, String protocolId, Instant at) {
        this.id = UUID.randomUUID().toString();
        this.caseFile = caseFile;
        this.actionId = step.id();
        this.kind = step.kind().name();
        this.who = step.who();
        this.channel = step.channel();
        this.severity = severity.name();
        this.protocol = protocolId;
        this.provenance = step.provenance().status();
        this.optional = step.optional();
        this.deadlineAt = UtcTime.of(at.plus(step.deadline()));
        this.state = State.OPEN.name();
        if (step.onOverdue() != null) {
            this.escalateTo = step.onOverdue().escalateTo();
            this.notifyChannels = step.onOverdue().tell().isEmpty() ? null : String.join(",", step.onOverdue().tell());
            this.repeatMinutes = step.onOverdue().repeatEvery() == null ? null : (int) step.onOverdue().repeatEvery().toMinutes();
        }
        // every step is watched from its deadline on: it goes overdue then, and escalates only where the protocol says
        this.nextEscalationAt = deadlineAt;
        this.createdAt = UtcTime.of(at);
    }

    /** Marks the step done; a second acknowledgement is refused. */
    public void acknowledge(String by, String note, Instant at) {
        if (state() == State.ACKNOWLEDGED) {
            throw new IllegalStateException("already acknowledged by " + acknowledgedBy);
        }
        if (state() == State.CANCELLED) {
            throw new IllegalStateException("cancelled when the case was dismissed or closed");
        }
        state = State.ACKNOWLEDGED.name();
        acknowledgedBy = by;
        acknowledgedAt = UtcTime.of(at);
        ackNote = note == null || note.isBlank() ? null : note.trim();
        nextEscalationAt = null;
    }

    /** Now belongs to the case that took its case in; deadline, escalations and state stay as they are. */
    void moveTo(CaseFile survivor) {
        this.caseFile = survivor;
    }

    /** The same protocol step at the same severity. */
    boolean sameStepAs(CaseAction other) {
        return actionId.equals(other.actionId) && severity.equals(other.severity);
    }

    /** Its twin on a merged case carries the step on; this one stops escalating and says which took over. */
    void supersede(CaseAction by, Instant at) {
        state = State.SUPERSEDED.name();
        nextEscalationAt = null;
        ackNote = "superseded by " + by.id() + " when the cases merged";
        acknowledgedAt = UtcTime.of(at);
    }

    /** Still to be done: open or overdue. */
    public boolean pending() {
        return state() == State.OPEN || state() == State.OVERDUE;
    }

    /** The case was dismissed or closed: a step still pending is no longer asked for. Returns true if it was pending. */
    boolean cancel() {
        if (!pending()) {
            return false;
        }
        state = State.CANCELLED.name();
        nextEscalationAt = null;
        return true;
    }

    /**
     * Goes overdue when the deadline passes, and escalates then and every repeat interval where the
     * protocol gives the step an escalation. Returns true when it went overdue or escalated now.
     */
    public boolean escalateIfDue(Instant now) {
        if (!pending() || nextEscalationAt == null || UtcTime.of(now).isBefore(nextEscalationAt)) {
            return false;
        }
        state = State.OVERDUE.name();
        if (!escalates()) {
            nextEscalationAt = null; // overdue, and shown so, but the protocol names nobody further to tell
            return true;
        }
        escalations++;
        nextEscalationAt = repeatMinutes == null || repeatMinutes <= 0 ? null
                : UtcTime.of(now).plus(Duration.ofMinutes(repeatMinutes));
        return true;
    }

    /** Whether the protocol says what happens when the step is overdue: someone to escalate to or to tell. */
    public boolean escalates() {
        return escalateTo != null || notifyChannels != null;
    }

    /** Still pending and past its deadline at {@code now}. */
    public boolean overdueAt(Instant now) {
        return pending() && !UtcTime.of(now).isBefore(deadlineAt);
    }


    public String id() {
        return id;
    }

    public CaseFile caseFile() {
        return caseFile;
    }

    public String actionId() {
        return actionId;
    }

    public String kind() {
        return kind;
    }

    public String who() {
        return who;
    }

    public String channel() {
        return channel;
    }

    public Severity severity() {
        return Severity.valueOf(severity);
    }

    public String protocol() {
        return protocol;
    }

    public String provenance() {
        return provenance;
    }

    public boolean optional() {
        return optional;
    }

    public Instant deadlineAt() {
        return UtcTime.instant(deadlineAt);
    }

    public State state() {
        return State.valueOf(state);
    }

    public Optional<String> escalateTo() {
        return Optional.ofNullable(escalateTo);
    }

    /** The protocol's channels to tell when this action is overdue, e.g. duty_manager. */
    public java.util.List<String> notifyWhenOverdue() {
        return notifyChannels == null ? java.util.List.of() : java.util.List.of(notifyChannels.split(","));
    }

    public int escalations() {
        return escalations;
    }

    public Optional<String> acknowledgedBy() {
        return Optional.ofNullable(acknowledgedBy);
    }

    public Optional<Instant> acknowledgedAt() {
        return Optional.ofNullable(acknowledgedAt).map(t -> UtcTime.instant(t));
    }

    public Optional<String> ackNote() {
        return Optional.ofNullable(ackNote);
    }

    public Instant createdAt() {
        return UtcTime.instant(createdAt);
    }
}
