package dev.vigil.server.infrastructure.security;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.eclipse.microprofile.config.Config;

/**
 * Bearer-token settings: {@code vigil.jwt.issuer} with {@code vigil.jwt.public-key} (PEM text) or
 * {@code vigil.jwt.public-key.location} (a file), and optionally {@code vigil.jwt.audience}.
 * Without an issuer, bearer tokens are not accepted.
 */
@ApplicationScoped
public class BearerTokens {

    @Inject Config config;

    private JwtVerifier verifier;

    @PostConstruct
    void configure() {
        Optional<String> issuer = config.getOptionalValue("vigil.jwt.issuer", String.class).filter(s -> !s.isBlank());
        if (issuer.isEmpty()) {
            return;
        }
        String pem = config.getOptionalValue("vigil.jwt.public-key", String.class).filter(s -> !s.isBlank())
                .orElseGet(() -> read(config.getOptionalValue("vigil.jwt.public-key.location", String.class)
                        .orElseThrow(() -> new IllegalStateException("vigil.jwt.issuer is set but neither "
                                + "vigil.jwt.public-key nor vigil.jwt.public-key.location is"))));
        verifier = new JwtVerifier(pem, issuer.get(), config.getOptionalValue("vigil.jwt.audience", String.class).orElse(null));
    }

    private static String read(String location) {
        try {
            return Files.readString(Path.of(location));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the JWT public key " + location, e);
        }
    }

    public Optional<JwtVerifier> verifier() {
        return Optional.ofNullable(verifier);
    }
}
