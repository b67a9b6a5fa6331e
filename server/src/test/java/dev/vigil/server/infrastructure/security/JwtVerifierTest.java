package dev.vigil.server.infrastructure.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.vigil.server.application.shared.AppRole;
import dev.vigil.server.application.shared.Caller;
import dev.vigil.server.domain.model.indicator.StaffRole;
import dev.vigil.server.testing.TestTokens;
import java.security.KeyPairGenerator;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import org.junit.jupiter.api.Test;

class JwtVerifierTest {

    private final JwtVerifier verifier = new JwtVerifier(TestTokens.publicPem(), TestTokens.ISSUER, null);

    @Test
    void validToken_yieldsNameGroupsTenantAndProperty() throws Exception {
        TokenClaims claims = verifier.verify(TestTokens.token("dana", "acme-hotels", "harbor-inn", List.of("security")), Instant.now());
        assertThat(claims.name()).isEqualTo("dana");
        assertThat(claims.roles()).containsExactly("security");
        assertThat(claims.tenant()).isEqualTo("acme-hotels");
        assertThat(claims.property()).isEqualTo("harbor-inn");
    }

    @Test
    void callerFromToken_mapsKnownGroups_andDefaultsReporterRolesByRole() throws Exception {
        Caller staff = JpaCallerDirectory.fromToken(verifier.verify(
                TestTokens.token("lee", "acme-hotels", "harbor-inn", List.of("staff", "unknown-group")), Instant.now()));
        assertThat(staff.roles()).containsExactly(AppRole.STAFF);
        assertThat(staff.reporterRoles()).hasSize(7);
        Caller housekeeper = JpaCallerDirectory.fromToken(verifier.verify(TestTokens.token(b -> b.claim("upn", "kim")
                .claim("tenant", "acme-hotels").claim("groups", List.of("staff")).claim("reporter_roles", List.of("HK"))), Instant.now()));
        assertThat(housekeeper.reporterRoles()).containsExactly(StaffRole.HK);
        assertThat(housekeeper.boundProperty()).isEmpty();
    }

    @Test
    void expiredTokens_wrongIssuers_foreignKeysAndMissingTenants_areRefused() throws Exception {
        String expired = TestTokens.token(b -> b.claim("upn", "x").claim("tenant", "t")
                .expirationTime(Date.from(Instant.now().minus(Duration.ofMinutes(5)))));
        assertThatThrownBy(() -> verifier.verify(expired, Instant.now())).hasMessageContaining("expired");
        String otherIssuer = TestTokens.token(b -> b.claim("upn", "x").claim("tenant", "t").issuer("https://evil.example"));
        assertThatThrownBy(() -> verifier.verify(otherIssuer, Instant.now())).hasMessageContaining("issuer");
        String noTenant = TestTokens.token(b -> b.claim("upn", "x"));
        assertThatThrownBy(() -> verifier.verify(noTenant, Instant.now())).hasMessageContaining("tenant");
        var generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        String forged = TestTokens.sign(new com.nimbusds.jwt.JWTClaimsSet.Builder().issuer(TestTokens.ISSUER).claim("upn", "x")
                .claim("tenant", "t").expirationTime(Date.from(Instant.now().plusSeconds(600))).build(),
                generator.generateKeyPair().getPrivate());
        assertThatThrownBy(() -> verifier.verify(forged, Instant.now())).isInstanceOf(InvalidTokenException.class)
                .hasMessageContaining("signature");
        assertThatThrownBy(() -> verifier.verify("not.a.token", Instant.now())).isInstanceOf(InvalidTokenException.class);
    }

    @Test
    void theMandatedReporterClaim_isCarriedToTheCaller_andMustBeABoolean() throws Exception {
        Caller nurse = JpaCallerDirectory.fromToken(verifier.verify(TestTokens.token(b -> b.claim("upn", "ana")
                .claim("tenant", "acme-hotels").claim("groups", List.of("staff")).claim("mandated_reporter", true)), Instant.now()));
        assertThat(nurse.mandatedReporter()).isTrue();
        Caller clerk = JpaCallerDirectory.fromToken(verifier.verify(TestTokens.token(b -> b.claim("upn", "bo")
                .claim("tenant", "acme-hotels").claim("groups", List.of("staff"))), Instant.now()));
        assertThat(clerk.mandatedReporter()).isFalse();
        String yes = TestTokens.token(b -> b.claim("upn", "x").claim("tenant", "t").claim("mandated_reporter", "yes"));
        assertThatThrownBy(() -> verifier.verify(yes, Instant.now())).hasMessageContaining("mandated_reporter");
    }

    @Test
    void unsignedTokens_areRefused() {
        String header = java.util.Base64.getUrlEncoder().withoutPadding().encodeToString("{\"alg\":\"none\"}".getBytes());
        String body = java.util.Base64.getUrlEncoder().withoutPadding().encodeToString(
                ("{\"iss\":\"" + TestTokens.ISSUER + "\",\"upn\":\"x\",\"tenant\":\"t\",\"exp\":9999999999}").getBytes());
        assertThatThrownBy(() -> verifier.verify(header + "." + body + ".", Instant.now())).isInstanceOf(InvalidTokenException.class);
    }

    @Test
    void audience_isCheckedWhenConfigured() throws Exception {
        JwtVerifier withAudience = new JwtVerifier(TestTokens.publicPem(), TestTokens.ISSUER, "vigil");
        String forVigil = TestTokens.token(b -> b.claim("upn", "x").claim("tenant", "t").audience("vigil"));
        String forOthers = TestTokens.token(b -> b.claim("upn", "x").claim("tenant", "t").audience("payroll"));
        assertThat(withAudience.verify(forVigil, Instant.now()).name()).isEqualTo("x");
        assertThatThrownBy(() -> withAudience.verify(forOthers, Instant.now())).hasMessageContaining("audience");
    }
}
