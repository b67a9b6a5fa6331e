package dev.vigil.server.application.account;

import java.time.Instant;
import java.util.Objects;
import java.util.Set;

/**
 * A person who signs in with a password, as the account pages show it; never the password hash.
 *
 * @param roles Vigil roles ({@code staff}, {@code security}, {@code manager}, {@code admin}, {@code integration})
 * @param property the property the account belongs to; {@code null} for tenant-wide admin and integration accounts
 * @param reporterRoles the staff roles the person files in ({@code FD}, {@code HK}, …)
 * @param version the optimistic-lock version a change must name
 */
public record Account(String username, Set<String> roles, String tenant, String property, Set<String> reporterRoles,
                      boolean mandatedReporter, boolean enabled, boolean mustChangePassword, boolean demo,
                      Instant createdAt, Instant updatedAt, long version) {
    public Account {
        Objects.requireNonNull(username, "username");
        roles = Set.copyOf(roles);
        Objects.requireNonNull(tenant, "tenant");
        reporterRoles = Set.copyOf(reporterRoles);
    }
}
