package dev.vigil.server.infrastructure.security;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.eclipse.microprofile.config.Config;

/**
 * OpenID Connect sign-in settings, from MicroProfile Config. {@code vigil.oidc.issuer} turns it on;
 * the claims that carry the user name, groups, tenant, property and staff roles, and which group
 * values grant which Vigil role, are configuration, so any identity provider's tokens map without code.
 */
@ApplicationScoped
public class OidcSettings {

    static final List<String> VIGIL_ROLES = List.of("staff", "security", "manager", "admin", "integration");

    @Inject Config config;

    private String issuer;
    private final Map<String, List<String>> groupsByRole = new LinkedHashMap<>();

    @PostConstruct
    void read() {
        issuer = text("vigil.oidc.issuer").orElse(null);
        for (String role : VIGIL_ROLES) {
            groupsByRole.put(role, text("vigil.oidc.roles." + role)
                    .map(v -> Arrays.stream(v.split(",")).map(String::trim).filter(s -> !s.isEmpty()).toList())
                    .orElse(List.of(role)));
        }
    }

    public boolean enabled() {
        return issuer != null;
    }

    String issuer() {
        return issuer;
    }

    String clientId() {
        return text("vigil.oidc.client-id").orElseThrow(() -> new IllegalStateException("vigil.oidc.client-id is not set"));
    }

    Optional<String> clientSecret() {
        return text("vigil.oidc.client-secret");
    }

    String scope() {
        return text("vigil.oidc.scope").orElse("openid profile email");
    }

    /** The callback address; by default the public URL (or the request's own origin) plus {@code /login/oidc/callback}. */
    Optional<String> redirectUri() {
        return text("vigil.oidc.redirect-uri").or(() -> text("vigil.public-url")
                .map(u -> u.replaceAll("/+$", "") + "/login/oidc/callback"));
    }

    String usernameClaim() {
        return text("vigil.oidc.claims.username").orElse("preferred_username");
    }

    String groupsClaim() {
        return text("vigil.oidc.claims.groups").orElse("groups");
    }

    String tenantClaim() {
        return text("vigil.oidc.claims.tenant").orElse("tenant");
    }

    /** A fixed tenant for identity providers that serve one chain and send no tenant claim. */
    Optional<String> fixedTenant() {
        return text("vigil.oidc.tenant");
    }

    String propertyClaim() {
        return text("vigil.oidc.claims.property").orElse("property");
    }

    String reporterRolesClaim() {
        return text("vigil.oidc.claims.reporter-roles").orElse("reporter_roles");
    }

    /** The Vigil roles that a set of the provider's group values grants. */
    List<String> rolesFor(List<String> groups) {
        return groupsByRole.entrySet().stream()
                .filter(e -> e.getValue().stream().anyMatch(g -> groups.stream().anyMatch(g::equalsIgnoreCase)))
                .map(e -> e.getKey().toLowerCase(Locale.ROOT)).toList();
    }

    private Optional<String> text(String key) {
        return config.getOptionalValue(key, String.class).map(String::trim).filter(s -> !s.isEmpty());
    }
}
