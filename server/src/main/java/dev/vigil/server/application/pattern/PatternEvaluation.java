package dev.vigil.server.application.pattern;

import dev.vigil.server.domain.model.protocol.ProtocolPack;
import dev.vigil.server.domain.model.indicator.LocalizedText;
import dev.vigil.server.domain.model.casefile.CaseFile;
import dev.vigil.server.application.casefile.CaseBook;
import dev.vigil.server.application.indicator.IndicatorPackSource;
import dev.vigil.server.domain.model.observation.Observation;
import dev.vigil.server.domain.model.pattern.Tier;
import dev.vigil.server.domain.service.pattern.PatternEngine;
import dev.vigil.server.domain.service.pattern.RuleMatch;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import dev.vigil.server.domain.model.pattern.ObservationFact;
import dev.vigil.server.domain.model.pattern.ObservationHistory;
import dev.vigil.server.domain.model.pattern.SubjectHolds;
import dev.vigil.server.domain.model.pattern.SubjectKey;
import dev.vigil.server.domain.model.pattern.SubjectType;
import java.time.Duration;
import java.time.Instant;
import java.util.TreeSet;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import dev.vigil.server.application.protocol.ProtocolSource;
import dev.vigil.server.application.shared.MessagesSource;
import dev.vigil.server.domain.model.protocol.CaseCircumstances;

/**
 * Evaluates a just-stored observation and updates cases, inside the filing's transaction: the
 * observation and the case changes it causes are stored together or not at all.
 */
@ApplicationScoped
public class PatternEvaluation {

    /** Codes that say a controlling person is around: the protocol's "controller present" condition. */
    static final Set<String> CONTROLLER_PRESENT = Set.of("CTRL_SPEAKS_FOR", "CTRL_HOLDS_ID_MONEY", "CTRL_PHONE_TAKEN",
            "CTRL_ESCORTED_ALWAYS", "CTRL_LOOKOUT", "CTRL_MULTI_ROOM_MANAGER", "CTRL_THREAT_OBSERVED", "CTRL_CONFINED");

    private IndicatorPackSource indicators;
    private ProtocolSource protocols;
    private RulePackSource rules;
    private ObservationHistories histories;
    private CaseBook caseBook;
    private SubjectHolds holds;
    private MessagesSource messages;

    protected PatternEvaluation() {
        // for CDI
    }

    /** An evaluation whose matches are not explained in words. */
    public PatternEvaluation(IndicatorPackSource indicators, RulePackSource rules, ObservationHistories histories,
                             CaseBook caseBook, ProtocolSource protocols, SubjectHolds holds) {
        this(indicators, rules, histories, caseBook, protocols, holds, null);
    }

    @Inject
    public PatternEvaluation(IndicatorPackSource indicators, RulePackSource rules, ObservationHistories histories,
                             CaseBook caseBook, ProtocolSource protocols, SubjectHolds holds, MessagesSource messages) {
        this.messages = messages;
        this.indicators = indicators;
        this.protocols = protocols;
        this.rules = rules;
        this.histories = histories;
        this.caseBook = caseBook;
        this.holds = holds;
    }

    /**
     * What the observation led to: the highest tier it reached in any window, for the reporter's
     * instructions, and the protocol steps that fall to this reporter in person (a mandated
     * reporter's report to child protection).
     */
    public record Outcome(Tier highest, List<RuleMatch> matches, List<ReporterDuty> duties, Optional<CaseFile> caseFile) {
        /** True when this filing opened the case it belongs to. */
        public boolean openedCase(Instant at) {
            return caseFile.filter(c -> c.createdAt().equals(at)).isPresent();
        }
    }

    /** A step the reporter must take themselves: its kind, the number to use and the protocol's words. */
    public record ReporterDuty(String type, String number, LocalizedText text) {
    }

    public Outcome afterFiling(Observation observation, Instant at) {
        return afterFiling(observation, at, false);
    }

    /** As above; {@code reporterIsMandated}: the reporter is a mandated reporter in another licensed capacity. */
    public Outcome afterFiling(Observation observation, Instant at, boolean reporterIsMandated) {
        var pack = rules.activeRules();
        var checklist = indicators.activePack();
        PatternEngine engine = new PatternEngine(checklist, pack, messages == null ? null : messages.messages());
        ObservationHistory history = histories.forFilingAt(observation.tenant(), observation.property());
        holds.hold(observation.tenant(), toHold(observation.fact(), history, pack.longestWindow()));
        List<RuleMatch> matches = engine.evaluate(observation.fact(), history);
        Set<String> codes = new HashSet<>();
        matches.stream().filter(m -> m.tier().atLeast(Tier.T1)).forEach(m -> codes.addAll(m.codes()));
        CaseCircumstances seen = new CaseCircumstances(
                codes.stream().map(checklist::find).flatMap(Optional::stream).anyMatch(i -> i.minorRelated()),
                codes.stream().anyMatch(CONTROLLER_PRESENT::contains), reporterIsMandated);
        ProtocolPack protocol = protocols == null ? null : protocols.forProperty(observation.property());
        Optional<CaseFile> touched = caseBook.apply(observation.tenant(), observation.property(), matches, at,
                pack.linkRetention(), protocol, seen);
        Tier highest = matches.stream().filter(m -> m.observationIds().contains(observation.id().value()))
                .map(RuleMatch::tier).reduce(Tier.T0, Tier::max);
        List<ReporterDuty> duties = !reporterIsMandated || protocol == null ? List.of()
                : touched.map(c -> dutiesOf(c, protocol)).orElse(List.of());
        return new Outcome(highest, matches, duties, touched);
    }

    /**
     * The keys whose filings must take turns with this one: its own (but the property), and those linked
     * to its stay within the rules' reach, whose cross-room rules its arrival may change.
     */
    static Set<SubjectKey> toHold(ObservationFact fact, ObservationHistory history, Duration reach) {
        Set<SubjectKey> keys = new TreeSet<>();
        Instant t = fact.observedAt();
        for (SubjectKey key : fact.keys()) {
            if (!key.type().evaluated()) {
                continue;
            }
            keys.add(key);
            if (key.type() == SubjectType.ROOM_STAY) {
                keys.addAll(history.linkedTo(key, t.minus(reach), t.plus(reach)));
            }
        }
        return keys;
    }

    /** The case's pending child-protection steps for the reporter in person, as the protocol words them. */
    private static List<ReporterDuty> dutiesOf(CaseFile c, ProtocolPack protocol) {
        return c.actions().stream()
                .filter(a -> a.pending() && "reporter".equals(a.who()) && "CONTACT_CHILD_PROTECTION".equals(a.kind()))
                .flatMap(a -> protocol.actionsFor(a.severity().name()).stream().filter(s -> s.id().equals(a.actionId())))
                .map(step -> new ReporterDuty(step.kind().name(), protocol.number(step.channel()).orElse(null), step.text()))
                .toList();
    }
}
