package dev.vigil.server.infrastructure.security;

import jakarta.enterprise.context.RequestScoped;
import java.util.Optional;

/** The claims of the bearer token that authenticated this request, if one did. */
@RequestScoped
public class TokenCallers {

    private TokenClaims claims;

    void set(TokenClaims claims) {
        this.claims = claims;
    }

    Optional<TokenClaims> current() {
        return Optional.ofNullable(claims);
    }
}
