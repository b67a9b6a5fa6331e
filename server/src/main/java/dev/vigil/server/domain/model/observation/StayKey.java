package dev.vigil.server.domain.model.observation;

import dev.vigil.server.domain.model.pattern.SubjectKey;
import dev.vigil.server.domain.model.pattern.SubjectType;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.util.Objects;

/**
 * A subject key an observation got from its stay in the PMS (reservation, reservation group, guests,
 * booker, payer): a token or a stay's reservation key, never a raw identifier.
 */
@Embeddable
public class StayKey {

    @Enumerated(EnumType.STRING)
    @Column(name = "key_type", nullable = false, length = 16)
    private SubjectType type;

    @Column(name = "key_value", nullable = false, length = 120)
    private String value;

    protected StayKey() {
        // for JPA
    }

    public StayKey(SubjectKey key) {
        this.type = Objects.requireNonNull(key, "key").type();
        this.value = key.value();
    }

    public SubjectKey key() {
        return new SubjectKey(type, value);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof StayKey other && type == other.type && value.equals(other.value);
    }

    @Override
    public int hashCode() {
        return Objects.hash(type, value);
    }
}
