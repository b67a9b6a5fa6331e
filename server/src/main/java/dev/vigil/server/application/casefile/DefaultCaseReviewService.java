package dev.vigil.server.application.casefile;

import dev.vigil.server.application.notification.CaseAlerts;

import dev.vigil.server.application.indicator.IndicatorPackSource;
import dev.vigil.server.application.indicator.LanguageChoice;
import dev.vigil.server.application.shared.AppRole;
import dev.vigil.server.application.shared.Caller;
import dev.vigil.server.application.shared.ConflictException;
import dev.vigil.server.application.shared.FieldError;
import dev.vigil.server.application.shared.ForbiddenException;
import dev.vigil.server.application.shared.InvalidRequestException;
import dev.vigil.server.application.shared.NotFoundException;
import dev.vigil.server.domain.model.audit.AuditEntry;
import dev.vigil.server.domain.model.audit.AuditLog;
import dev.vigil.server.domain.model.ids.IdentifierText;
import dev.vigil.server.domain.model.casefile.CaseFile;
import dev.vigil.server.domain.model.casefile.CaseId;
import dev.vigil.server.domain.model.casefile.CasePage;
import dev.vigil.server.domain.model.casefile.CaseQuery;
import dev.vigil.server.domain.model.casefile.CaseRepository;
import dev.vigil.server.domain.model.casefile.CaseStatus;
import dev.vigil.server.domain.model.casefile.Decision;
import dev.vigil.server.domain.model.casefile.Severity;
import dev.vigil.server.domain.model.indicator.IndicatorPack;
import dev.vigil.server.domain.model.observation.Observation;
import dev.vigil.server.domain.model.observation.ObservationId;
import dev.vigil.server.domain.model.observation.ObservationRepository;
import dev.vigil.server.domain.model.pattern.SubjectKey;
import dev.vigil.server.domain.model.pattern.SubjectType;
import dev.vigil.server.domain.model.stay.Stay;
import dev.vigil.server.domain.model.stay.StayId;
import dev.vigil.server.domain.model.stay.StayRepository;
import dev.vigil.server.domain.model.tenant.PropertyDirectory;
import dev.vigil.server.domain.model.tenant.PropertyId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Serves the case queue and cases to security and managers of the case's property. Every read
 * and every decision is audited; cases outside the caller's scope do not exist for them (404).
 */
@ApplicationScoped
public class DefaultCaseReviewService implements CaseReviewService {

    static final int DEFAULT_PAGE = 50;
    static final int MAX_PAGE = 200;
    static final int MAX_NOTE = 2000;

    @Inject CaseRepository cases;
    @Inject ObservationRepository observations;
    @Inject StayRepository stays;
    @Inject PropertyDirectory properties;
    @Inject IndicatorPackSource packs;
    @Inject AuditLog audit;
    @Inject Clock clock;
    @Inject dev.vigil.server.application.protocol.ProtocolSource protocols;
    @Inject CaseAlerts alerts;
    @Inject dev.vigil.server.application.shared.LanguageSettings languages;
    @Inject dev.vigil.server.application.protocol.ActionContacts contacts;

    @Override
    @Transactional
    public CaseQueue queue(Caller caller, CaseListQuery query) {
        requireReviewer(caller);
        List<FieldError> errors = new ArrayList<>();
        Set<PropertyId> scope = scope(caller, query.propertyId(), errors);
        Set<CaseStatus> statuses = EnumSet.noneOf(CaseStatus.class);
        for (String s : query.statuses() == null ? List.<String>of() : query.statuses()) {
            for (String part : s.split(",")) {
                try {
                    statuses.add(CaseStatus.valueOf(part.trim().toUpperCase(Locale.ROOT)));
                } catch (IllegalArgumentException e) {
                    errors.add(new FieldError("status", "unknown status '" + part.trim() + "'; one of OPEN, IN_REVIEW, "
                            + "MONITORING, REPORTED, DISMISSED, CLOSED"));
                }
            }
        }
        Severity minSeverity = null;
        if (query.minSeverity() != null && !query.minSeverity().isBlank()) {
            try {
                minSeverity = Severity.valueOf(query.minSeverity().trim().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                errors.add(new FieldError("minSeverity", "one of WATCH, REVIEW, REPORT, URGENT"));
            }
        }
        int limit = query.limit() == null ? DEFAULT_PAGE : query.limit();
        if (limit < 1 || limit > MAX_PAGE) {
            errors.add(new FieldError("limit", "1 to " + MAX_PAGE));
        }
        String room = query.room() == null || query.room().isBlank() ? null : IdentifierText.normalize(query.room());
        if (room != null && (IdentifierText.hasDirectionControls(query.room()) || !IdentifierText.isRoomNumber(room))) {
            errors.add(new FieldError("room", "a room number: letters and digits, with spaces, dots, slashes or dashes between"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidRequestException(errors);
        }
        CasePage page;
        try {
            page = cases.queue(new CaseQuery(caller.tenant(), scope, statuses, minSeverity, room, limit, query.cursor()));
        } catch (IllegalArgumentException e) {
            throw new InvalidRequestException("cursor", "not a cursor of this list; start again without it");
        } catch (java.util.NoSuchElementException e) {
            throw new NotFoundException("page"); // another tenant's or property's list: nothing of it is ours to show
        }
        audit.append(new AuditEntry(clock.instant(), caller.tenant().value(), caller.boundProperty().map(PropertyId::value).orElse(null),
                caller.name(), "CASE_QUEUE_READ", "case", null));
        Map<String, Stay> rooms = new HashMap<>();
        page.cases().stream().map(CaseFile::primarySubject).filter(k -> k.type() == SubjectType.ROOM_STAY)
                .forEach(k -> stays.find(new StayId(k.value())).ifPresent(s -> rooms.put(k.value(), s)));
        return new CaseQueue(page, rooms);
    }

    @Override
    @Transactional
    public CaseView read(Caller caller, String caseId, List<String> languages) {
        requireReviewer(caller);
        CaseFile c = visible(caller, caseId);
        audit.append(new AuditEntry(clock.instant(), c.tenant().value(), c.property().value(), caller.name(),
                "CASE_READ", "case", c.id().value()));
        return view(c, languages);
    }

    @Override
    @Transactional
    public CaseView startReview(Caller caller, String caseId, List<String> languages) {
        requireReviewer(caller);
        CaseFile c = visible(caller, caseId);
        if (c.startReview(caller.name(), clock.instant())) {
            audit.append(new AuditEntry(clock.instant(), c.tenant().value(), c.property().value(), caller.name(),
                    "CASE_REVIEW_STARTED", "case", c.id().value()));
        }
        return view(c, languages);
    }

    @Override
    @Transactional
    public CaseView decide(Caller caller, String caseId, DecideCommand command, List<String> languages) {
        requireReviewer(caller);
        List<FieldError> errors = new ArrayList<>();
        Decision decision = null;
        if (command.decision() == null || command.decision().isBlank()) {
            errors.add(new FieldError("decision", "is required: one of DISMISS, MONITOR, REPORT, ESCALATE_URGENT, CLOSE"));
        } else {
            try {
                decision = Decision.valueOf(command.decision().trim().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                errors.add(new FieldError("decision", "unknown decision '" + command.decision()
                        + "'; one of DISMISS, MONITOR, REPORT, ESCALATE_URGENT, CLOSE"));
            }
        }
        if (command.note() == null || command.note().isBlank()) {
            errors.add(new FieldError("note", "is required: say why, in facts"));
        } else if (command.note().length() > MAX_NOTE) {
            errors.add(new FieldError("note", "at most " + MAX_NOTE + " characters"));
        }
        CaseFile c = visible(caller, caseId);
        if (!errors.isEmpty()) {
            throw new InvalidRequestException(errors);
        }
        Severity before = c.severity();
        try {
            c.decide(decision, command.note(), caller.name(), clock.instant());
        } catch (IllegalStateException e) {
            throw new ConflictException(e.getMessage());
        }
        if (decision == Decision.ESCALATE_URGENT) {
            Instant at = clock.instant();
            alerts.severityRaised(c, before, at);
            alerts.actionsRequired(c, c.requireActions(Severity.URGENT, protocols.forProperty(c.property()), at), at);
        }
        audit.append(new AuditEntry(clock.instant(), c.tenant().value(), c.property().value(), caller.name(),
                "CASE_DECISION_" + decision.name(), "case", c.id().value()));
        return view(c, languages);
    }

    @Override
    @Transactional
    public CaseView acknowledge(Caller caller, String caseId, String actionId, String note, List<String> languages) {
        requireReviewer(caller);
        if (note != null && note.length() > MAX_NOTE) {
            throw new InvalidRequestException("note", "at most " + MAX_NOTE + " characters");
        }
        CaseFile c = visible(caller, caseId);
        try {
            c.acknowledge(actionId, caller.name(), note, clock.instant());
        } catch (java.util.NoSuchElementException e) {
            throw new NotFoundException("action");
        } catch (IllegalStateException e) {
            throw new ConflictException(e.getMessage());
        }
        audit.append(new AuditEntry(clock.instant(), c.tenant().value(), c.property().value(), caller.name(),
                "CASE_ACTION_ACKNOWLEDGED", "case", c.id().value()));
        return view(c, languages);
    }

    private static void requireReviewer(Caller caller) {
        if (!caller.hasAny(AppRole.SECURITY, AppRole.MANAGER)) {
            throw new ForbiddenException("only security and managers see cases");
        }
    }

    private CaseFile visible(Caller caller, String caseId) {
        return CaseId.parse(caseId).flatMap(id -> cases.find(caller.tenant(), id))
                .filter(c -> caller.covers(c.tenant(), c.property()))
                .orElseThrow(() -> new NotFoundException("case"));
    }

    private Set<PropertyId> scope(Caller caller, String propertyId, List<FieldError> errors) {
        if (propertyId == null || propertyId.isBlank()) {
            return caller.boundProperty().map(Set::of).orElse(Set.of());
        }
        boolean known = PropertyId.isWellFormed(propertyId)
                && properties.find(new PropertyId(propertyId)).filter(p -> caller.covers(p.tenant(), p.id())).isPresent();
        if (!known) {
            errors.add(new FieldError("propertyId", "unknown property '" + propertyId + "'"));
            return Set.of();
        }
        return Set.of(new PropertyId(propertyId));
    }

    /** The reader's preference among the pack's languages, else (when they state none) the property's language. */
    private String readersLanguage(IndicatorPack pack, CaseFile c, List<String> preferences) {
        LanguageChoice asked = LanguageChoice.of(pack, preferences);
        if (!asked.fellBack() && preferences != null && !preferences.isEmpty() || languages == null) {
            return asked.lang();
        }
        String own = languages.propertyLanguage(c.property());
        return pack.speaks(own) ? own : asked.lang();
    }

    private CaseView view(CaseFile c, List<String> languages) {
        List<Observation> contributing = new ArrayList<>();
        for (String id : c.observationIds()) {
            ObservationId.parse(id).flatMap(oid -> observations.find(c.tenant(), oid)).ifPresent(contributing::add);
        }
        contributing.sort(Comparator.comparing(Observation::observedAt));
        Map<String, Stay> stayById = new LinkedHashMap<>();
        for (SubjectKey key : c.subjects()) {
            if (key.type() == SubjectType.ROOM_STAY) {
                stays.find(new StayId(key.value())).ifPresent(s -> stayById.put(key.value(), s));
            }
        }
        IndicatorPack pack = packs.activePack();
        String lang = readersLanguage(pack, c, languages);
        Map<String, String> texts = new HashMap<>();
        contributing.forEach(o -> o.indicators().forEach(code ->
                pack.find(code).ifPresent(i -> texts.put(code.value(), i.text().shown(lang)))));
        Map<String, String> steps = new HashMap<>();
        var protocol = protocols.forProperty(c.property());
        c.actions().forEach(a -> protocol.action(a.severity().name(), a.actionId())
                .ifPresent(step -> steps.put(a.id(), step.text().shown(lang))));
        return new CaseView(c, contributing, stayById, texts, lang, contacts == null ? Map.of() : contacts.forCase(c), steps);
    }
}
