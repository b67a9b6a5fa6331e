package dev.vigil.server.domain.model.casefile;

import dev.vigil.server.domain.model.time.UtcTime;
import dev.vigil.server.domain.model.pattern.SubjectKey;
import dev.vigil.server.domain.model.protocol.CaseCircumstances;
import dev.vigil.server.domain.model.protocol.ProtocolAction;
import dev.vigil.server.domain.model.protocol.ProtocolPack;
import dev.vigil.server.domain.model.pattern.SubjectType;
import dev.vigil.server.domain.model.pattern.Tier;
import dev.vigil.server.domain.model.tenant.PropertyId;
import dev.vigil.server.domain.model.tenant.TenantId;
import dev.vigil.server.domain.service.pattern.RuleMatch;
import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Aggregate root: one case, the group of linked subjects where rules matched. Its severity is the
 * highest tier any match reached and never falls by itself; security's decisions move its status.
 * When subjects of two cases link later, one case takes the other in and both keep their history.
 */
@Entity
@Table(name = "case_file")
public class CaseFile {

    public static final String SYSTEM = "vigil";

    @Id
    @Column(name = "id", length = 36)
    private String id;

    @Column(name = "tenant_id", nullable = false, length = 63)
    private String tenantId;

    @Column(name = "property_id", nullable = false, length = 63)
    private String propertyId;

    @Enumerated(EnumType.STRING)
    @Column(name = "severity", nullable = false, length = 8)
    private Severity severity;

    @Column(name = "severity_rank", nullable = false)
    private int severityRank;

    @Column(name = "score", nullable = false)
    private int score;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 12)
    private CaseStatus status;

    @Enumerated(EnumType.STRING)
    @Column(name = "primary_type", nullable = false, length = 16)
    private SubjectType primaryType;

    @Column(name = "primary_value", nullable = false, length = 120)
    private String primaryValue;

    @Column(name = "merged_into", length = 36)
    private String mergedInto;

    @Column(name = "follows", length = 36)
    private String follows;

    @Column(name = "created_at", nullable = false)
    private LocalDateTime createdAt;

    @Column(name = "updated_at", nullable = false)
    private LocalDateTime updatedAt;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "case_subject", joinColumns = @JoinColumn(name = "case_id"))
    private Set<CaseSubject> subjects = new LinkedHashSet<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "case_observation", joinColumns = @JoinColumn(name = "case_id"))
    @Column(name = "observation_id", nullable = false, length = 36)
    private Set<String> observationIds = new LinkedHashSet<>();

    @OneToMany(mappedBy = "caseFile", cascade = CascadeType.ALL, fetch = FetchType.EAGER)
    private List<CaseMatch> matches = new ArrayList<>();

    @OneToMany(mappedBy = "caseFile", cascade = CascadeType.ALL, fetch = FetchType.EAGER)
    @OrderBy("occurredAt")
    private List<CaseEvent> events = new ArrayList<>();

    @OneToMany(mappedBy = "caseFile", cascade = CascadeType.ALL, fetch = FetchType.EAGER)
    private List<CaseAction> actions = new ArrayList<>();

    @Column(name = "minor_involved", nullable = false)
    private boolean minorInvolved;

    @Column(name = "controller_present", nullable = false)
    private boolean controllerPresent;

    @Column(name = "mandated_reporter", nullable = false)
    private boolean mandatedReporter;

    protected CaseFile() {
        // for JPA
    }

    /** Opens a case for matches at T1 or above. */
    public static CaseFile open(TenantId tenant, PropertyId property, Collection<RuleMatch> matches,
                                Set<SubjectKey> subjects, Instant at) {
        RuleMatch strongest = matches.stream().max(Comparator.comparing(RuleMatch::tier))
                .orElseThrow(() -> new IllegalArgumentException("a case needs a match"));
        Severity severity = Severity.of(strongest.tier())
                .orElseThrow(() -> new IllegalArgumentException("no case below T1"));
        CaseFile c = new CaseFile();
        c.id = CaseId.random().value();
        c.tenantId = tenant.value();
        c.propertyId = property.value();
        c.severity = severity;
        c.severityRank = severity.rank();
        c.status = CaseStatus.OPEN;
        c.primaryType = strongest.subject().type();
        c.primaryValue = strongest.subject().value();
        c.createdAt = UtcTime.of(at);
        c.updatedAt = c.createdAt;
        c.events.add(new CaseEvent(c, at, SYSTEM, CaseEvent.Kind.OPENED, "opened at " + severity + " by " + strongest.ruleId(), null));
        c.absorb(matches, subjects, at);
        return c;
    }

    /**
     * Records that this case holds new evidence about subjects of a case that was dismissed or closed.
     * That case keeps its decision and its time; new evidence never disappears into it (ADR 0014).
     */
    public void follow(CaseFile earlier, Instant at) {
        if (earlier == this || !earlier.tenantId.equals(tenantId)) {
            throw new IllegalArgumentException("a case follows another case of its tenant");
        }
        follows = earlier.id;
        events.add(new CaseEvent(this, at, SYSTEM, CaseEvent.Kind.FOLLOWS, "new evidence about the subjects of case "
                + earlier.id + ", which was " + earlier.status + "; that case stays as decided", null));
    }

    /**
     * Takes in new matches and the subjects that link to them. Returns true when the severity rose.
     * A monitored case that rises is opened again: something new was seen. (A dismissed case takes
     * nothing in: new evidence opens a case that follows it.)
     */
    public boolean absorb(Collection<RuleMatch> newMatches, Set<SubjectKey> newSubjects, Instant at) {
        newSubjects.stream().filter(k -> k.type() != SubjectType.PROPERTY).map(CaseSubject::new).forEach(subjects::add);
        Severity before = severity;
        for (RuleMatch match : newMatches) {
            observationIds.addAll(match.observationIds());
            subjects.add(new CaseSubject(match.subject()));
            Optional<CaseMatch> known = matches.stream().filter(m -> m.sameRuleAndSubject(match)).findFirst();
            if (known.isPresent()) {
                known.get().update(match, at);
            } else {
                matches.add(new CaseMatch(this, match, at));
            }
            score = Math.max(score, match.score());
            Severity.of(match.tier()).ifPresent(s -> severity = Severity.max(severity, s));
        }
        severityRank = severity.rank();
        updatedAt = UtcTime.of(at);
        boolean rose = severity.compareTo(before) > 0;
        if (rose) {
            events.add(new CaseEvent(this, at, SYSTEM, CaseEvent.Kind.SEVERITY_RAISED, before + " → " + severity, null));
            if (status == CaseStatus.MONITORING) {
                events.add(new CaseEvent(this, at, SYSTEM, CaseEvent.Kind.REOPENED, status + " → " + CaseStatus.OPEN, null));
                status = CaseStatus.OPEN;
            }
        }
        return rose;
    }

    /** Takes another case in: its subjects, observations and matches; the other points here from now on. */
    public void merge(CaseFile other, Instant at) {
        if (other == this || !other.tenantId.equals(tenantId)) {
            throw new IllegalArgumentException("cannot merge these cases");
        }
        subjects.addAll(other.subjects);
        observationIds.addAll(other.observationIds);
        for (CaseMatch m : other.matches) {
            if (matches.stream().noneMatch(mine -> mine.ruleId().equals(m.ruleId()) && mine.subject().equals(m.subject()))) {
                matches.add(m.copyInto(this));
            }
        }
        Severity before = severity;
        severity = Severity.max(severity, other.severity);
        severityRank = severity.rank();
        score = Math.max(score, other.score);
        updatedAt = UtcTime.of(at);
        events.add(new CaseEvent(this, at, SYSTEM, CaseEvent.Kind.MERGED_IN,
                "case " + other.id + " (" + other.severity + ", " + other.status + ") linked and merged in", null));
        if (severity.compareTo(before) > 0) {
            events.add(new CaseEvent(this, at, SYSTEM, CaseEvent.Kind.SEVERITY_RAISED, before + " → " + severity, null));
        }
        other.mergedInto = id;
        takeActionsOf(other, at);
        other.events.add(new CaseEvent(other, at, SYSTEM, CaseEvent.Kind.MERGED_INTO, "merged into case " + id, null));
        other.status = CaseStatus.CLOSED;
        other.updatedAt = UtcTime.of(at);
    }

    /**
     * The absorbed case's steps move here as they stand: their deadlines, escalation counts and states,
     * so that a merge never restarts a clock or forgets that a step was overdue. Where both cases wait
     * for the same step, the more urgent one stays and the other is superseded by it.
     */
    private void takeActionsOf(CaseFile other, Instant at) {
        List<String> superseded = new ArrayList<>();
        int moved = 0;
        for (CaseAction moving : List.copyOf(other.actions)) {
            moved += moving.pending() ? 1 : 0;
            other.actions.remove(moving);
            moving.moveTo(this);
            Optional<CaseAction> twin = actions.stream()
                    .filter(mine -> mine.pending() && moving.pending() && mine.sameStepAs(moving)).findFirst();
            actions.add(moving);
            if (twin.isPresent()) {
                CaseAction keep = CaseAction.MORE_URGENT_FIRST.compare(moving, twin.get()) <= 0 ? moving : twin.get();
                CaseAction drop = keep == moving ? twin.get() : moving;
                drop.supersede(keep, at);
                superseded.add(drop.actionId());
            }
        }
        if (moved > 0) {
            events.add(new CaseEvent(this, at, SYSTEM, CaseEvent.Kind.ACTIONS_MOVED, moved + " pending step"
                    + (moved == 1 ? "" : "s") + " of case " + other.id + " moved here with their deadlines"
                    + (superseded.isEmpty() ? "" : "; twins superseded: " + superseded), null));
        }
    }

    /** Remembers what protocol conditions ask about; once seen, a circumstance stays part of the case. */
    public void note(CaseCircumstances seen) {
        minorInvolved |= seen.minorInvolved();
        controllerPresent |= seen.controllerPresent();
        mandatedReporter |= seen.mandatedReporter();
    }

    public CaseCircumstances circumstances() {
        return new CaseCircumstances(minorInvolved, controllerPresent, mandatedReporter);
    }

    /**
     * Creates the protocol's actions for the severity the case is at: the steps whose conditions
     * hold and that the case does not have yet, so a condition that becomes true later (a minor
     * seen in a second observation) adds its step then. A dismissed or closed case gets none.
     * Returns the actions created now.
     */
    public List<CaseAction> requireActions(Severity level, ProtocolPack protocol, Instant at) {
        if (status == CaseStatus.DISMISSED || status == CaseStatus.CLOSED) {
            return List.of();
        }
        List<CaseAction> created = new ArrayList<>();
        for (ProtocolAction step : protocol.actionsFor(level.name())) {
            boolean known = actions.stream().anyMatch(a -> a.severity() == level && a.actionId().equals(step.id())
                    && a.state() != CaseAction.State.CANCELLED);
            if (!known && step.appliesTo(circumstances())) {
                CaseAction action = new CaseAction(this, step, level, protocol.id() + "@" + protocol.version(), at);
                actions.add(action);
                created.add(action);
            }
        }
        if (!created.isEmpty()) {
            events.add(new CaseEvent(this, at, SYSTEM, CaseEvent.Kind.ACTIONS_REQUIRED,
                    level + ": " + created.stream().map(CaseAction::actionId).toList(), null));
        }
        return created;
    }

    /** An action's deadline passed unacknowledged: recorded in the history. */
    public void recordOverdue(CaseAction action, Instant at) {
        events.add(new CaseEvent(this, at, SYSTEM, CaseEvent.Kind.ACTION_OVERDUE, action.actionId() + " overdue"
                + action.escalateTo().map(to -> "; escalated to " + to).orElse("") + " (" + action.escalations() + ")", null));
        updatedAt = UtcTime.of(at);
    }

    /** Someone acknowledged an action: recorded in the history. */
    public CaseAction acknowledge(String actionId, String by, String note, Instant at) {
        CaseAction action = actions.stream().filter(a -> a.id().equals(actionId)).findFirst()
                .orElseThrow(() -> new java.util.NoSuchElementException("no such action"));
        action.acknowledge(by, note, at);
        events.add(new CaseEvent(this, at, by, CaseEvent.Kind.ACTION_ACKNOWLEDGED, action.actionId(), action.ackNote().orElse(null)));
        updatedAt = UtcTime.of(at);
        return action;
    }

    /** The protocol's actions on this case, by deadline. */
    public List<CaseAction> actions() {
        return actions.stream().sorted(Comparator.comparing(CaseAction::deadlineAt).thenComparing(CaseAction::actionId)).toList();
    }

    /** Records a decision with its required note and moves the status. */
    public void decide(Decision decision, String note, String actor, Instant at) {
        if (note == null || note.isBlank()) {
            throw new IllegalArgumentException("a decision needs a note");
        }
        if (status == CaseStatus.CLOSED) {
            throw new IllegalStateException("the case is closed" + (mergedInto == null ? "" : "; it was merged into " + mergedInto));
        }
        String detail = decision + ": " + status + " → " + decision.leadsTo();
        if (decision == Decision.ESCALATE_URGENT && severity != Severity.URGENT) {
            detail += "; severity " + severity + " → " + Severity.URGENT;
            severity = Severity.URGENT;
            severityRank = severity.rank();
        }
        if (decision == Decision.DISMISS || decision == Decision.CLOSE) {
            long cancelled = actions.stream().filter(CaseAction::cancel).count();
            if (cancelled > 0) {
                detail += "; " + cancelled + " pending action" + (cancelled == 1 ? "" : "s") + " cancelled";
            }
        }
        status = decision.leadsTo();
        updatedAt = UtcTime.of(at);
        events.add(new CaseEvent(this, at, actor, CaseEvent.Kind.DECISION, detail, note.trim()));
    }

    /** The first time security opens an open case, it is in review. */
    public boolean startReview(String actor, Instant at) {
        if (status != CaseStatus.OPEN) {
            return false;
        }
        status = CaseStatus.IN_REVIEW;
        events.add(new CaseEvent(this, at, actor, CaseEvent.Kind.REVIEW_STARTED, "OPEN → IN_REVIEW", null));
        return true;
    }


    public CaseId id() {
        return new CaseId(id);
    }

    public TenantId tenant() {
        return new TenantId(tenantId);
    }

    public PropertyId property() {
        return new PropertyId(propertyId);
    }

    public Severity severity() {
        return severity;
    }

    public int score() {
        return score;
    }

    public CaseStatus status() {
        return status;
    }

    public SubjectKey primarySubject() {
        return new SubjectKey(primaryType, primaryValue);
    }

    public Set<SubjectKey> subjects() {
        Set<SubjectKey> keys = new java.util.TreeSet<>();
        subjects.forEach(s -> keys.add(s.key()));
        return keys;
    }

    public Set<String> observationIds() {
        return Set.copyOf(observationIds);
    }

    /** Matches, strongest first. */
    public List<CaseMatch> matches() {
        return matches.stream().sorted(Comparator.comparing(CaseMatch::tier).reversed().thenComparing(CaseMatch::ruleId)).toList();
    }

    public List<CaseEvent> events() {
        return events.stream().sorted(Comparator.comparing(CaseEvent::at)).toList();
    }

    /** The dismissed or closed case whose subjects this case's evidence is about, if any. */
    public Optional<CaseId> follows() {
        return Optional.ofNullable(follows).map(CaseId::new);
    }

    public Optional<CaseId> mergedInto() {
        return Optional.ofNullable(mergedInto).map(CaseId::new);
    }

    public Instant createdAt() {
        return UtcTime.instant(createdAt);
    }

    public Instant updatedAt() {
        return UtcTime.instant(updatedAt);
    }

    public boolean highestTierAtLeast(Tier tier) {
        return Severity.of(tier).map(s -> severity.compareTo(s) >= 0).orElse(true);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof CaseFile other && Objects.equals(id, other.id);
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(id);
    }
}
