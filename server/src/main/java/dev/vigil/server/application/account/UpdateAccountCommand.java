package dev.vigil.server.application.account;

import java.util.List;

/**
 * A change of an account's roles, staff roles, property or mandated-reporter flag; a part left
 * {@code null} stays as it is. {@code version} is the version the change was made against.
 */
public record UpdateAccountCommand(List<String> roles, String property, List<String> reporterRoles,
                                   Boolean mandatedReporter, Long version) {
}
