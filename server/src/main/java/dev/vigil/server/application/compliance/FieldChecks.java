package dev.vigil.server.application.compliance;

import dev.vigil.server.application.shared.FieldError;
import dev.vigil.server.application.shared.InvalidRequestException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Collects every problem of one request, each naming its field, so that a client fixes them at
 * once; nothing is stored while any remains. Texts are trimmed; blank counts as absent.
 */
final class FieldChecks {

    private static final Pattern PHONE = Pattern.compile("\\+?[0-9 ()./-]{3,40}");
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
    private static final LocalDate EARLIEST = LocalDate.of(1950, 1, 1);

    private final List<FieldError> errors = new ArrayList<>();

    void fail(String field, String message) {
        errors.add(new FieldError(field, message));
    }

    boolean failed() {
        return !errors.isEmpty();
    }

    void throwIfAny() {
        if (!errors.isEmpty()) {
            throw new InvalidRequestException(errors);
        }
    }

    /** A trimmed text of at most {@code max} characters without control characters; null when absent. */
    String text(String field, String value, int max, boolean required) {
        String trimmed = value == null ? null : value.strip();
        if (trimmed == null || trimmed.isEmpty()) {
            if (required) {
                fail(field, "is required");
            }
            return null;
        }
        if (trimmed.length() > max) {
            fail(field, "at most " + max + " characters");
        } else if (trimmed.chars().anyMatch(Character::isISOControl)) {
            fail(field, "must not contain control characters or line breaks");
        }
        return trimmed;
    }

    /** An ISO-8601 date ({@code 2026-03-02}) not after {@code latest}; null when absent. */
    LocalDate date(String field, String value, boolean required, LocalDate latest) {
        String text = text(field, value, 40, required);
        if (text == null) {
            return null;
        }
        try {
            LocalDate date = LocalDate.parse(text);
            if (date.isAfter(latest)) {
                fail(field, "must not be in the future (today is " + latest + " at the property)");
            } else if (date.isBefore(EARLIEST)) {
                fail(field, "must not be before " + EARLIEST);
            }
            return date;
        } catch (DateTimeParseException e) {
            fail(field, "an ISO-8601 date such as 2026-03-02");
            return null;
        }
    }

    /** An ISO-8601 time with its offset ({@code 2026-11-20T09:30:00-05:00}); null when absent. */
    OffsetDateTime time(String field, String value) {
        String text = text(field, value, 40, true);
        if (text == null) {
            return null;
        }
        try {
            return OffsetDateTime.parse(text);
        } catch (DateTimeParseException e) {
            fail(field, "an ISO-8601 time with its offset, such as 2026-11-20T09:30:00-05:00");
            return null;
        }
    }

    String phone(String field, String value) {
        String text = text(field, value, 40, false);
        if (text != null && (!PHONE.matcher(text).matches() || text.chars().filter(Character::isDigit).count() < 3)) {
            fail(field, "a phone number: digits, spaces, + ( ) . / - only");
        }
        return text;
    }

    String email(String field, String value) {
        String text = text(field, value, 254, false);
        if (text != null && !EMAIL.matcher(text).matches()) {
            fail(field, "an e-mail address such as compliance@example.com");
        }
        return text;
    }
}
