package dev.vigil.server.domain.model.casefile;

import dev.vigil.server.domain.model.pattern.SubjectKey;
import dev.vigil.server.domain.model.pattern.SubjectType;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.util.Objects;

/** A subject key that belongs to a case. */
@Embeddable
public class CaseSubject {

    @Enumerated(EnumType.STRING)
    @Column(name = "key_type", nullable = false, length = 16)
    private SubjectType type;

    @Column(name = "key_value", nullable = false, length = 120)
    private String value;

    protected CaseSubject() {
        // for JPA
    }

    CaseSubject(SubjectKey key) {
        this.type = key.type();
        this.value = key.value();
    }

    public SubjectKey key() {
        return new SubjectKey(type, value);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof CaseSubject other && type == other.type && value.equals(other.value);
    }

    @Override
    public int hashCode() {
        return Objects.hash(type, value);
    }
}
