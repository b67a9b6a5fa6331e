package dev.vigil.server.infrastructure.security;

import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.JWTParser;
import dev.vigil.server.domain.model.tenant.PropertyDirectory;
import dev.vigil.server.domain.model.tenant.TenantId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.MalformedURLException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.ParseException;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.eclipse.microprofile.config.Config;

/**
 * Bearer tokens from the chains' identity providers, each provider bound to its tenant: per tenant,
 * {@code vigil.tenant.<tenant>.jwt.issuer} with {@code .jwt.jwks-url} (the provider's published keys)
 * or {@code .jwt.public-key} / {@code .jwt.public-key.location} (one PEM key), and optionally
 * {@code .jwt.audience}. A token is judged by the provider its {@code iss} names, and then only for
 * that provider's tenant ({@link ChainClaims}). Without any configured provider, bearer tokens are refused.
 */
@ApplicationScoped
public class ChainTokens {

    @Inject Config config;
    @Inject PropertyDirectory properties;

    private volatile Map<String, ChainIssuer> byIssuer = Map.of();

    /** Reads every tenant's provider; a broken setting stops startup, naming it. */
    public int load() {
        config.getOptionalValue("vigil.jwt.issuer", String.class).filter(s -> !s.isBlank()).ifPresent(global -> {
            throw new IllegalStateException("vigil.jwt.issuer is no longer read: an issuer is bound to its tenant. Set "
                    + "vigil.tenant.<tenant>.jwt.issuer with vigil.tenant.<tenant>.jwt.jwks-url (or .jwt.public-key.location)");
        });
        Duration cacheFor = config.getOptionalValue("vigil.jwt.jwks.cache", Duration.class).orElse(Duration.ofMinutes(10));
        Duration minRefresh = config.getOptionalValue("vigil.jwt.jwks.min-refresh", Duration.class).orElse(Duration.ofSeconds(30));
        Map<String, ChainIssuer> found = new HashMap<>();
        for (TenantId tenant : properties.tenants()) {
            String prefix = "vigil.tenant." + tenant.value() + ".jwt.";
            Optional<String> issuer = text(prefix + "issuer");
            if (issuer.isEmpty()) {
                continue;
            }
            String audience = text(prefix + "audience").orElse(null);
            ChainIssuer chain = text(prefix + "jwks-url")
                    .map(url -> ChainIssuer.withJwks(tenant.value(), issuer.get(), audience, url(prefix + "jwks-url", url), cacheFor, minRefresh))
                    .orElseGet(() -> ChainIssuer.withKey(tenant.value(), issuer.get(), audience, pem(prefix)));
            ChainIssuer taken = found.put(issuer.get(), chain);
            if (taken != null) {
                throw new IllegalStateException("tenants " + taken.tenant() + " and " + tenant.value() + " name the same "
                        + "token issuer " + issuer.get() + ": an issuer may sign in the people of one tenant only");
            }
        }
        byIssuer = Map.copyOf(found);
        return found.size();
    }

    public boolean enabled() {
        return !byIssuer.isEmpty();
    }

    /** The caller the token names, once its provider vouched for it and its claims fit the provider's tenant. */
    public TokenClaims verify(String token) throws InvalidTokenException {
        if (token.length() > 16_384) {
            throw new InvalidTokenException("it is too long");
        }
        String issuer;
        try {
            issuer = JWTParser.parse(token).getJWTClaimsSet().getIssuer();
        } catch (ParseException | RuntimeException e) {
            throw new InvalidTokenException("it is not a signed JWT");
        }
        ChainIssuer chain = issuer == null ? null : byIssuer.get(issuer);
        if (chain == null) {
            throw new InvalidTokenException("its issuer is not one this server trusts");
        }
        JWTClaimsSet claims = chain.verify(token);
        return ChainClaims.of(claims, new TenantId(chain.tenant()), properties);
    }

    private String pem(String prefix) {
        return text(prefix + "public-key").orElseGet(() -> {
            String location = text(prefix + "public-key.location").orElseThrow(() -> new IllegalStateException(prefix
                    + "issuer is set but neither " + prefix + "jwks-url nor " + prefix + "public-key(.location) is"));
            try {
                return Files.readString(Path.of(location));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + prefix + "public-key.location " + location, e);
            }
        });
    }

    private static URL url(String key, String value) {
        try {
            return new URL(value);
        } catch (MalformedURLException e) {
            throw new IllegalStateException(key + " is not an address: " + value, e);
        }
    }

    private Optional<String> text(String key) {
        return config.getOptionalValue(key, String.class).map(String::trim).filter(s -> !s.isEmpty());
    }
}
