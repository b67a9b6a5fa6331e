package dev.vigil.server.infrastructure.security;

import com.nimbusds.jwt.JWTClaimsSet;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Maps an ID token's claims to a Vigil caller by configuration: the user name, the groups (a dotted
 * path reaches nested claims such as Keycloak's {@code realm_access.roles}) turned into Vigil roles,
 * the tenant (or a fixed one), the property and the staff roles.
 */
final class OidcClaims {

    private static final Pattern IDENTIFIER = Pattern.compile("[a-z0-9][a-z0-9-]{0,62}");

    private final OidcSettings settings;

    OidcClaims(OidcSettings settings) {
        this.settings = settings;
    }

    TokenClaims map(JWTClaimsSet claims) {
        Object name = claims.getClaim(settings.usernameClaim());
        String username = name instanceof String s && !s.isBlank() ? s : claims.getSubject();
        if (username == null || username.isBlank()) {
            throw new IllegalStateException("the ID token names no user (" + settings.usernameClaim() + " or sub)");
        }
        String tenant = text(claims, settings.tenantClaim());
        if (tenant == null) {
            tenant = settings.fixedTenant().orElse(null);
        }
        if (tenant == null || !IDENTIFIER.matcher(tenant).matches()) {
            throw new IllegalStateException("the ID token carries no valid tenant claim (" + settings.tenantClaim() + ")");
        }
        String property = text(claims, settings.propertyClaim());
        if (property != null && !IDENTIFIER.matcher(property).matches()) {
            throw new IllegalStateException("the property claim is not a property id");
        }
        List<String> roles = settings.rolesFor(strings(path(claims, settings.groupsClaim())));
        // as for bearer tokens (ChainClaims): nothing is assumed where a claim a role needs is missing
        if (property == null && roles.stream().anyMatch(r -> r.equals("staff") || r.equals("security") || r.equals("manager"))) {
            throw new IllegalStateException("the ID token has no property claim (" + settings.propertyClaim()
                    + "), which staff, security and managers need");
        }
        Set<String> reporterRoles = new HashSet<>(strings(path(claims, settings.reporterRolesClaim())));
        if (roles.contains("staff") && reporterRoles.isEmpty()) {
            throw new IllegalStateException("the ID token has no reporter roles (" + settings.reporterRolesClaim()
                    + "), which staff need");
        }
        if (reporterRoles.isEmpty() && (roles.contains("security") || roles.contains("manager"))) {
            reporterRoles.add("SEC");
        }
        return new TokenClaims(username.trim(), new HashSet<>(roles), tenant, property, reporterRoles,
                Boolean.TRUE.equals(claims.getClaim("mandated_reporter")));
    }

    private static String text(JWTClaimsSet claims, String name) {
        Object value = path(claims, name);
        return value instanceof String s && !s.isBlank() ? s.trim() : null;
    }

    private static Object path(JWTClaimsSet claims, String dotted) {
        Object value = claims.getClaim(dotted);
        if (value != null || !dotted.contains(".")) {
            return value;
        }
        Object node = claims.getClaims();
        for (String part : dotted.split("\\.")) {
            node = node instanceof Map<?, ?> map ? map.get(part) : null;
        }
        return node;
    }

    private static List<String> strings(Object value) {
        List<String> out = new ArrayList<>();
        if (value instanceof String s) {
            out.add(s);
        } else if (value instanceof Collection<?> c) {
            c.forEach(v -> out.add(String.valueOf(v)));
        }
        return out;
    }
}
