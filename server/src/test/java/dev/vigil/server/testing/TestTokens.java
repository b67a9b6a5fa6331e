package dev.vigil.server.testing;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.List;
import java.util.Objects;
import java.util.function.UnaryOperator;

/** Bearer tokens signed with the test key pair under src/test/resources/jwt, as an identity provider would issue them. */
public final class TestTokens {

    /** The identity provider of the demo tenant demo-chain in the integration tests (its key is jwt/test-public.pem). */
    public static final String ISSUER = "https://idp.demo-chain.test";

    private TestTokens() {
    }

    public static String publicPem() {
        return resource("/jwt/test-public.pem");
    }

    /** A token for a user of a tenant and property with the given groups, valid for an hour. */
    public static String token(String user, String tenant, String property, List<String> groups) {
        return token(b -> b.claim("upn", user).claim("tenant", tenant).claim("property", property).claim("groups", groups));
    }

    public static String token(UnaryOperator<JWTClaimsSet.Builder> claims) {
        Instant now = Instant.now();
        JWTClaimsSet.Builder builder = new JWTClaimsSet.Builder().issuer(ISSUER).issueTime(Date.from(now))
                .expirationTime(Date.from(now.plus(Duration.ofHours(1)))).jwtID(java.util.UUID.randomUUID().toString());
        return sign(claims.apply(builder).build(), privateKey());
    }

    public static String sign(JWTClaimsSet claims, PrivateKey key) {
        try {
            SignedJWT jwt = new SignedJWT(new JWSHeader(JWSAlgorithm.RS256), claims);
            jwt.sign(new RSASSASigner(key));
            return jwt.serialize();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    public static PrivateKey privateKey() {
        String base64 = resource("/jwt/test-private.pem").replaceAll("-----(BEGIN|END) PRIVATE KEY-----", "").replaceAll("\\s", "");
        try {
            return KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode(base64)));
        } catch (java.security.GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String resource(String name) {
        try (InputStream in = TestTokens.class.getResourceAsStream(name)) {
            return new String(Objects.requireNonNull(in, name).readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
