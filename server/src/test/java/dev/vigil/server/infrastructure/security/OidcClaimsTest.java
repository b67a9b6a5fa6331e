package dev.vigil.server.infrastructure.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.nimbusds.jwt.JWTClaimsSet;
import dev.vigil.server.testing.MapConfig;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** An identity provider's claims become a Vigil caller by configuration alone. */
class OidcClaimsTest {

    private static OidcClaims mapping(Map<String, String> config) {
        OidcSettings settings = new OidcSettings();
        settings.config = new MapConfig(config);
        settings.read();
        return new OidcClaims(settings);
    }

    @Test
    void theDefaultClaims_nameTheUserRolesTenantPropertyAndStaffRoles() {
        TokenClaims caller = mapping(Map.of("vigil.oidc.issuer", "http://idp")).map(new JWTClaimsSet.Builder().subject("u-1")
                .claim("preferred_username", "dana.guard").claim("groups", List.of("security", "vpn-users"))
                .claim("tenant", "demo-chain").claim("property", "demo-hotel").claim("reporter_roles", List.of("SEC")).build());
        assertThat(caller.name()).isEqualTo("dana.guard");
        assertThat(caller.roles()).containsExactly("security");
        assertThat(caller.tenant()).isEqualTo("demo-chain");
        assertThat(caller.property()).isEqualTo("demo-hotel");
        assertThat(caller.reporterRoles()).containsExactly("SEC");
    }

    @Test
    void nestedGroupClaims_groupNamesAndAFixedTenant_comeFromConfiguration() {
        TokenClaims caller = mapping(Map.of("vigil.oidc.issuer", "http://idp", "vigil.oidc.claims.groups", "realm_access.roles",
                "vigil.oidc.roles.manager", "hotel-managers, gm", "vigil.oidc.tenant", "harbor-group",
                "vigil.oidc.claims.property", "hotel")).map(new JWTClaimsSet.Builder().subject("u-2")
                .claim("realm_access", Map.of("roles", List.of("GM", "offline_access"))).claim("hotel", "harbor-inn").build());
        assertThat(caller.name()).isEqualTo("u-2");
        assertThat(caller.roles()).containsExactly("manager");
        assertThat(caller.tenant()).isEqualTo("harbor-group");
        assertThat(caller.property()).isEqualTo("harbor-inn");
    }

    @Test
    void aTokenWithoutAValidTenant_signsNobodyIn() {
        OidcClaims claims = mapping(Map.of("vigil.oidc.issuer", "http://idp"));
        assertThatThrownBy(() -> claims.map(new JWTClaimsSet.Builder().subject("u-3").claim("groups", List.of("staff")).build()))
                .hasMessageContaining("tenant");
        assertThatThrownBy(() -> claims.map(new JWTClaimsSet.Builder().subject("u-3").claim("tenant", "Bad Tenant!").build()))
                .hasMessageContaining("tenant");
    }
}
