package dev.vigil.server.domain.model.protocol;

/** What a protocol action asks someone to do. */
public enum ActionKind {
    CALL_911, NOTIFY_SECURITY, NOTIFY_MANAGER, CONTACT_HOTLINE, CONTACT_CHILD_PROTECTION, SECURITY_REVIEW, CONTACT_POLICE
}
