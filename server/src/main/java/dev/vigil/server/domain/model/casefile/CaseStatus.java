package dev.vigil.server.domain.model.casefile;

/** Where a case stands in security's work. */
public enum CaseStatus {
    OPEN, IN_REVIEW, MONITORING, REPORTED, DISMISSED, CLOSED;

    /** Cases that new observations still join; closed and merged cases do not. */
    public boolean active() {
        return this != CLOSED;
    }
}
