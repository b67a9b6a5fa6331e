package dev.vigil.server.domain.service;

/** Something the reporter must do now, e.g. {@code CALL_911} with the number to dial. */
public record ImmediateAction(String type, String number, String text) {
}
