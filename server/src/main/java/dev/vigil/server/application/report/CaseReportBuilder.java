package dev.vigil.server.application.report;

import dev.vigil.server.application.report.CaseReport.CaseFacts;
import dev.vigil.server.application.report.CaseReport.Event;
import dev.vigil.server.application.report.CaseReport.Indicator;
import dev.vigil.server.application.report.CaseReport.Packet;
import dev.vigil.server.application.report.CaseReport.Pattern;
import dev.vigil.server.application.report.CaseReport.PropertyFacts;
import dev.vigil.server.application.report.CaseReport.Protocol;
import dev.vigil.server.application.report.CaseReport.Sighting;
import dev.vigil.server.domain.model.casefile.CaseEvent;
import dev.vigil.server.domain.model.casefile.CaseFile;
import dev.vigil.server.domain.model.indicator.IndicatorPack;
import dev.vigil.server.domain.model.observation.Observation;
import dev.vigil.server.domain.model.pattern.SubjectType;
import dev.vigil.server.domain.model.protocol.ProtocolPack;
import dev.vigil.server.domain.model.tenant.Property;
import dev.vigil.server.domain.model.text.Messages;
import dev.vigil.server.domain.model.text.Wording;
import dev.vigil.server.domain.service.ReportingNumbers;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Puts a case's packet together from what Vigil stored. It copies facts and counts; it never
 * copies a reporter's name, a reservation reference, a subject token, a note or a rule's
 * explanation (which quotes reporters and tokens), so no identifier can leak through it.
 */
public final class CaseReportBuilder {

    /** The packet's standing statements, by message key, in this order. */
    static final List<String> STATEMENTS = List.of("report.statement.facts", "report.statement.identifiers",
            "report.statement.notes", "report.statement.provenance");

    private final ProtocolPack pack;
    private final IndicatorPack indicators;
    private final ReportingNumbers numbers;
    private final Messages messages;
    private final Map<String, dev.vigil.server.domain.model.protocol.Channel> ownChannels;

    public CaseReportBuilder(ProtocolPack pack, IndicatorPack indicators, ReportingNumbers numbers, Messages messages) {
        this(pack, indicators, numbers, messages, Map.of());
    }

    /** With the channels the property set its own numbers for, by channel id: each step's contacts use them. */
    public CaseReportBuilder(ProtocolPack pack, IndicatorPack indicators, ReportingNumbers numbers, Messages messages,
                             Map<String, dev.vigil.server.domain.model.protocol.Channel> ownChannels) {
        this.pack = Objects.requireNonNull(pack, "protocol");
        this.indicators = Objects.requireNonNull(indicators, "indicator pack");
        this.numbers = numbers;
        this.messages = Objects.requireNonNull(messages, "messages");
        this.ownChannels = Map.copyOf(ownChannels);
    }

    /**
     * The packet for a case and its contributing observations, with indicator texts in {@code lang}
     * (English where the pack has no such text), made at {@code at} for {@code by}.
     */
    public CaseReport build(CaseFile c, List<Observation> contributing, Property property, String lang,
                            List<String> extraStatements, Instant at, String by) {
        ReportClock clock = new ReportClock(property.zone());
        Wording say = messages.in(lang);
        List<Observation> observed = contributing.stream().sorted(Comparator.comparing(Observation::observedAt)).toList();
        ProtocolFacts protocolFacts = new ProtocolFacts(pack, numbers, clock, say, ownChannels);
        List<String> statements = new ArrayList<>(STATEMENTS.stream().map(key -> say.say(key)).toList());
        statements.addAll(extraStatements);
        return new CaseReport(
                new Packet(say.say("report.title"), clock.format(at), by, lang, statements),
                new PropertyFacts(property.id().value(), property.name(), property.zone().getId(), pack.jurisdiction()),
                facts(c, observed, clock),
                observed.stream().map(o -> sighting(o, lang, clock)).toList(),
                c.matches().stream().map(m -> new Pattern(m.ruleId(), m.ruleTitle(lang), m.tier().name(),
                        clock.format(m.windowStart()), clock.format(m.windowEnd()), m.observationIds().size())).toList(),
                protocolFacts.steps(c.actions()),
                c.events().stream().map(e -> event(e, clock)).toList(),
                protocolFacts.contacts(),
                new Protocol(pack.id(), pack.version(), pack.jurisdiction()),
                protocolFacts.reliedOn());
    }

    private static CaseFacts facts(CaseFile c, List<Observation> observed, ReportClock clock) {
        Set<String> reporters = new HashSet<>();
        Set<String> roles = new TreeSet<>();
        Set<String> rooms = new TreeSet<>();
        Set<String> areas = new TreeSet<>();
        Map<String, Set<String>> identifiers = new TreeMap<>();
        for (Observation o : observed) {
            // distinct reporters are counted, never named
            reporters.add(o.reporter().staffId());
            roles.add(o.reporter().role().name());
            o.location().room().ifPresent(rooms::add);
            o.location().area().ifPresent(areas::add);
            o.subjects().forEach(s -> identifiers.computeIfAbsent(SubjectType.of(s.kind()).name(), k -> new HashSet<>())
                    .add(s.token()));
        }
        Map<String, Integer> counts = new TreeMap<>();
        identifiers.forEach((kind, tokens) -> counts.put(kind, tokens.size()));
        return new CaseFacts(c.id().value(), c.severity().name(), c.status().name(), clock.format(c.createdAt()),
                clock.format(c.updatedAt()), c.mergedInto().map(Object::toString).orElse(null),
                observed.isEmpty() ? null : clock.format(observed.get(0).observedAt()),
                observed.isEmpty() ? null : clock.format(observed.get(observed.size() - 1).observedAt()),
                observed.size(), reporters.size(), List.copyOf(roles), List.copyOf(rooms), List.copyOf(areas), counts);
    }

    private Sighting sighting(Observation o, String lang, ReportClock clock) {
        List<Indicator> seen = o.indicators().stream().map(code -> new Indicator(code.value(),
                indicators.find(code).map(i -> i.text().shown(lang)).orElse(null))).toList();
        return new Sighting(clock.format(o.observedAt()), o.location().room().orElse(null), o.location().area().orElse(null),
                o.reporter().role().name(), seen);
    }

    private static Event event(CaseEvent e, ReportClock clock) {
        return new Event(clock.format(e.at()), e.kind().name(), e.actor(), e.detail());
    }
}
