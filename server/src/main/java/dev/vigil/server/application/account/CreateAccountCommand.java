package dev.vigil.server.application.account;

import java.util.List;

/** A new account as asked for; values still as text, checked by the service. */
public record CreateAccountCommand(String username, List<String> roles, String property, List<String> reporterRoles,
                                   Boolean mandatedReporter, String password) {
}
