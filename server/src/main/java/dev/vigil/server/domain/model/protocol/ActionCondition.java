package dev.vigil.server.domain.model.protocol;

/** When a protocol action applies to a case. */
public enum ActionCondition {
    ALWAYS, MINOR_INVOLVED, CONTROLLER_PRESENT, MANDATED_REPORTER
}
