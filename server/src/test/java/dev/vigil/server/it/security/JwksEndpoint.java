package dev.vigil.server.it.security;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.UnaryOperator;

/**
 * The identity provider of the tenant {@code other-chain} in the integration tests: its keys, made here,
 * published as JWKS on a loopback port the server is told at boot, and tokens signed with them. It can
 * rotate: publish a new key and drop the old one.
 */
public final class JwksEndpoint implements AutoCloseable {

    private final HttpServer server;
    private final AtomicReference<RSAKey> current = new AtomicReference<>();
    private final AtomicReference<String> published = new AtomicReference<>();
    private final AtomicInteger fetches = new AtomicInteger();
    private final String issuer;

    public JwksEndpoint(int port, String tenant) {
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        issuer = "http://127.0.0.1:" + port + "/" + tenant;
        server.createContext("/" + tenant + "/jwks", exchange -> {
            fetches.incrementAndGet();
            byte[] body = published.get().getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        rotate();
        server.start();
    }

    /** A new signing key, published alone: tokens of the old key no longer verify once the server has fetched again. */
    public RSAKey rotate() {
        try {
            RSAKey key = new RSAKeyGenerator(2048).keyID("k" + System.nanoTime()).generate();
            current.set(key);
            published.set(new JWKSet(key.toPublicJWK()).toString());
            return key;
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    public RSAKey key() {
        return current.get();
    }

    public int fetches() {
        return fetches.get();
    }

    public String token(RSAKey key, String user, List<String> groups, String property, UnaryOperator<JWTClaimsSet.Builder> more) {
        Instant now = Instant.now();
        JWTClaimsSet.Builder b = new JWTClaimsSet.Builder().issuer(issuer).issueTime(Date.from(now))
                .expirationTime(Date.from(now.plusSeconds(3600))).claim("upn", user).claim("groups", groups);
        if (property != null) {
            b.claim("property", property);
        }
        try {
            SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(key.getKeyID()).build(), more.apply(b).build());
            jwt.sign(new RSASSASigner(key));
            return jwt.serialize();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    public String token(String user, List<String> groups, String property) {
        return token(current.get(), user, groups, property, b -> b);
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
