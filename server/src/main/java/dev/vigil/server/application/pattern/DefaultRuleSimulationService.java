package dev.vigil.server.application.pattern;

import dev.vigil.server.application.indicator.IndicatorPackSource;
import dev.vigil.server.application.shared.AppRole;
import dev.vigil.server.application.shared.Caller;
import dev.vigil.server.application.shared.FieldError;
import dev.vigil.server.application.shared.ForbiddenException;
import dev.vigil.server.application.shared.InvalidRequestException;
import dev.vigil.server.application.shared.ObservationArchive;
import dev.vigil.server.domain.model.audit.AuditEntry;
import dev.vigil.server.domain.model.audit.AuditLog;
import dev.vigil.server.domain.model.casefile.Severity;
import dev.vigil.server.domain.model.casefile.SubjectMarkings;
import dev.vigil.server.domain.model.pattern.Marker;
import dev.vigil.server.domain.model.pattern.ObservationFact;
import dev.vigil.server.domain.model.pattern.PatternRule;
import dev.vigil.server.domain.model.pattern.RulePack;
import dev.vigil.server.domain.model.pattern.SubjectKey;
import dev.vigil.server.domain.model.tenant.Property;
import dev.vigil.server.domain.model.tenant.PropertyDirectory;
import dev.vigil.server.domain.model.tenant.PropertyId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Replays a tenant's stored observations of a period through a candidate pack, property by
 * property, in memory, and counts the cases each rule would have produced. Reads only; the one row
 * it writes is the audit entry saying it was run.
 */
@ApplicationScoped
public class DefaultRuleSimulationService implements RuleSimulationService {

    static final Duration MAX_PERIOD = Duration.ofDays(400);
    static final int MAX_OBSERVATIONS = 200_000;

    @Inject RulePackParser parser;
    @Inject IndicatorPackSource indicators;
    @Inject ObservationArchive archive;
    @Inject PropertyDirectory properties;
    @Inject SubjectMarkings markings;
    @Inject AuditLog audit;
    @Inject Clock clock;

    @Override
    @Transactional
    public SimulationResult simulate(Caller caller, SimulationCommand command) {
        if (!caller.has(AppRole.ADMIN)) {
            throw new ForbiddenException("only administrators simulate rule packs");
        }
        List<FieldError> errors = new ArrayList<>();
        Instant from = time("from", command.from(), errors);
        Instant to = time("to", command.to(), errors);
        if (from != null && to != null && (!to.isAfter(from) || Duration.between(from, to).compareTo(MAX_PERIOD) > 0)) {
            errors.add(new FieldError("to", "must be after from, at most " + MAX_PERIOD.toDays() + " days later"));
        }
        List<Property> scope = scope(caller, command.propertyId(), errors);
        if (command.pack() == null || command.pack().isBlank()) {
            errors.add(new FieldError("pack", "is required: the rule pack as YAML text"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidRequestException(errors);
        }
        RulePack pack;
        try {
            pack = parser.parse("the submitted pack", command.pack());
        } catch (RulePackParser.InvalidPack e) {
            throw new InvalidRequestException(e.problems().stream().map(p -> new FieldError("pack", p)).toList());
        }
        Map<SubjectKey, Set<Marker>> marked = new HashMap<>();
        markings.active(caller.tenant()).forEach(m -> marked.computeIfAbsent(m.key(), k -> new java.util.HashSet<>()).add(m.marker()));
        Map<String, Map<Severity, Integer>> totals = new LinkedHashMap<>();
        int observed = 0;
        for (Property property : scope) {
            List<ObservationFact> facts = archive.facts(caller.tenant(), property.id(), from, to, MAX_OBSERVATIONS - observed);
            observed += facts.size();
            if (observed > MAX_OBSERVATIONS) {
                throw new InvalidRequestException("to", "the period holds more than " + MAX_OBSERVATIONS
                        + " observations; simulate a shorter period or one property");
            }
            Simulation simulation = new Simulation(indicators.activePack(), pack, marked);
            simulation.replay(facts);
            simulation.byRule().forEach((rule, counts) -> counts.forEach((severity, n) ->
                    totals.computeIfAbsent(rule, r -> new LinkedHashMap<>()).merge(severity, n, Integer::sum)));
        }
        audit.append(new AuditEntry(clock.instant(), caller.tenant().value(), command.propertyId(), caller.name(),
                "RULE_PACK_SIMULATED", "rule-pack", pack.name() + "@" + pack.version()));
        List<SimulationResult.RuleOutcome> perRule = new ArrayList<>();
        for (PatternRule rule : pack.rules()) {
            if (!rule.isCap()) {
                perRule.add(new SimulationResult.RuleOutcome(rule.id(), rule.title(), names(totals.get(rule.id()))));
            }
        }
        return new SimulationResult(pack.name(), pack.version(), from, to, observed, perRule, names(totals.get("*")));
    }

    private static Map<String, Integer> names(Map<Severity, Integer> counts) {
        Map<String, Integer> named = new LinkedHashMap<>();
        for (Severity s : Severity.values()) {
            named.put(s.name(), counts == null ? 0 : counts.getOrDefault(s, 0));
        }
        return named;
    }

    private List<Property> scope(Caller caller, String propertyId, List<FieldError> errors) {
        if (propertyId == null || propertyId.isBlank()) {
            return properties.all().stream().filter(p -> caller.covers(p.tenant(), p.id())).toList();
        }
        var found = PropertyId.isWellFormed(propertyId) ? properties.find(new PropertyId(propertyId))
                .filter(p -> caller.covers(p.tenant(), p.id())) : java.util.Optional.<Property>empty();
        if (found.isEmpty()) {
            errors.add(new FieldError("propertyId", "unknown property '" + propertyId + "'"));
            return List.of();
        }
        return List.of(found.get());
    }

    private static Instant time(String field, String text, List<FieldError> errors) {
        if (text == null || text.isBlank()) {
            errors.add(new FieldError(field, "is required (ISO-8601 with offset)"));
            return null;
        }
        try {
            return OffsetDateTime.parse(text).toInstant();
        } catch (DateTimeParseException e) {
            errors.add(new FieldError(field, "must be ISO-8601 with an offset, e.g. 2026-10-01T00:00:00Z"));
            return null;
        }
    }
}
