package dev.vigil.server.domain.pattern;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vigil.server.domain.model.indicator.IndicatorCode;
import dev.vigil.server.domain.model.indicator.StaffRole;
import dev.vigil.server.domain.model.pattern.Marker;
import dev.vigil.server.domain.model.pattern.ObservationFact;
import dev.vigil.server.domain.model.pattern.ObservationHistory;
import dev.vigil.server.domain.model.pattern.SubjectKey;
import dev.vigil.server.domain.model.pattern.SubjectType;
import dev.vigil.server.domain.model.pattern.Tier;
import dev.vigil.server.domain.service.pattern.InMemoryHistory;
import dev.vigil.server.domain.service.pattern.PatternEngine;
import dev.vigil.server.domain.service.pattern.RuleMatch;
import dev.vigil.server.testing.TestPacks;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class PatternEngineTest {

    private static final Instant T = Instant.parse("2026-06-01T12:00:00Z");
    private final PatternEngine engine = new PatternEngine(TestPacks.defaultPack(), TestPacks.defaultRules(), TestPacks.messages());

    private static int n;

    private static ObservationFact fact(int hours, String reporter, StaffRole role, String room, Set<SubjectKey> extra, String... codes) {
        Set<SubjectKey> keys = new java.util.HashSet<>(extra);
        keys.add(new SubjectKey(SubjectType.ROOM_STAY, "stay-" + room));
        keys.add(new SubjectKey(SubjectType.PROPERTY, "hotel"));
        return new ObservationFact("o" + (++n), T.plus(Duration.ofHours(hours)), reporter, role,
                Stream.of(codes).map(IndicatorCode::new).toList(), keys, room, null);
    }

    /** Records every question the engine asks, to show what an evaluation touches. */
    static final class Recording implements ObservationHistory {
        final InMemoryHistory inner = new InMemoryHistory();
        final List<String> asked = new ArrayList<>();
        Instant earliest = Instant.MAX;
        Instant latest = Instant.MIN;

        @Override
        public List<ObservationFact> withKey(SubjectKey key, Instant from, Instant to) {
            asked.add(key.toString());
            earliest = from.isBefore(earliest) ? from : earliest;
            latest = to.isAfter(latest) ? to : latest;
            return inner.withKey(key, from, to);
        }

        @Override
        public Set<SubjectKey> linkedTo(SubjectKey key, Instant from, Instant to) {
            return inner.linkedTo(key, from, to);
        }

        @Override
        public Set<Marker> markers(SubjectKey key) {
            return inner.markers(key);
        }
    }

    @Test
    void aNewObservation_readsOnlyItsOwnKeysAndTheirLinks_withinTheLongestWindow() {
        Recording history = new Recording();
        // a busy history: two hundred rooms over a year
        for (int d = 0; d < 365; d++) {
            for (int r = 0; r < 200; r += 7) {
                history.inner.add(fact(-24 * d - r % 24, "staff" + r % 5, StaffRole.HK, String.valueOf(r), Set.of(), "ROOM_LINEN_EXCESS"));
            }
        }
        SubjectKey payer = new SubjectKey(SubjectType.PAYER, "p1");
        ObservationFact now = fact(0, "ali", StaffRole.FD, "14", Set.of(payer), "PAY_THIRD_PARTY");
        history.inner.add(now);
        history.asked.clear();
        engine.evaluate(now, history);
        assertThat(history.asked).allSatisfy(k -> assertThat(k).isIn("ROOM_STAY:stay-14", "PAYER:p1"));
        Duration longest = TestPacks.defaultRules().longestWindow();
        assertThat(history.earliest).isAfterOrEqualTo(now.observedAt().minus(longest));
        assertThat(history.latest).isBeforeOrEqualTo(now.observedAt().plus(longest));
    }

    @Test
    void theHighestTierPerRuleAndSubject_isTheSameInAnyArrivalOrder() {
        SubjectKey payer = new SubjectKey(SubjectType.PAYER, "card-9");
        SubjectKey lookout = new SubjectKey(SubjectType.PERSON, "lookout-1");
        List<ObservationFact> story = List.of(
                fact(0, "ali", StaffRole.FD, "201", Set.of(payer), "BOOK_MULTI_ROOMS_ONE_PAYER", "PAY_THIRD_PARTY"),
                fact(0, "ali", StaffRole.FD, "202", Set.of(payer), "BOOK_MULTI_ROOMS_ONE_PAYER"),
                fact(1, "ali", StaffRole.FD, "203", Set.of(payer), "BOOK_MULTI_ROOMS_ONE_PAYER"),
                fact(5, "maria", StaffRole.HK, "201", Set.of(), "ROOM_LINEN_EXCESS", "ROOM_SEX_SUPPLIES_BULK"),
                fact(7, "dan", StaffRole.SEC, "201", Set.of(lookout), "CTRL_LOOKOUT"),
                fact(8, "dan", StaffRole.SEC, "202", Set.of(lookout), "CTRL_LOOKOUT"),
                fact(9, "maria", StaffRole.HK, "202", Set.of(), "ROOM_DEVICES_READERS"),
                fact(12, "dan", StaffRole.SEC, "201", Set.of(new SubjectKey(SubjectType.VISITOR, "v1")), "VIS_SHORT_VISIT"),
                fact(13, "dan", StaffRole.SEC, "201", Set.of(new SubjectKey(SubjectType.VISITOR, "v2")), "VIS_SHORT_VISIT"),
                fact(14, "dan", StaffRole.SEC, "201", Set.of(new SubjectKey(SubjectType.VISITOR, "v3")), "VIS_SHORT_VISIT"),
                fact(15, "dan", StaffRole.SEC, "201", Set.of(new SubjectKey(SubjectType.VISITOR, "v4")), "VIS_SHORT_VISIT"),
                fact(30, "jo", StaffRole.FB, "203", Set.of(), "BEH_SOLICITING"));
        Map<String, Tier> inOrder = replay(story);
        assertThat(inOrder.values()).contains(Tier.T3);
        Random random = new Random(42);
        for (int i = 0; i < 25; i++) {
            List<ObservationFact> shuffled = new ArrayList<>(story);
            Collections.shuffle(shuffled, random);
            assertThat(replay(shuffled)).as("arrival order " + shuffled.stream().map(ObservationFact::id).toList())
                    .isEqualTo(inOrder);
        }
    }

    private Map<String, Tier> replay(List<ObservationFact> arrivals) {
        InMemoryHistory history = new InMemoryHistory();
        Map<String, Tier> best = new HashMap<>();
        for (ObservationFact f : arrivals) {
            history.add(f);
            for (RuleMatch m : engine.evaluate(f, history)) {
                best.merge(m.ruleId() + "@" + m.subject(), m.tier(), Tier::max);
            }
        }
        return best;
    }

    @Test
    void everyMatch_explainsItselfWithTheObservationsAndKeysThatMadeIt() {
        InMemoryHistory history = new InMemoryHistory();
        ObservationFact a = fact(0, "ali", StaffRole.FD, "310", Set.of(), "CTRL_SPEAKS_FOR", "CTRL_HOLDS_ID_MONEY");
        ObservationFact b = fact(5, "dan", StaffRole.SEC, "310", Set.of(), "CTRL_LOOKOUT");
        ObservationFact c = fact(9, "maria", StaffRole.HK, "310", Set.of(), "ROOM_SEX_SUPPLIES_BULK", "ROOM_LINEN_EXCESS");
        List<RuleMatch> matches = new ArrayList<>();
        for (ObservationFact f : List.of(a, b, c)) {
            history.add(f);
            matches.addAll(engine.evaluate(f, history));
        }
        RuleMatch r4 = matches.stream().filter(m -> m.ruleId().equals("R4")).max((x, y) -> x.tier().compareTo(y.tier())).orElseThrow();
        assertThat(r4.tier()).isEqualTo(Tier.T3);
        assertThat(r4.observationIds()).containsExactly(a.id(), b.id(), c.id());
        assertThat(r4.explanation()).contains("room 310", "3 staff members", "FD", "SEC", "HK", "CTRL_LOOKOUT",
                "score ≥ 12").doesNotContainIgnoringCase("trafficker").doesNotContainIgnoringCase("suspect");
    }
}
