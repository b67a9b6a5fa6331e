package dev.vigil.server.infrastructure.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import dev.vigil.server.domain.model.tenant.Property;
import dev.vigil.server.domain.model.tenant.PropertyDirectory;
import dev.vigil.server.domain.model.tenant.PropertyId;
import dev.vigil.server.domain.model.tenant.TenantId;
import dev.vigil.server.testing.JwksEndpoint;
import dev.vigil.server.testing.MapConfig;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Chain tokens against a real JWKS endpoint on loopback, with keys made here: each issuer speaks for its
 * own tenant only, claims the roles need are required, and a provider's key rotation is followed.
 */
class ChainTokensTest {

    private static final Property ACME_HARBOR = new Property(new PropertyId("harbor"), new TenantId("acme"), "Harbor", ZoneId.of("UTC"));
    private static final Property OTHER_INN = new Property(new PropertyId("inn"), new TenantId("other"), "Inn", ZoneId.of("UTC"));

    private JwksEndpoint idp;
    private RSAKey k1;
    private ChainTokens tokens;
    private String issuer;

    @BeforeEach
    void start() {
        idp = new JwksEndpoint(0, "acme");
        k1 = idp.key();
        issuer = idp.issuer();
        tokens = new ChainTokens();
        tokens.config = new MapConfig(Map.of(
                "vigil.tenant.acme.jwt.issuer", issuer,
                "vigil.tenant.acme.jwt.jwks-url", issuer + "/jwks",
                "vigil.jwt.jwks.min-refresh", "PT0.05S"));
        tokens.properties = new PropertyDirectory() {
            @Override
            public Optional<Property> find(PropertyId id) {
                return List.of(ACME_HARBOR, OTHER_INN).stream().filter(p -> p.id().equals(id)).findFirst();
            }

            @Override
            public List<Property> all() {
                return List.of(ACME_HARBOR, OTHER_INN);
            }
        };
        assertThat(tokens.load()).isEqualTo(1);
    }

    @AfterEach
    void stop() {
        idp.close();
    }

    private String token(RSAKey key, UnaryOperator<JWTClaimsSet.Builder> claims) {
        return idp.token(key, claims);
    }

    private static JWTClaimsSet.Builder security(JWTClaimsSet.Builder b) {
        return b.claim("upn", "sam").claim("groups", List.of("security")).claim("property", "harbor");
    }

    @Test
    void aTokenOfTheIssuer_signsInForItsTenant_withItsClaims() throws Exception {
        TokenClaims claims = tokens.verify(token(k1, ChainTokensTest::security));
        assertThat(claims.tenant()).isEqualTo("acme");
        assertThat(claims.property()).isEqualTo("harbor");
        assertThat(claims.roles()).containsExactly("security");
        assertThat(claims.reporterRoles()).containsExactly("SEC");
    }

    @Test
    void anIssuerNeverSpeaksForAnotherTenant_orItsProperties() {
        assertThatThrownBy(() -> tokens.verify(token(k1, b -> security(b).claim("tenant", "other"))))
                .hasMessageContaining("tenant is not its issuer's");
        assertThatThrownBy(() -> tokens.verify(token(k1, b -> security(b).claim("property", "inn"))))
                .hasMessageContaining("property is not one of its tenant's");
    }

    @Test
    void claimsTheRolesNeed_areRequired_nothingAssumed() {
        assertThatThrownBy(() -> tokens.verify(token(k1, b -> b.claim("upn", "kai").claim("groups", List.of("security")))))
                .hasMessageContaining("no property claim");
        assertThatThrownBy(() -> tokens.verify(token(k1, b -> b.claim("upn", "kai").claim("groups", List.of("staff"))
                .claim("property", "harbor")))).hasMessageContaining("no reporter_roles");
        assertThatThrownBy(() -> tokens.verify(token(k1, b -> b.claim("upn", "kai").claim("groups", List.of("staff"))
                .claim("property", "harbor").claim("reporter_roles", List.of("CEO"))))).hasMessageContaining("unknown role");
        assertThat(catching(() -> tokens.verify(token(k1, b -> b.claim("upn", "ops").claim("groups", List.of("admin"))))))
                .as("an admin is tenant-wide").isNull();
    }

    @Test
    void forgedExpiredAndForeignTokens_areRefused() throws Exception {
        RSAKey stranger = new RSAKeyGenerator(2048).keyID(k1.getKeyID()).generate();
        assertThatThrownBy(() -> tokens.verify(token(stranger, ChainTokensTest::security))).hasMessageContaining("signature");
        String expired = token(k1, b -> security(b).expirationTime(Date.from(Instant.now().minusSeconds(3600))));
        assertThatThrownBy(() -> tokens.verify(expired)).hasMessageContaining("lifetime");
        String none = new com.nimbusds.jwt.PlainJWT(new JWTClaimsSet.Builder().issuer(issuer).claim("upn", "x").build()).serialize();
        assertThatThrownBy(() -> tokens.verify(none)).isInstanceOf(InvalidTokenException.class);
        assertThatThrownBy(() -> tokens.verify("not.a.token")).isInstanceOf(InvalidTokenException.class);
    }

    @Test
    void whenTheProviderRotatesItsKey_newTokensAreAccepted_andTheRetiredKeysRefused() throws Exception {
        assertThat(tokens.verify(token(k1, ChainTokensTest::security)).name()).isEqualTo("sam");
        int fetched = idp.fetches();
        RSAKey k2 = idp.rotate(); // the provider publishes k2 only
        Thread.sleep(100); // past the minimum refresh interval of this test (a rate limit, not a wait for an outcome)
        assertThat(tokens.verify(token(k2, ChainTokensTest::security)).name()).as("an unknown key id fetches the keys again").isEqualTo("sam");
        Thread.sleep(100);
        assertThatThrownBy(() -> tokens.verify(token(k1, ChainTokensTest::security))).hasMessageContaining("signature");
        assertThat(idp.fetches()).isGreaterThan(fetched);
    }

    @Test
    void oneIssuerForTwoTenants_stopsStartup() {
        tokens.config = new MapConfig(Map.of("vigil.tenant.acme.jwt.issuer", "https://idp.example",
                "vigil.tenant.acme.jwt.jwks-url", "https://idp.example/jwks",
                "vigil.tenant.other.jwt.issuer", "https://idp.example", "vigil.tenant.other.jwt.jwks-url", "https://idp.example/jwks"));
        assertThatThrownBy(() -> tokens.load()).hasMessageContaining("same token issuer");
        tokens.config = new MapConfig(Map.of("vigil.jwt.issuer", "https://idp.example"));
        assertThatThrownBy(() -> tokens.load()).hasMessageContaining("bound to its tenant");
        tokens.config = new MapConfig(Map.of("vigil.tenant.acme.jwt.issuer", "https://idp.example",
                "vigil.tenant.acme.jwt.jwks-url", "http://idp.example/jwks"));
        assertThatThrownBy(() -> tokens.load()).hasMessageContaining("must be https");
    }

    private interface Check {
        void run() throws Exception;
    }

    private static Exception catching(Check check) {
        try {
            check.run();
            return null;
        } catch (Exception e) {
            return e;
        }
    }
}
