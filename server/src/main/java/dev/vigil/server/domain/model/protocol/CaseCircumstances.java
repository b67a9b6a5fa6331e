package dev.vigil.server.domain.model.protocol;

/** The facts about a case that protocol conditions ask about. */
public record CaseCircumstances(boolean minorInvolved, boolean controllerPresent, boolean mandatedReporter) {

    public boolean holds(ActionCondition condition) {
        return switch (condition) {
            case ALWAYS -> true;
            case MINOR_INVOLVED -> minorInvolved;
            case CONTROLLER_PRESENT -> controllerPresent;
            case MANDATED_REPORTER -> mandatedReporter;
        };
    }
}
