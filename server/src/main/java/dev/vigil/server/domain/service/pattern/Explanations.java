package dev.vigil.server.domain.service.pattern;

import dev.vigil.server.domain.model.indicator.Indicator;
import dev.vigil.server.domain.model.pattern.Marker;
import dev.vigil.server.domain.model.pattern.ObservationFact;
import dev.vigil.server.domain.model.pattern.SubjectKey;
import dev.vigil.server.domain.model.pattern.SubjectType;
import dev.vigil.server.domain.model.pattern.Window;
import dev.vigil.server.domain.model.text.Messages;
import dev.vigil.server.domain.model.text.Wording;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Writes why a rule matched, in plain words and in every language of the messages: the threshold
 * met, and each observation that met it (when, which role, what the checklist says), and the keys
 * that linked them. Facts only; the words themselves are data (the messages pack).
 */
final class Explanations {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'").withZone(ZoneOffset.UTC);

    private Explanations() {
    }

    static RuleMatch match(Evaluation ev, RuleEvaluator.Candidate c) {
        Window w = c.window();
        List<ObservationFact> facts = w.facts();
        Set<SubjectKey> linked = c.rule().looksAtLinkedStays() ? w.linkedStays() : Set.of();
        Set<SubjectKey> sharedKeys = facts.stream().flatMap(f -> f.keys().stream())
                .filter(k -> k.type().links() && !k.equals(w.subject()))
                .filter(k -> !ev.history.markers(k).contains(Marker.EXCLUDED))
                .collect(Collectors.toCollection(TreeSet::new));
        Map<String, String> texts = new LinkedHashMap<>();
        Map<String, String> titles = new LinkedHashMap<>();
        if (ev.messages != null) {
            for (String lang : ev.messages.locales()) {
                texts.put(lang, text(ev, c, linked, sharedKeys, ev.messages.in(lang)));
                titles.put(lang, c.rule().title(lang));
            }
        }
        String english = texts.getOrDefault(Messages.FALLBACK, c.rule().id() + " → " + c.tier());
        Set<String> ids = new LinkedHashSet<>();
        facts.forEach(f -> ids.add(f.id()));
        c.corroboration().forEach(f -> ids.add(f.id()));
        return new RuleMatch(c.rule().id(), c.rule().title(), c.tier(), w.subject(), w.from(), w.to(),
                List.copyOf(ids), facts.isEmpty() ? 0 : w.score(), linked, sharedKeys,
                facts.stream().flatMap(f -> f.codes().stream()).map(Object::toString).collect(Collectors.toSet()),
                english, texts, titles);
    }

    private static String text(Evaluation ev, RuleEvaluator.Candidate c, Set<SubjectKey> linked, Set<SubjectKey> sharedKeys,
                               Wording say) {
        Window w = c.window();
        List<ObservationFact> facts = w.facts();
        String lang = say.lang();
        StringBuilder text = new StringBuilder(say.say("explanation.headline", "rule", c.rule().id(),
                "title", c.rule().title(lang), "tier", c.tier().name(), "subject", label(say, w.subject(), facts),
                "condition", c.outcome().when().describe(say)));
        if (c.cappedBy() != null) {
            text.append(' ').append(say.say("explanation.capped", "tier", c.tier().name(), "uncapped", c.uncapped().name(),
                    "cap", c.cappedBy().id(), "capTitle", c.cappedBy().title(lang),
                    "capCondition", c.cappedBy().cap().when().describe(say)));
        }
        if (!c.corroboration().isEmpty()) {
            text.append(' ').append(say.say("explanation.corroboration", "days", ev.rules.longestWindow().toDays()));
            c.corroboration().forEach(f -> text.append('\n').append(line(ev, say, f)));
        }
        if (!facts.isEmpty()) {
            long staff = facts.stream().map(ObservationFact::reporterId).distinct().count();
            String roles = facts.stream().map(f -> f.role().name()).distinct().sorted().collect(Collectors.joining(", "));
            text.append(' ').append(facts.size() > 1
                    ? say.say("explanation.countsBetween", "observations", facts.size(), "staff", staff, "roles", roles,
                            "first", WHEN.format(facts.get(0).observedAt()),
                            "last", WHEN.format(facts.get(facts.size() - 1).observedAt()), "score", w.score())
                    : say.say("explanation.counts", "observations", facts.size(), "staff", staff, "roles", roles,
                            "score", w.score()));
            for (ObservationFact f : facts) {
                text.append('\n').append(line(ev, say, f));
            }
        }
        if (!linked.isEmpty()) {
            List<String> stays = new ArrayList<>();
            linked.stream().sorted().forEach(stay -> stays.add(say.say("explanation.linkedStay",
                    "stay", label(say, stay, w.of(stay).facts()), "tier", w.tierOf(stay).name())));
            text.append('\n').append(say.say("explanation.linked", "stays", say.list(stays)));
        }
        if (!sharedKeys.isEmpty()) {
            text.append('\n').append(say.say("explanation.keys",
                    "keys", say.list(sharedKeys.stream().map(k -> label(say, k, List.of())).toList())));
        }
        return text.toString();
    }

    /** One observation in words: when, which role (who), where, and what the checklist says. */
    private static String line(Evaluation ev, Wording say, ObservationFact f) {
        return say.say("explanation.observation", "at", WHEN.format(f.observedAt()),
                "role", f.role().name(), "reporter", f.reporterId(), "place", place(say, f),
                "codes", f.codes().stream().map(code -> {
                    Indicator i = ev.indicator(code);
                    return i == null ? code.value() : i.text().in(say.lang()) + " [" + code.value() + "]";
                }).collect(Collectors.joining("; ")));
    }

    /** A subject in words: "room 214 (stay …)" for a stay, "vehicle vehicle:Xy3…" for a token. */
    static String label(Wording say, SubjectKey key, List<ObservationFact> facts) {
        if (key.type() == SubjectType.ROOM_STAY) {
            String room = facts.stream().map(ObservationFact::room).filter(r -> r != null).findFirst().orElse(null);
            return room == null ? say.say("subject.roomStay", "stay", shorten(key.value()))
                    : say.say("subject.room", "room", room, "stay", shorten(key.value()));
        }
        return say.say("subject.key", "type", say.say("subjectType." + key.type().name()), "value", shorten(key.value()));
    }

    private static String place(Wording say, ObservationFact f) {
        if (f.room() != null) {
            return f.area() != null ? say.say("place.roomArea", "room", f.room(), "area", f.area())
                    : say.say("place.room", "room", f.room());
        }
        return f.area() != null ? f.area() : say.say("place.property");
    }

    private static String shorten(String value) {
        return value.length() <= 18 ? value : value.substring(0, 17) + "…";
    }
}
