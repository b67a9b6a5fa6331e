package dev.vigil.server.domain.model.observation;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.util.Optional;

/** Where it was seen: a room, an area of the property, or both. */
@Embeddable
public class ObservedLocation {

    @Column(name = "room", length = 20)
    private String room;

    @Column(name = "area", length = 100)
    private String area;

    protected ObservedLocation() {
        // for JPA
    }

    public ObservedLocation(String room, String area) {
        this.room = blankToNull(room);
        this.area = blankToNull(area);
        if (this.room == null && this.area == null) {
            throw new IllegalArgumentException("a room or an area is required");
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }

    public Optional<String> room() {
        return Optional.ofNullable(room);
    }

    public Optional<String> area() {
        return Optional.ofNullable(area);
    }
}
