package dev.vigil.server.domain.model.casefile;

/** What security or a manager decides about a case; each needs a note saying why. */
public enum Decision {
    DISMISS(CaseStatus.DISMISSED),
    MONITOR(CaseStatus.MONITORING),
    REPORT(CaseStatus.REPORTED),
    ESCALATE_URGENT(CaseStatus.IN_REVIEW),
    CLOSE(CaseStatus.CLOSED);

    private final CaseStatus leadsTo;

    Decision(CaseStatus leadsTo) {
        this.leadsTo = leadsTo;
    }

    public CaseStatus leadsTo() {
        return leadsTo;
    }
}
