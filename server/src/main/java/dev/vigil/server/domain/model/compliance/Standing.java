package dev.vigil.server.domain.model.compliance;

/** Where a duty stands today, most urgent first. */
public enum Standing {
    /** The due date has passed. */
    OVERDUE,
    /** Due today or within the look-ahead period. */
    DUE_SOON,
    /** Done for now; due later. */
    CURRENT,
    /** The protocol sets no such duty. */
    NOT_REQUIRED
}
