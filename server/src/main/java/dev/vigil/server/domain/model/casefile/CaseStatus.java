package dev.vigil.server.domain.model.casefile;

/** Where a case stands in security's work. */
public enum CaseStatus {
    OPEN, IN_REVIEW, MONITORING, REPORTED, DISMISSED, CLOSED;

    /**
     * Cases that new observations still join. A closed, merged or dismissed case takes nothing in:
     * new evidence about its subjects opens a new case that follows it.
     */
    public boolean active() {
        return this != CLOSED && this != DISMISSED;
    }
}
