package dev.vigil.server.testing;

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
 * A tenant's identity provider in the tests: its keys, made here, published as JWKS on a loopback port
 * ({@code 0}: any free one), and tokens signed with them. It can rotate: publish a new key and drop the
 * old one. {@code SecurityIT} runs one for {@code other-chain}, whose port the server is told at boot;
 * {@code ChainTokensTest} runs one per test.
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
        issuer = "http://127.0.0.1:" + server.getAddress().getPort() + "/" + tenant;
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

    /** The issuer its tokens name: {@code http://127.0.0.1:<port>/<tenant>}; the keys are at {@code <issuer>/jwks}. */
    public String issuer() {
        return issuer;
    }

    /** A token of this issuer signed with {@code key}, valid for an hour, with the claims {@code claims} adds. */
    public String token(RSAKey key, UnaryOperator<JWTClaimsSet.Builder> claims) {
        Instant now = Instant.now();
        JWTClaimsSet.Builder b = new JWTClaimsSet.Builder().issuer(issuer).issueTime(Date.from(now))
                .expirationTime(Date.from(now.plusSeconds(3600)));
        try {
            SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(key.getKeyID()).build(), claims.apply(b).build());
            jwt.sign(new RSASSASigner(key));
            return jwt.serialize();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    public String token(RSAKey key, String user, List<String> groups, String property, UnaryOperator<JWTClaimsSet.Builder> more) {
        return token(key, b -> {
            b.claim("upn", user).claim("groups", groups);
            return more.apply(property == null ? b : b.claim("property", property));
        });
    }

    public String token(String user, List<String> groups, String property) {
        return token(current.get(), user, groups, property, b -> b);
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
