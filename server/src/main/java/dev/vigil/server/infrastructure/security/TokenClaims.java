package dev.vigil.server.infrastructure.security;

import java.util.Set;

/** What a verified bearer token says about its holder. */
public record TokenClaims(String name, Set<String> roles, String tenant, String property, Set<String> reporterRoles,
                          boolean mandatedReporter) {
    public TokenClaims {
        roles = Set.copyOf(roles);
        reporterRoles = Set.copyOf(reporterRoles);
    }
}
