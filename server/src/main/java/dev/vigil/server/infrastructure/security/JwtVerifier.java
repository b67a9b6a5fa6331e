package dev.vigil.server.infrastructure.security;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSVerifier;
import com.nimbusds.jose.crypto.ECDSAVerifier;
import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PublicKey;
import java.security.interfaces.ECPublicKey;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.X509EncodedKeySpec;
import java.text.ParseException;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Verifies bearer tokens from a chain's identity provider, in the shape MicroProfile JWT defines:
 * RS256 or ES256 signature under the configured public key, issuer, optional audience, expiry,
 * {@code upn} (or {@code preferred_username}, or {@code sub}) and {@code groups}; Vigil adds the
 * {@code tenant}, optional {@code property}, {@code reporter_roles} and {@code mandated_reporter} claims.
 */
public final class JwtVerifier {

    private static final Duration LEEWAY = Duration.ofSeconds(60);
    private static final Pattern IDENTIFIER = Pattern.compile("[a-z0-9][a-z0-9-]{0,62}");

    private final PublicKey key;
    private final String issuer;
    private final String audience;

    public JwtVerifier(String publicKeyPem, String issuer, String audience) {
        this.key = parsePublicKey(publicKeyPem);
        this.issuer = Objects.requireNonNull(issuer, "issuer");
        this.audience = audience == null || audience.isBlank() ? null : audience;
    }

    /** An X.509 SubjectPublicKeyInfo in PEM ("BEGIN PUBLIC KEY"), RSA or EC, read with the JDK alone. */
    static PublicKey parsePublicKey(String pem) {
        String base64 = pem.replaceAll("-----(BEGIN|END) PUBLIC KEY-----", "").replaceAll("\\s", "");
        byte[] der;
        try {
            der = Base64.getDecoder().decode(base64);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("the configured JWT public key is not PEM (BEGIN PUBLIC KEY)", e);
        }
        for (String algorithm : new String[] {"RSA", "EC"}) {
            try {
                return KeyFactory.getInstance(algorithm).generatePublic(new X509EncodedKeySpec(der));
            } catch (GeneralSecurityException e) {
                // try the next algorithm
            }
        }
        throw new IllegalArgumentException("the configured JWT public key is neither an RSA nor an EC public key");
    }

    public TokenClaims verify(String token, Instant now) throws InvalidTokenException {
        SignedJWT jwt;
        JWTClaimsSet claims;
        try {
            jwt = SignedJWT.parse(token);
            claims = jwt.getJWTClaimsSet();
        } catch (ParseException e) {
            throw new InvalidTokenException("not a signed JWT");
        }
        JWSAlgorithm alg = jwt.getHeader().getAlgorithm();
        if (!signatureValid(jwt, alg)) {
            throw new InvalidTokenException("signature not valid for the configured key (" + alg + ")");
        }
        if (!issuer.equals(claims.getIssuer())) {
            throw new InvalidTokenException("issuer is not " + issuer);
        }
        if (audience != null && (claims.getAudience() == null || !claims.getAudience().contains(audience))) {
            throw new InvalidTokenException("audience does not include " + audience);
        }
        Date exp = claims.getExpirationTime();
        if (exp == null || exp.toInstant().plus(LEEWAY).isBefore(now)) {
            throw new InvalidTokenException("expired or without expiry");
        }
        Date nbf = claims.getNotBeforeTime();
        if (nbf != null && nbf.toInstant().minus(LEEWAY).isAfter(now)) {
            throw new InvalidTokenException("not valid yet");
        }
        return claimsOf(claims);
    }

    private boolean signatureValid(SignedJWT jwt, JWSAlgorithm alg) throws InvalidTokenException {
        try {
            JWSVerifier verifier;
            if (JWSAlgorithm.RS256.equals(alg) && key instanceof RSAPublicKey rsa) {
                verifier = new RSASSAVerifier(rsa);
            } else if (JWSAlgorithm.ES256.equals(alg) && key instanceof ECPublicKey ec) {
                verifier = new ECDSAVerifier(ec);
            } else {
                throw new InvalidTokenException("algorithm " + alg + " is not accepted with the configured key");
            }
            return jwt.verify(verifier);
        } catch (JOSEException e) {
            throw new InvalidTokenException("signature could not be checked");
        }
    }

    private static TokenClaims claimsOf(JWTClaimsSet claims) throws InvalidTokenException {
        String name = firstText(claims, "upn", "preferred_username", "sub");
        if (name == null) {
            throw new InvalidTokenException("no upn, preferred_username or sub claim");
        }
        String tenant = text(claims, "tenant");
        if (tenant == null || !IDENTIFIER.matcher(tenant).matches()) {
            throw new InvalidTokenException("no valid tenant claim");
        }
        String property = text(claims, "property");
        if (property != null && !IDENTIFIER.matcher(property).matches()) {
            throw new InvalidTokenException("property claim is not a property id");
        }
        Boolean mandated;
        try {
            mandated = claims.getBooleanClaim("mandated_reporter");
        } catch (java.text.ParseException e) {
            throw new InvalidTokenException("mandated_reporter claim is not true or false");
        }
        return new TokenClaims(name, list(claims, "groups"), tenant, property, list(claims, "reporter_roles"),
                Boolean.TRUE.equals(mandated));
    }

    private static String firstText(JWTClaimsSet claims, String... names) throws InvalidTokenException {
        for (String n : names) {
            String value = text(claims, n);
            if (value != null) {
                return value;
            }
        }
        return null;
    }

    private static String text(JWTClaimsSet claims, String name) throws InvalidTokenException {
        try {
            String value = claims.getStringClaim(name);
            return value == null || value.isBlank() ? null : value;
        } catch (ParseException e) {
            throw new InvalidTokenException("claim " + name + " must be a string");
        }
    }

    private static Set<String> list(JWTClaimsSet claims, String name) throws InvalidTokenException {
        try {
            List<String> values = claims.getStringListClaim(name);
            return values == null ? Set.of() : new HashSet<>(values);
        } catch (ParseException e) {
            throw new InvalidTokenException("claim " + name + " must be a list of strings");
        }
    }
}
