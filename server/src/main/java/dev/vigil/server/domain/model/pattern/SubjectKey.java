package dev.vigil.server.domain.model.pattern;

import java.util.Objects;

/**
 * Value object: one subject observations are grouped by, e.g. {@code ROOM_STAY:<stay id>} or
 * {@code VEHICLE:<token>}. Values are ids or tokens, never raw identifiers.
 */
public record SubjectKey(SubjectType type, String value) implements Comparable<SubjectKey> {

    public SubjectKey {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(value, "value");
        if (value.isBlank()) {
            throw new IllegalArgumentException("empty subject key");
        }
    }

    public static SubjectKey parse(String text) {
        int colon = text.indexOf(':');
        if (colon <= 0) {
            throw new IllegalArgumentException("not a subject key: " + text);
        }
        return new SubjectKey(SubjectType.valueOf(text.substring(0, colon)), text.substring(colon + 1));
    }

    @Override
    public int compareTo(SubjectKey o) {
        int byType = type.compareTo(o.type);
        return byType != 0 ? byType : value.compareTo(o.value);
    }

    @Override
    public String toString() {
        return type + ":" + value;
    }
}
