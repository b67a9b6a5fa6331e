package dev.vigil.server.application.casefile;

import dev.vigil.plugin.subject.SubjectKind;
import dev.vigil.server.application.privacy.Pseudonymizer;
import dev.vigil.server.application.shared.AppRole;
import dev.vigil.server.application.shared.Caller;
import dev.vigil.server.application.shared.ForbiddenException;
import dev.vigil.server.application.shared.ConflictException;
import dev.vigil.server.application.shared.FieldError;
import dev.vigil.server.application.shared.InvalidRequestException;
import dev.vigil.server.application.shared.NotFoundException;
import dev.vigil.server.domain.model.audit.AuditEntry;
import dev.vigil.server.domain.model.audit.AuditLog;
import dev.vigil.server.domain.model.casefile.SubjectMarking;
import dev.vigil.server.domain.model.casefile.SubjectMarkings;
import dev.vigil.server.domain.model.pattern.Marker;
import dev.vigil.server.domain.model.pattern.SubjectKey;
import dev.vigil.server.domain.model.pattern.SubjectType;
import dev.vigil.server.domain.model.tenant.PropertyDirectory;
import dev.vigil.server.domain.model.tenant.PropertyId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

/**
 * Marks subject keys. A property's security or manager marks for that property only: the key stops
 * linking or is exempted in filings at that property, never at a sister property. A tenant-wide
 * marking is an administrator's act; every property lists it with who made it. An excluded key stops
 * linking and being evaluated from the next filing on; exemptions switch off the rules that name them.
 * Every marking, listing and lifting is audited.
 */
@ApplicationScoped
public class DefaultMarkingService implements MarkingService {

    static final int MAX_REASON = 1000;
    /** The keys a filing can carry: room stays and the pseudonymised subjects. */
    static final java.util.Set<SubjectType> MARKABLE = java.util.EnumSet.of(SubjectType.ROOM_STAY, SubjectType.GUEST,
            SubjectType.PERSON, SubjectType.PAYER, SubjectType.PHONE, SubjectType.VEHICLE, SubjectType.VISITOR, SubjectType.VENDOR);

    @Inject SubjectMarkings markings;
    @Inject Pseudonymizer pseudonymizer;
    @Inject PropertyDirectory properties;
    @Inject AuditLog audit;
    @Inject Clock clock;

    @Override
    @Transactional
    public SubjectMarking mark(Caller caller, MarkCommand command) {
        List<FieldError> errors = new ArrayList<>();
        SubjectType type = parse(command.type(), errors);
        Marker marker = marker(command.marker(), errors);
        if (command.reason() == null || command.reason().isBlank()) {
            errors.add(new FieldError("reason", "is required: why this subject should not be correlated"));
        } else if (command.reason().length() > MAX_REASON) {
            errors.add(new FieldError("reason", "at most " + MAX_REASON + " characters"));
        }
        String property = scopeOf(caller, command.propertyId(), errors);
        String keyValue = type == null ? null : keyValue(caller, type, command, errors);
        if (!errors.isEmpty()) {
            throw new InvalidRequestException(errors);
        }
        SubjectKey key = new SubjectKey(type, keyValue);
        boolean already = markings.active(caller.tenant()).stream()
                .anyMatch(m -> m.key().equals(key) && m.marker() == marker
                        && java.util.Objects.equals(m.propertyId().orElse(null), property));
        if (already) {
            throw new ConflictException("this subject already carries that marker; lift it first to change the reason");
        }
        SubjectMarking marking = new SubjectMarking(caller.tenant().value(), property, key, marker, command.reason().trim(),
                caller.name(), clock.instant());
        markings.store(marking);
        audit.append(new AuditEntry(clock.instant(), caller.tenant().value(), property, caller.name(),
                "SUBJECT_MARKED_" + marker.name(), "subject-marking", marking.id()));
        return marking;
    }

    /** EXCLUDED unless another marker is named. */
    private static Marker marker(String text, List<FieldError> errors) {
        if (text == null || text.isBlank()) {
            return Marker.EXCLUDED;
        }
        try {
            return Marker.valueOf(text.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            errors.add(new FieldError("marker", "one of EXCLUDED, HOSPITALITY_SUITE, GROUP_BLOCK"));
            return Marker.EXCLUDED;
        }
    }

    /** What a caller sees: an administrator every marking of the tenant; others their property's and the tenant-wide ones. */
    private static boolean visibleTo(Caller caller, SubjectMarking m) {
        return caller.boundProperty().isEmpty() || m.propertyId().isEmpty()
                || m.propertyId().get().equals(caller.boundProperty().get().value());
    }

    /** Who may lift: tenant-wide markings only an administrator; a property's, that property's reviewers too. */
    private static boolean liftableBy(Caller caller, SubjectMarking m) {
        if (m.propertyId().isEmpty()) {
            return caller.has(AppRole.ADMIN);
        }
        return caller.has(AppRole.ADMIN) || caller.boundProperty().map(p -> p.value().equals(m.propertyId().get())).orElse(false);
    }

    @Override
    @Transactional
    public List<SubjectMarking> active(Caller caller) {
        List<SubjectMarking> visible = markings.active(caller.tenant()).stream().filter(m -> visibleTo(caller, m)).toList();
        audit.append(new AuditEntry(clock.instant(), caller.tenant().value(), caller.boundProperty().map(PropertyId::value).orElse(null),
                caller.name(), "SUBJECT_MARKINGS_READ", "subject-marking", null));
        return visible;
    }

    @Override
    @Transactional
    public SubjectMarking lift(Caller caller, String id, String reason) {
        if (reason == null || reason.isBlank()) {
            throw new InvalidRequestException("reason", "is required: why the marking no longer holds");
        }
        if (reason.length() > MAX_REASON) {
            throw new InvalidRequestException("reason", "at most " + MAX_REASON + " characters");
        }
        SubjectMarking marking = parseId(id).flatMap(m -> markings.find(caller.tenant(), m))
                .filter(m -> visibleTo(caller, m))
                .orElseThrow(() -> new NotFoundException("marking"));
        if (!liftableBy(caller, marking)) {
            throw new ForbiddenException("this marking applies to every property of the tenant; only an administrator lifts it");
        }
        try {
            marking.lift(caller.name(), reason.trim(), clock.instant());
        } catch (IllegalStateException e) {
            throw new ConflictException("this marking was already lifted");
        }
        audit.append(new AuditEntry(clock.instant(), caller.tenant().value(), marking.propertyId().orElse(null), caller.name(),
                "SUBJECT_MARKING_LIFTED", "subject-marking", marking.id()));
        return marking;
    }

    private static Optional<String> parseId(String id) {
        try {
            return Optional.of(UUID.fromString(id).toString());
        } catch (IllegalArgumentException | NullPointerException e) {
            return Optional.empty();
        }
    }

    private static SubjectType parse(String type, List<FieldError> errors) {
        try {
            SubjectType t = SubjectType.valueOf(type == null ? "" : type.trim().toUpperCase(Locale.ROOT));
            if (!MARKABLE.contains(t)) {
                errors.add(new FieldError("subject.type", t + " cannot be marked"));
                return null;
            }
            return t;
        } catch (IllegalArgumentException e) {
            errors.add(new FieldError("subject.type", "one of ROOM_STAY, GUEST, PERSON, PAYER, PHONE, VEHICLE, VISITOR, VENDOR"));
            return null;
        }
    }

    /**
     * The property a marking applies to, or null for the whole tenant. Without a property named, a
     * property-bound caller marks for their own property and an administrator for the tenant; a
     * reviewer who is bound to no property must name one, since a tenant-wide marking is an
     * administrator's act.
     */
    private String scopeOf(Caller caller, String propertyId, List<FieldError> errors) {
        if (propertyId == null || propertyId.isBlank()) {
            if (caller.boundProperty().isPresent()) {
                return caller.boundProperty().get().value();
            }
            if (!caller.has(AppRole.ADMIN)) {
                errors.add(new FieldError("propertyId", "is required: a marking for every property of the tenant is an "
                        + "administrator's act"));
            }
            return null;
        }
        boolean known = PropertyId.isWellFormed(propertyId)
                && properties.find(new PropertyId(propertyId)).filter(p -> caller.covers(p.tenant(), p.id())).isPresent();
        if (!known) {
            errors.add(new FieldError("propertyId", "unknown property '" + propertyId + "'"));
        }
        return propertyId;
    }

    /** A token as cases show it, or a raw value pseudonymised here and never kept. */
    private String keyValue(Caller caller, SubjectType type, MarkCommand command, List<FieldError> errors) {
        boolean hasToken = command.token() != null && !command.token().isBlank();
        boolean hasValue = command.value() != null && !command.value().isBlank();
        if (hasToken == hasValue) {
            errors.add(new FieldError("subject", "give either subject.token (as cases show it) or subject.value (the identifier itself)"));
            return null;
        }
        if (type == SubjectType.ROOM_STAY) {
            if (!hasToken || parseId(command.token()).isEmpty()) {
                errors.add(new FieldError("subject.token", "a room stay is marked by its stay id"));
                return null;
            }
            return command.token().trim();
        }
        SubjectKind kind = SubjectKind.valueOf(type.name());
        if (hasToken) {
            if (!command.token().startsWith(kind.jsonName() + ":") || command.token().length() > 120) {
                errors.add(new FieldError("subject.token", "not a " + kind.jsonName() + " token"));
                return null;
            }
            return command.token().trim();
        }
        if (command.value().length() > 200) {
            errors.add(new FieldError("subject.value", "at most 200 characters"));
            return null;
        }
        return pseudonymizer.tokenizerFor(caller.tenant()).tokenize(kind, command.value());
    }
}
