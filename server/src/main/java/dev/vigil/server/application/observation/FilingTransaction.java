package dev.vigil.server.application.observation;

import dev.vigil.server.domain.service.ImmediateAction;
import dev.vigil.plugin.subject.SubjectTokenizer;
import dev.vigil.server.application.connector.FilingStayLinks;
import dev.vigil.server.application.indicator.IndicatorPackSource;
import dev.vigil.server.application.indicator.LanguageChoice;
import dev.vigil.server.application.pattern.PatternEvaluation;
import dev.vigil.server.application.privacy.NoteCipher;
import dev.vigil.server.application.privacy.Pseudonymizer;
import dev.vigil.server.application.shared.Caller;
import dev.vigil.server.application.shared.ConflictException;
import dev.vigil.server.application.shared.FieldError;
import dev.vigil.server.application.shared.InvalidRequestException;
import dev.vigil.server.domain.model.audit.AuditEntry;
import dev.vigil.server.domain.model.audit.AuditLog;
import dev.vigil.server.domain.model.indicator.Indicator;
import dev.vigil.server.domain.model.indicator.IndicatorPack;
import dev.vigil.server.domain.model.indicator.StaffRole;
import dev.vigil.server.domain.model.observation.Observation;
import dev.vigil.server.domain.model.observation.ObservationId;
import dev.vigil.server.domain.model.observation.ObservationRepository;
import dev.vigil.server.domain.model.observation.ObservedLocation;
import dev.vigil.server.domain.model.observation.Reporter;
import dev.vigil.server.domain.model.observation.SubjectToken;
import dev.vigil.server.domain.model.pattern.Tier;
import dev.vigil.server.domain.model.stay.StayId;
import dev.vigil.server.domain.model.stay.StayRepository;
import dev.vigil.server.domain.model.tenant.Property;
import dev.vigil.server.domain.model.tenant.PropertyDirectory;
import dev.vigil.server.domain.model.tenant.PropertyId;
import dev.vigil.server.domain.service.ReporterAdvice;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * One filing in one transaction: the observation, its stay, the audit entry and the idempotency record
 * are stored together or not at all.
 */
@ApplicationScoped
public class FilingTransaction {

    @Inject IndicatorPackSource packs;
    @Inject FilingSettings settings;
    @Inject PropertyDirectory properties;
    @Inject ObservationRepository observations;
    @Inject StayRepository stays;
    @Inject IdempotencyStore idempotency;
    @Inject Pseudonymizer pseudonymizer;
    @Inject NoteCipher notes;
    @Inject AuditLog audit;
    @Inject Clock clock;
    @Inject PatternEvaluation patterns;
    @Inject NoteLinterSource noteLinter;
    // the container injects the connectors' links; a transaction built by hand (tools, tests) files without any
    @Inject FilingStayLinks stayLinks = FilingStayLinks.withoutConnectors();

    /** Replays a remembered answer for the same key and body; refuses the key for another body. */
    public Optional<FilingOutcome> replay(FileObservationCommand command) {
        if (command.idempotencyKey() == null) {
            return Optional.empty();
        }
        Caller caller = command.caller();
        return idempotency.find(scopeOf(caller), command.idempotencyKey()).map(remembered -> {
            if (!pseudonymizer.sameRequest(caller.tenant(), command.canonicalBody(), remembered.fingerprint())) {
                throw new ConflictException("Idempotency-Key '" + command.idempotencyKey()
                        + "' was already used for a different request body");
            }
            return new FilingOutcome(remembered.receipt(), true);
        });
    }

    @Transactional
    public FilingOutcome file(FileObservationCommand command) {
        Optional<FilingOutcome> replayed = replay(command);
        if (replayed.isPresent()) {
            return replayed.get();
        }
        IndicatorPack pack = packs.activePack();
        Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        Optional<Property> property = PropertyId.isWellFormed(command.propertyId())
                ? properties.find(new PropertyId(command.propertyId()))
                : Optional.empty();
        ObservationValidator validator = new ObservationValidator(pack, settings);
        List<FieldError> errors = validator.validate(command, property, now);
        if (!errors.isEmpty()) {
            throw new InvalidRequestException(errors);
        }
        Caller caller = command.caller();
        Property where = property.orElseThrow();
        ObservationId id = ObservationId.filedAt(now);
        // the property's PMS names the stay when it answers in time; else the observation is linked later
        FilingStayLinks.StayLink pms = stayLinks.lookup(where, command.room(), command.reservationRef(),
                command.observedAt().toInstant());
        Optional<StayId> stay = new StayResolver(stays, settings.stayJoinWindow(), settings.reservationReuseAfter())
                .resolve(where.id(), pms.room(command.room()), pms.reservationRef(command.reservationRef()),
                        command.observedAt().toInstant());
        Observation observation = new Observation(id, where.tenant(), where.id(), command.observedAt(), now,
                new Reporter(command.reporterId(), StaffRole.parse(command.reporterRole()).orElseThrow(), caller.name()),
                new ObservedLocation(command.room(), command.area()), blankToNull(command.reservationRef()),
                stay.orElse(null),
                command.indicators().stream().map(code -> pack.find(code).orElseThrow().code()).toList(),
                tokenise(command, pseudonymizer.tokenizerFor(where.tenant())),
                command.note() == null || command.note().isBlank() ? null : notes.encrypt(where.tenant(), command.note()));
        observation.linkStay(pms.keys());
        List<FilingReceipt.Warning> warnings = lint(command);
        if (!warnings.isEmpty()) {
            observation.flagNote();
        }
        observations.store(observation);
        stayLinks.remember(observation, pms, now);
        // the caller's own licence counts only when they file what they saw themselves
        boolean mandated = caller.mandatedReporter() && observation.reporter().staffId().equals(caller.name());
        PatternEvaluation.Outcome outcome = patterns.afterFiling(observation, now, mandated);
        FilingReceipt receipt = receipt(observation, validator.indicatorsOf(command), outcome, pack, command.languages(), warnings);
        if (command.idempotencyKey() != null) {
            idempotency.remember(scopeOf(caller), command.idempotencyKey(),
                    pseudonymizer.fingerprint(caller.tenant(), command.canonicalBody()), receipt);
        }
        // last, so that the audit chain's head is held from here to the commit only
        audit.append(new AuditEntry(now, where.tenant().value(), where.id().value(), caller.name(),
                "OBSERVATION_FILED", "observation", id.value()));
        if (outcome.openedCase(now)) {
            audit.append(new AuditEntry(now, where.tenant().value(), where.id().value(), caller.name(),
                    "CASE_OPENED", "case", outcome.caseFile().orElseThrow().id().value()));
        }
        return new FilingOutcome(receipt, false);
    }

    /** Asks the reporter to describe behaviour where the note describes who someone is. */
    private List<FilingReceipt.Warning> lint(FileObservationCommand command) {
        if (command.note() == null || command.note().isBlank()) {
            return List.of();
        }
        String lang = LanguageChoice.of(packs.activePack(), command.languages()).lang();
        return noteLinter.linter().warnings(command.note(), lang).stream()
                .map(w -> new FilingReceipt.Warning(w.code(), w.message())).toList();
    }

    private FilingReceipt receipt(Observation observation, List<Indicator> filed, PatternEvaluation.Outcome outcome,
                                  IndicatorPack pack, List<String> languages, List<FilingReceipt.Warning> warnings) {
        String property = observation.property().value();
        ReporterAdvice advice = new ReporterAdvice(pack, settings.numbersFor(property), settings.guidanceFor(property));
        String used = LanguageChoice.of(pack, languages).lang();
        List<ImmediateAction> now = new java.util.ArrayList<>(advice.immediateActions(filed, outcome.highest(), used));
        outcome.duties().forEach(d -> now.add(new ImmediateAction(d.type(), d.number(), d.text().shown(used))));
        return new FilingReceipt(observation.id().value(), observation.receivedAt(), used, advice.guidance(used), now, warnings);
    }

    private static Set<SubjectToken> tokenise(FileObservationCommand command, SubjectTokenizer tokenizer) {
        Set<SubjectToken> tokens = new LinkedHashSet<>();
        command.subjects().forEach((kind, raw) -> tokens.add(new SubjectToken(kind, tokenizer.tokenize(kind, raw))));
        return tokens;
    }

    static String scopeOf(Caller caller) {
        return caller.tenant().value() + "/" + caller.name();
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
