package dev.vigil.server.domain.model.casefile;

import dev.vigil.server.domain.model.time.UtcTime;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.UUID;

/** One entry of a case's history: opened, raised, merged, a decision with its note. Never deleted. */
@Entity
@Table(name = "case_event")
public class CaseEvent {

    /** What happened. */
    public enum Kind { OPENED, SEVERITY_RAISED, MERGED_IN, MERGED_INTO, REOPENED, REVIEW_STARTED, DECISION, ACTIONS_REQUIRED,
        ACTION_OVERDUE, ACTION_ACKNOWLEDGED, ACTIONS_MOVED, FOLLOWS }

    @Id
    @Column(name = "id", length = 36)
    private String id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "case_id")
    private CaseFile caseFile;

    @Column(name = "occurred_at", nullable = false)
    private LocalDateTime occurredAt;

    @Column(name = "actor", nullable = false, length = 100)
    private String actor;

    @Column(name = "kind", nullable = false, length = 30)
    private String kind;

    @Column(name = "detail", length = 4000)
    private String detail;

    @Column(name = "note", length = 4000)
    private String note;

    protected CaseEvent() {
        // for JPA
    }

    CaseEvent(CaseFile caseFile, Instant at, String actor, Kind kind, String detail, String note) {
        this.id = UUID.randomUUID().toString();
        this.caseFile = caseFile;
        this.occurredAt = UtcTime.of(at);
        this.actor = actor;
        this.kind = kind.name();
        this.detail = detail;
        this.note = note;
    }

    public Instant at() {
        return UtcTime.instant(occurredAt);
    }

    public String actor() {
        return actor;
    }

    public Kind kind() {
        return Kind.valueOf(kind);
    }

    public String detail() {
        return detail;
    }

    public String note() {
        return note;
    }
}
