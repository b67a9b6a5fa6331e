package dev.vigil.server.domain.model.observation;

import dev.vigil.plugin.subject.SubjectKind;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.util.Objects;

/** A pseudonymised identifier named in an observation: its kind and the tenant's keyed-hash token. */
@Embeddable
public class SubjectToken {

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false, length = 16)
    private SubjectKind kind;

    @Column(name = "token", nullable = false, length = 80)
    private String token;

    protected SubjectToken() {
        // for JPA
    }

    public SubjectToken(SubjectKind kind, String token) {
        this.kind = Objects.requireNonNull(kind, "kind");
        this.token = Objects.requireNonNull(token, "token");
    }

    public SubjectKind kind() {
        return kind;
    }

    public String token() {
        return token;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof SubjectToken other && kind == other.kind && token.equals(other.token);
    }

    @Override
    public int hashCode() {
        return Objects.hash(kind, token);
    }
}
