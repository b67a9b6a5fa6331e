package dev.vigil.server.application.observation;

import dev.vigil.server.application.shared.AppRole;
import dev.vigil.server.application.shared.Caller;
import dev.vigil.server.application.shared.FieldError;
import dev.vigil.server.domain.model.ids.IdentifierText;
import dev.vigil.server.domain.model.indicator.Indicator;
import dev.vigil.server.domain.model.indicator.IndicatorPack;
import dev.vigil.server.domain.model.indicator.StaffRole;
import dev.vigil.server.domain.model.tenant.Property;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Checks a filing against the pack, the caller and the clock, collecting every problem with its
 * field so the reporter can fix them all at once. Stores nothing.
 */
final class ObservationValidator {

    static final int MAX_INDICATORS = 20;
    static final int MAX_NOTE = 2000;
    static final int MAX_ROOM = 20;
    static final int MAX_AREA = 100;
    static final int MAX_REFERENCE = 100;
    static final int MAX_SUBJECT = 200;

    private final IndicatorPack pack;
    private final FilingSettings settings;
    private final List<FieldError> errors = new ArrayList<>();

    ObservationValidator(IndicatorPack pack, FilingSettings settings) {
        this.pack = pack;
        this.settings = settings;
    }

    /** The problems found; empty when the command may be filed. */
    List<FieldError> validate(FileObservationCommand command, Optional<Property> property, Instant now) {
        errors.addAll(command.shapeErrors());
        checkProperty(command, property);
        checkTime(command, now);
        checkReporter(command);
        checkLocation(command);
        checkIndicators(command.indicators());
        maxLength("reservationRef", command.reservationRef(), MAX_REFERENCE);
        command.subjects().forEach((kind, value) -> {
            String field = "subjects." + kind.jsonName();
            if (value.isBlank()) {
                add(new FieldError(field, "must not be blank"));
            }
            maxLength(field, value, MAX_SUBJECT);
        });
        maxLength("note", command.note(), MAX_NOTE);
        return List.copyOf(errors);
    }

    /** The pack's indicators for the command's codes, in the order filed; call after a clean validation. */
    List<Indicator> indicatorsOf(FileObservationCommand command) {
        return command.indicators().stream().map(code -> pack.find(code).orElseThrow()).toList();
    }

    private void checkProperty(FileObservationCommand command, Optional<Property> property) {
        if (command.propertyId() == null || command.propertyId().isBlank()) {
            add(new FieldError("propertyId", "is required"));
        } else if (property.isEmpty() || !command.caller().covers(property.get().tenant(), property.get().id())) {
            // another tenant's property reads as unknown: its existence is not ours to reveal
            add(new FieldError("propertyId", "unknown property '" + command.propertyId() + "'"));
        }
    }

    private void checkTime(FileObservationCommand command, Instant now) {
        if (command.observedAt() == null) {
            add(new FieldError("observedAt", "is required (ISO-8601 with offset, e.g. 2026-11-22T14:05:00-05:00)"));
            return;
        }
        Instant at = command.observedAt().toInstant();
        if (at.isAfter(now.plus(settings.clockSkewAllowance()))) {
            add(new FieldError("observedAt", "is in the future"));
        } else if (at.isBefore(now.minus(settings.observationWindow(command.propertyId())))) {
            add(new FieldError("observedAt", "is older than the observation window of "
                    + settings.observationWindow(command.propertyId()).toDays() + " days"));
        }
    }

    private void checkReporter(FileObservationCommand command) {
        Caller caller = command.caller();
        if (command.reporterId() == null || command.reporterId().isBlank()) {
            add(new FieldError("reporter.id", "is required"));
        } else if (!caller.has(AppRole.INTEGRATION) && !command.reporterId().equals(caller.name())) {
            add(new FieldError("reporter.id", "must be your own user name"));
        } else {
            maxLength("reporter.id", command.reporterId(), MAX_REFERENCE);
        }
        if (command.reporterRole() == null || command.reporterRole().isBlank()) {
            add(new FieldError("reporter.role", "is required: one of FD, HK, FB, MNT, VAL, SEC, HR"));
            return;
        }
        Optional<StaffRole> role = StaffRole.parse(command.reporterRole());
        if (role.isEmpty()) {
            add(new FieldError("reporter.role", "unknown role '" + command.reporterRole()
                    + "': one of FD, HK, FB, MNT, VAL, SEC, HR"));
        } else if (!caller.has(AppRole.INTEGRATION) && !caller.reporterRoles().contains(role.get())) {
            add(new FieldError("reporter.role", "you do not hold the role " + role.get()
                    + "; yours: " + caller.reporterRoles().stream().sorted().toList()));
        }
    }

    private void checkLocation(FileObservationCommand command) {
        boolean noRoom = command.room() == null || command.room().isBlank();
        boolean noArea = command.area() == null || command.area().isBlank();
        if (noRoom && noArea) {
            add(new FieldError("location", "give location.room or location.area (or both)"));
        }
        maxLength("location.room", command.room(), MAX_ROOM);
        if (!noRoom && !IdentifierText.isRoomNumber(command.room())) {
            add(new FieldError("location.room", "a room number: letters and digits, with spaces, dots, slashes or dashes between"));
        }
        maxLength("location.area", command.area(), MAX_AREA);
    }

    private void checkIndicators(List<String> codes) {
        if (codes == null || codes.isEmpty()) {
            add(new FieldError("indicators", "at least one indicator code is required"));
            return;
        }
        if (codes.size() > MAX_INDICATORS) {
            add(new FieldError("indicators", "at most " + MAX_INDICATORS + " codes, got " + codes.size()));
        }
        Map<String, Integer> firstSeen = new HashMap<>();
        for (int i = 0; i < codes.size(); i++) {
            String code = codes.get(i);
            String field = "indicators[" + i + "]";
            if (code == null) {
                continue; // not a string: already reported
            }
            Integer earlier = firstSeen.putIfAbsent(code, i);
            if (earlier != null) {
                add(new FieldError(field, "duplicate of indicators[" + earlier + "] (" + code + ")"));
            } else if (pack.find(code).isEmpty()) {
                add(new FieldError(field, "unknown indicator code '" + code + "' in pack "
                        + pack.name() + " " + pack.version()));
            }
        }
    }

    /** Adds a problem unless its field already failed to parse: one message per field. */
    private void add(FieldError error) {
        boolean known = errors.stream().anyMatch(e -> related(e.field(), error.field()));
        if (!known) {
            errors.add(error);
        }
    }

    /** Same field, or one inside the other ({@code reporter} and {@code reporter.id}, {@code indicators[2]}). */
    private static boolean related(String a, String b) {
        return a.equals(b) || a.startsWith(b + ".") || a.startsWith(b + "[") || b.startsWith(a + ".") || b.startsWith(a + "[");
    }

    private void maxLength(String field, String value, int max) {
        if (value != null && value.length() > max) {
            add(new FieldError(field, "at most " + max + " characters, got " + value.length()));
        }
    }
}
