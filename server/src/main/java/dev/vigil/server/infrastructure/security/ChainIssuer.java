package dev.vigil.server.infrastructure.security;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.jwk.source.JWKSourceBuilder;
import com.nimbusds.jose.proc.BadJOSEException;
import com.nimbusds.jose.proc.JWSVerificationKeySelector;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jose.util.DefaultResourceRetriever;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.proc.BadJWTException;
import com.nimbusds.jwt.proc.DefaultJWTClaimsVerifier;
import com.nimbusds.jwt.proc.DefaultJWTProcessor;
import java.net.URL;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.interfaces.ECPublicKey;
import java.security.interfaces.RSAPublicKey;
import java.text.ParseException;
import java.security.spec.X509EncodedKeySpec;
import java.time.Duration;
import java.util.Base64;
import java.util.Set;

/**
 * One chain's identity provider, bound to one tenant: tokens must name it as issuer ({@code iss}), be
 * signed RS256 or ES256 by one of its keys, be within their lifetime (60 seconds' leeway) and, where an
 * audience is configured, name it. Its keys come from its JWKS address, cached, fetched again when a
 * token names a key id it does not know yet (the provider rotated its key), at most once per
 * {@code minRefresh}; or, for a provider without JWKS, from one configured public key.
 */
final class ChainIssuer {

    private static final Set<JWSAlgorithm> ALGORITHMS = Set.of(JWSAlgorithm.RS256, JWSAlgorithm.ES256);

    private final String tenant;
    private final String issuer;
    private final DefaultJWTProcessor<SecurityContext> processor;

    private ChainIssuer(String tenant, String issuer, String audience, JWKSource<SecurityContext> keys) {
        this.tenant = tenant;
        this.issuer = issuer;
        DefaultJWTProcessor<SecurityContext> p = new DefaultJWTProcessor<>();
        p.setJWSKeySelector(new JWSVerificationKeySelector<>(ALGORITHMS, keys));
        JWTClaimsSet exact = new JWTClaimsSet.Builder().issuer(issuer).build();
        DefaultJWTClaimsVerifier<SecurityContext> claims = new DefaultJWTClaimsVerifier<>(
                audience == null ? null : Set.of(audience), exact, Set.of("exp"), null);
        claims.setMaxClockSkew(60);
        p.setJWTClaimsSetVerifier(claims);
        this.processor = p;
    }

    /** A provider whose keys are published at a JWKS address (https, or http on the loopback interface). */
    static ChainIssuer withJwks(String tenant, String issuer, String audience, URL jwks, Duration cacheFor, Duration minRefresh) {
        boolean loopback = "http".equals(jwks.getProtocol())
                && ("127.0.0.1".equals(jwks.getHost()) || "localhost".equals(jwks.getHost()) || "[::1]".equals(jwks.getHost()));
        if (!"https".equals(jwks.getProtocol()) && !loopback) {
            throw new IllegalStateException("the JWKS address of tenant " + tenant + " must be https: " + jwks);
        }
        JWKSource<SecurityContext> keys = JWKSourceBuilder.<SecurityContext>create(jwks, new DefaultResourceRetriever(3000, 3000, 256 * 1024))
                .cache(cacheFor.toMillis(), Duration.ofSeconds(10).toMillis())
                .rateLimited(Math.max(1, minRefresh.toMillis()))
                .retrying(false)
                .build();
        return new ChainIssuer(tenant, issuer, audience, keys);
    }

    /** A provider with one configured public key (PEM "BEGIN PUBLIC KEY", RSA or EC), read with the JDK. */
    static ChainIssuer withKey(String tenant, String issuer, String audience, String pem) {
        byte[] der;
        try {
            der = Base64.getDecoder().decode(pem.replaceAll("-----(BEGIN|END) PUBLIC KEY-----", "").replaceAll("\\s", ""));
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("the public key of tenant " + tenant + "'s issuer is not PEM (BEGIN PUBLIC KEY)");
        }
        return new ChainIssuer(tenant, issuer, audience, new ImmutableJWKSet<>(new JWKSet(jwk(tenant, der))));
    }

    private static JWK jwk(String tenant, byte[] der) {
        try {
            return new RSAKey.Builder((RSAPublicKey) KeyFactory.getInstance("RSA").generatePublic(new X509EncodedKeySpec(der))).build();
        } catch (GeneralSecurityException notRsa) {
            try {
                ECPublicKey ec = (ECPublicKey) KeyFactory.getInstance("EC").generatePublic(new X509EncodedKeySpec(der));
                return new ECKey.Builder(Curve.forECParameterSpec(ec.getParams()), ec).build();
            } catch (GeneralSecurityException | RuntimeException notEc) {
                throw new IllegalStateException("the public key of tenant " + tenant + "'s issuer is neither RSA nor EC");
            }
        }
    }

    String tenant() {
        return tenant;
    }

    String issuer() {
        return issuer;
    }

    /** The token's claims once signature, issuer, audience and lifetime hold. */
    JWTClaimsSet verify(String token) throws InvalidTokenException {
        try {
            return processor.process(token, null);
        } catch (BadJWTException e) {
            throw new InvalidTokenException("its issuer, audience or lifetime does not hold");
        } catch (BadJOSEException e) {
            throw new InvalidTokenException("its signature is not one of the issuer's keys");
        } catch (ParseException e) {
            throw new InvalidTokenException("it is not a signed JWT");
        } catch (JOSEException e) {
            throw new InvalidTokenException("its signature could not be checked");
        }
    }
}
