package dev.vigil.server.domain.service.pattern;

import dev.vigil.server.domain.model.indicator.Indicator;
import dev.vigil.server.domain.model.pattern.ObservationFact;
import dev.vigil.server.domain.model.pattern.SubjectKey;
import dev.vigil.server.domain.model.pattern.SubjectType;
import dev.vigil.server.domain.model.pattern.Window;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Writes why a rule matched, in plain words: the threshold met, and each observation that met it
 * (when, which role, what the checklist says), and the keys that linked them. Facts only.
 */
final class Explanations {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'").withZone(ZoneOffset.UTC);

    private Explanations() {
    }

    static RuleMatch match(Evaluation ev, RuleEvaluator.Candidate c) {
        Window w = c.window();
        List<ObservationFact> facts = w.facts();
        Set<SubjectKey> linked = c.rule().looksAtLinkedStays() ? w.linkedStays() : Set.of();
        StringBuilder text = new StringBuilder()
                .append(c.rule().id()).append(" ").append(c.rule().title()).append(" → ").append(c.tier())
                .append(" for ").append(label(w.subject(), facts)).append(": ")
                .append(c.outcome().when().describe()).append('.');
        if (c.cappedBy() != null) {
            text.append(" Held at ").append(c.tier()).append(" (would be ").append(c.uncapped()).append(") by ")
                    .append(c.cappedBy()).append('.');
        }
        if (!c.corroboration().isEmpty()) {
            text.append(" Not held back: other staff reported this subject within the pack's longest window ("
                    + ev.rules.longestWindow().toDays() + " days) of this one:");
            c.corroboration().forEach(f -> text.append("\n- ").append(line(ev, f)));
        }
        if (!facts.isEmpty()) {
            long staff = facts.stream().map(ObservationFact::reporterId).distinct().count();
            String roles = facts.stream().map(f -> f.role().name()).distinct().sorted().collect(Collectors.joining(", "));
            text.append(" ").append(facts.size()).append(facts.size() == 1 ? " observation" : " observations")
                    .append(" by ").append(staff).append(staff == 1 ? " staff member" : " staff members")
                    .append(" (").append(roles).append(")");
            if (facts.size() > 1) {
                text.append(" between ").append(WHEN.format(facts.get(0).observedAt()))
                        .append(" and ").append(WHEN.format(facts.get(facts.size() - 1).observedAt()));
            }
            text.append(", score ").append(w.score()).append(':');
            for (ObservationFact f : facts) {
                text.append("\n- ").append(line(ev, f));
            }
        }
        if (!linked.isEmpty()) {
            text.append("\nLinked room stays: ").append(linked.stream().sorted()
                    .map(stay -> label(stay, w.of(stay).facts()) + " at " + w.tierOf(stay)).collect(Collectors.joining(", ")));
        }
        Set<SubjectKey> sharedKeys = facts.stream().flatMap(f -> f.keys().stream())
                .filter(k -> k.type().links() && !k.equals(w.subject()))
                .filter(k -> !ev.history.markers(k).contains(dev.vigil.server.domain.model.pattern.Marker.EXCLUDED))
                .collect(Collectors.toCollection(TreeSet::new));
        if (!sharedKeys.isEmpty()) {
            text.append("\nKeys in these observations: ").append(sharedKeys.stream().map(k -> label(k, List.of()))
                    .collect(Collectors.joining(", ")));
        }
        Set<String> ids = new LinkedHashSet<>();
        facts.forEach(f -> ids.add(f.id()));
        c.corroboration().forEach(f -> ids.add(f.id()));
        return new RuleMatch(c.rule().id(), c.rule().title(), c.tier(), w.subject(), w.from(), w.to(),
                List.copyOf(ids), facts.isEmpty() ? 0 : w.score(), linked, sharedKeys,
                facts.stream().flatMap(f -> f.codes().stream()).map(Object::toString).collect(Collectors.toSet()),
                text.toString());
    }

    /** One observation in words: when, which role (who), where, and what the checklist says. */
    private static String line(Evaluation ev, ObservationFact f) {
        return WHEN.format(f.observedAt()) + ", " + f.role() + " (" + f.reporterId() + ") at " + f.place() + ": "
                + f.codes().stream().map(code -> {
                    Indicator i = ev.indicator(code);
                    return i == null ? code.value() : i.text().in("en") + " [" + code.value() + "]";
                }).collect(Collectors.joining("; "));
    }

    /** A subject in words: "room 214" for a stay, "vehicle vehicle:Xy3…" for a token. */
    static String label(SubjectKey key, List<ObservationFact> facts) {
        if (key.type() == SubjectType.ROOM_STAY) {
            String room = facts.stream().map(ObservationFact::room).filter(r -> r != null).findFirst().orElse(null);
            return room == null ? "room stay " + shorten(key.value()) : "room " + room + " (stay " + shorten(key.value()) + ")";
        }
        return key.type().name().toLowerCase().replace('_', ' ') + " " + shorten(key.value());
    }

    private static String shorten(String value) {
        return value.length() <= 18 ? value : value.substring(0, 17) + "…";
    }
}
