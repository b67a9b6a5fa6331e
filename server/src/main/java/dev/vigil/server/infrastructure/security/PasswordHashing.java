package dev.vigil.server.infrastructure.security;

import dev.vigil.server.application.account.PasswordHasher;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import java.util.Map;

/**
 * The standard slow hash of Jakarta Security: PBKDF2 with HMAC-SHA512 at the iteration count
 * OWASP recommends (210,000), a 32-byte salt and a 64-byte key.
 */
@ApplicationScoped
public class PasswordHashing implements PasswordHasher {

    @Inject Pbkdf2PasswordHash hash;

    @PostConstruct
    void configure() {
        hash.initialize(Map.of(
                "Pbkdf2PasswordHash.Algorithm", "PBKDF2WithHmacSHA512",
                "Pbkdf2PasswordHash.Iterations", "210000",
                "Pbkdf2PasswordHash.SaltSizeBytes", "32",
                "Pbkdf2PasswordHash.KeySizeBytes", "64"));
    }

    @Override
    public String hash(String password) {
        return hash.generate(password.toCharArray());
    }

    @Override
    public boolean verify(String password, String stored) {
        return hash.verify(password.toCharArray(), stored);
    }
}
