package dev.vigil.server.application.notification;

/**
 * What one notification says, composed once for every route it goes to: a subject line, a short
 * text that fits a pager, and the same facts as JSON for machines. Never a guest identifier.
 */
record Alert(String event, String subject, String text, String json) {

    static final String ACTIONS_REQUIRED = "case.actions_required";
    static final String ACTION_OVERDUE = "case.action_overdue";
    static final String OPENED = "case.opened";
    static final String SEVERITY_RAISED = "case.severity_raised";
}
