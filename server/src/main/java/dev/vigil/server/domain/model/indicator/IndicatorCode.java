package dev.vigil.server.domain.model.indicator;

import java.util.Objects;
import java.util.regex.Pattern;

/** Identifier of one checklist item, stable across pack versions (e.g. {@code CTRL_SPEAKS_FOR}). */
public record IndicatorCode(String value) implements Comparable<IndicatorCode> {

    private static final Pattern FORMAT = Pattern.compile("[A-Z][A-Z0-9_]{2,40}");

    public IndicatorCode {
        Objects.requireNonNull(value, "indicator code");
        if (!FORMAT.matcher(value).matches()) {
            throw new IllegalArgumentException("not an indicator code: " + value);
        }
    }

    /** True when the text has the shape of a code; says nothing about whether a pack knows it. */
    public static boolean isWellFormed(String text) {
        return text != null && FORMAT.matcher(text).matches();
    }

    @Override
    public int compareTo(IndicatorCode other) {
        return value.compareTo(other.value);
    }

    @Override
    public String toString() {
        return value;
    }
}
