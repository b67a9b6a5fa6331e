package dev.vigil.server.infrastructure.security;

import java.io.Serializable;
import java.util.Set;

/**
 * What a verified bearer token says about its holder; also what an OpenID Connect sign-in mapped
 * from the identity provider's claims, kept in the session.
 */
public record TokenClaims(String name, Set<String> roles, String tenant, String property, Set<String> reporterRoles,
                          boolean mandatedReporter) implements Serializable {
    public TokenClaims {
        roles = Set.copyOf(roles);
        reporterRoles = Set.copyOf(reporterRoles);
    }
}
