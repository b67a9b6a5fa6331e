package dev.vigil.bench;

import dev.vigil.server.application.casefile.CaseBook;
import dev.vigil.server.domain.model.casefile.CaseFile;
import dev.vigil.server.domain.model.casefile.CasePage;
import dev.vigil.server.domain.model.casefile.CaseQuery;
import dev.vigil.server.domain.model.casefile.Decision;
import dev.vigil.server.domain.model.casefile.Severity;
import dev.vigil.server.domain.model.pattern.PatternRule;
import dev.vigil.server.domain.model.pattern.RulePack;
import dev.vigil.server.domain.model.pattern.SubjectKey;
import dev.vigil.server.domain.model.pattern.SubjectType;
import dev.vigil.server.domain.model.pattern.Tier;
import dev.vigil.server.domain.model.tenant.PropertyId;
import dev.vigil.server.domain.model.tenant.TenantId;
import dev.vigil.server.domain.service.pattern.RuleMatch;
import dev.vigil.server.infrastructure.persistence.jpa.JpaCaseRepository;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.function.Consumer;

/**
 * The case list at one size: cases opened through the server's {@link CaseBook} over real observations of the loaded
 * history (some merged by a shared payer, a third moved on by security's decisions), then the queue query timed for
 * all active cases, with a minimum severity and with a room filter, with EclipseLink's cache warm and emptied.
 */
final class CaseListBenchmark {

    private final PatternBenchmark.Options options;
    private final RulePack rules;
    private final TenantId tenant;
    private final List<PatternBenchmark.SeriesResult> series;
    private final List<String> notes;
    private final Map<String, String> plans;
    private final Consumer<String> log;

    CaseListBenchmark(PatternBenchmark.Options options, RulePack rules, TenantId tenant,
                      List<PatternBenchmark.SeriesResult> series, List<String> notes, Map<String, String> plans,
                      Consumer<String> log) {
        this.options = options;
        this.rules = rules;
        this.tenant = tenant;
        this.series = series;
        this.notes = notes;
        this.plans = plans;
        this.log = log;
    }

    private record CaseStay(String stay, String property, String room, List<String> observations, Instant first, Instant last) {
    }

    void run(BenchDatabase db, long size, EntityManagerFactory emf, SyntheticHistory history, Instant now)
            throws Exception {
        long t0 = System.nanoTime();
        SplittableRandom rnd = new SplittableRandom(history.seed * 7 + size);
        List<CaseStay> stays = caseStays(db, now, rnd);
        List<CaseStay> chosen = stays.subList(0, Math.min(options.cases(), stays.size()));
        Map<String, List<String>> caseRooms = new TreeMap<>();
        List<String> caseIds = new ArrayList<>();
        int batch = 100;
        for (int from = 0; from < chosen.size(); from += batch) {
            List<CaseStay> part = chosen.subList(from, Math.min(chosen.size(), from + batch));
            inTransaction(emf, em -> {
                CaseBook book = new CaseBook(new JpaCaseRepository(em));
                for (CaseStay s : part) {
                    RuleMatch match = roomMatch(s, rnd);
                    book.apply(tenant, new PropertyId(s.property()), List.of(match), s.last().plus(Duration.ofMinutes(10)))
                            .ifPresent(c -> caseIds.add(c.id().value()));
                    caseRooms.computeIfAbsent(s.property(), k -> new ArrayList<>()).add(s.room());
                }
            });
        }
        // some payers link two rooms of one property that already have cases: the cases merge
        Map<String, List<CaseStay>> byProperty = new TreeMap<>();
        chosen.forEach(s -> byProperty.computeIfAbsent(s.property(), k -> new ArrayList<>()).add(s));
        List<String> properties = new ArrayList<>(byProperty.keySet());
        int merges = chosen.size() / 20;
        inTransaction(emf, em -> {
            CaseBook book = new CaseBook(new JpaCaseRepository(em));
            for (int i = 0; i < merges; i++) {
                List<CaseStay> in = byProperty.get(properties.get(rnd.nextInt(properties.size())));
                if (in.size() < 2) {
                    continue;
                }
                CaseStay a = in.get(rnd.nextInt(in.size()));
                CaseStay b = in.get(rnd.nextInt(in.size()));
                if (a == b) {
                    continue;
                }
                SubjectKey payer = new SubjectKey(SubjectType.PAYER, "payer:merge-" + i);
                Instant at = (a.last().isAfter(b.last()) ? a.last() : b.last()).plus(Duration.ofHours(1));
                RuleMatch m = new RuleMatch("R6", title("R6"), Tier.T2, payer, at.minus(Duration.ofDays(7)), at,
                        List.of(a.observations().get(0), b.observations().get(0)), 9,
                        Set.of(new SubjectKey(SubjectType.ROOM_STAY, a.stay()), new SubjectKey(SubjectType.ROOM_STAY, b.stay())),
                        Set.of(payer), Set.of("PAY_THIRD_PARTY", "BOOK_MULTI_ROOMS_ONE_PAYER"), explanation("R6"));
                book.apply(tenant, new PropertyId(a.property()), List.of(m), at);
            }
        });
        // security's decisions move some cases on
        for (int from = 0; from < caseIds.size(); from += 200) {
            List<String> part = caseIds.subList(from, Math.min(caseIds.size(), from + 200));
            inTransaction(emf, em -> {
                for (String id : part) {
                    CaseFile c = em.find(CaseFile.class, id);
                    if (c == null || c.mergedInto().isPresent()) {
                        continue;
                    }
                    Instant at = c.updatedAt().plus(Duration.ofHours(2));
                    int x = rnd.nextInt(100);
                    if (x < 15) {
                        c.decide(Decision.DISMISS, "Explained by the guest's circumstances", "security", at);
                    } else if (x < 25) {
                        c.decide(Decision.MONITOR, "Watch on each shift", "security", at);
                    } else if (x < 30) {
                        c.decide(Decision.REPORT, "Reported to the hotline", "manager", at);
                    } else if (x < 38) {
                        c.decide(Decision.CLOSE, "Guest left; nothing further", "security", at);
                    } else if (x < 58) {
                        c.startReview("security", at);
                    }
                }
            });
        }
        long t1 = System.nanoTime();
        List<List<Object>> byStatus = db.query("SELECT status, COUNT(*) FROM case_file GROUP BY status ORDER BY status");
        List<List<Object>> bySeverity = db.query("SELECT severity, COUNT(*) FROM case_file GROUP BY severity ORDER BY severity");
        String shape = String.format(Locale.ROOT, "%,d cases (%s; %s), %,d case subjects, %,d case observations, %,d matches,"
                        + " %,d events, opened through CaseBook.apply in %s",
                db.count("case_file"), byStatus.stream().map(r -> r.get(0) + " " + r.get(1)).toList(),
                bySeverity.stream().map(r -> r.get(0) + " " + r.get(1)).toList(), db.count("case_subject"),
                db.count("case_observation"), db.count("case_match"), db.count("case_event"), PatternBenchmark.minutes(t1 - t0));
        log.accept(shape);
        notes.add(db.name() + " case list data: " + shape);

        for (String variant : List.of("all active", "minSeverity REVIEW", "room filter")) {
            for (boolean cold : new boolean[] {false, true}) {
                Percentiles times = new Percentiles();
                long rows = 0;
                long deadline = System.nanoTime() + Duration.ofMinutes(options.seriesMinutes()).toNanos();
                int warm = 100;
                for (int i = 0; i < warm + options.caseSamples() && System.nanoTime() < deadline; i++) {
                    String property = properties.get(rnd.nextInt(properties.size()));
                    List<String> rooms = caseRooms.get(property);
                    CaseQuery q = new CaseQuery(tenant, Set.of(new PropertyId(property)), Set.of(),
                            variant.startsWith("minSeverity") ? Severity.REVIEW : null,
                            variant.startsWith("room") ? rooms.get(rnd.nextInt(rooms.size())) : null, 50, null);
                    if (cold) {
                        emf.getCache().evictAll();
                    }
                    EntityManager em = emf.createEntityManager();
                    try {
                        long s = System.nanoTime();
                        CasePage page = new JpaCaseRepository(em).queue(q);
                        long elapsed = System.nanoTime() - s;
                        if (i >= warm) {
                            times.add(elapsed);
                            rows += page.cases().size();
                        }
                    } finally {
                        em.close();
                    }
                }
                String name = "case list, " + variant + ", limit 50, " + (cold ? "cold entity cache" : "warm entity cache");
                String detail = String.format(Locale.ROOT, "%.1f cases per page", times.size() == 0 ? 0 : rows / (double) times.size());
                series.add(new PatternBenchmark.SeriesResult(db.name(), size, name, times, detail));
                log.accept(String.format(Locale.ROOT, "%s %,d %s: n=%d p50 %.2f ms, p95 %.2f ms, p99 %.2f ms, max %.2f ms; %s",
                        db.name(), size, name, times.size(), times.ms(50), times.ms(95), times.ms(99), times.maxMs(), detail));
            }
        }
        try {
            String property = properties.get(0);
            String queue = "SELECT c.id, c.severity_rank, c.updated_at FROM case_file c WHERE c.tenant_id = ? AND c.merged_into IS NULL"
                    + " AND c.property_id IN (?) AND c.status <> 'CLOSED'"
                    + " AND EXISTS (SELECT 1 FROM case_subject s JOIN stay st ON st.id = s.key_value"
                    + " WHERE s.case_id = c.id AND s.key_type = 'ROOM_STAY' AND st.room = ?)"
                    + " ORDER BY c.severity_rank DESC, c.updated_at DESC, c.id DESC";
            plans.put(db.name() + " " + String.format(Locale.ROOT, "%,d", size) + ": case list with a room filter",
                    db.explain(queue, tenant.value(), property, caseRooms.get(property).get(0)));
        } catch (Exception e) {
            notes.add("could not explain the case list on " + db.name() + ": " + e);
        }
    }

    /** Stays observed in the last 180 days, with their observations, shuffled. */
    private List<CaseStay> caseStays(BenchDatabase db, Instant now, SplittableRandom rnd) throws Exception {
        Map<String, List<Object[]>> byStay = new LinkedHashMap<>();
        EntityManager em = db.emf().createEntityManager();
        try {
            @SuppressWarnings("unchecked")
            List<Object[]> rows = em.createNativeQuery("SELECT stay_id, id, property_id, room, observed_at FROM observation"
                            + " WHERE tenant_id = ? AND observed_at >= ? AND stay_id IS NOT NULL ORDER BY stay_id, observed_at, id")
                    .setParameter(1, tenant.value()).setParameter(2, PatternBenchmark.ts(now.minus(Duration.ofDays(180)))).getResultList();
            for (Object[] r : rows) {
                byStay.computeIfAbsent((String) r[0], k -> new ArrayList<>()).add(r);
            }
        } finally {
            em.close();
        }
        List<CaseStay> stays = new ArrayList<>();
        for (List<Object[]> rows : byStay.values()) {
            Object[] first = rows.get(0);
            Object[] last = rows.get(rows.size() - 1);
            stays.add(new CaseStay((String) first[0], (String) first[2], (String) first[3],
                    rows.stream().limit(6).map(r -> (String) r[1]).toList(), instant(first[4]), instant(last[4])));
        }
        for (int i = stays.size() - 1; i > 0; i--) {
            int j = rnd.nextInt(i + 1);
            CaseStay tmp = stays.get(i);
            stays.set(i, stays.get(j));
            stays.set(j, tmp);
        }
        return stays;
    }

    private static Instant instant(Object value) {
        if (value instanceof Timestamp t) {
            return t.toLocalDateTime().toInstant(ZoneOffset.UTC);
        }
        return ((LocalDateTime) value).toInstant(ZoneOffset.UTC);
    }

    private RuleMatch roomMatch(CaseStay s, SplittableRandom rnd) {
        int x = rnd.nextInt(100);
        Tier tier = x < 55 ? Tier.T1 : x < 83 ? Tier.T2 : x < 96 ? Tier.T3 : Tier.T4;
        String[] candidates = switch (tier) {
            case T1 -> new String[] {"BASE", "R11"};
            case T2 -> new String[] {"R4", "R5", "R11"};
            case T3 -> new String[] {"R2", "R4", "R5"};
            default -> new String[] {"R1", "R3"};
        };
        String rule = candidates[rnd.nextInt(candidates.length)];
        SubjectKey subject = new SubjectKey(SubjectType.ROOM_STAY, s.stay());
        return new RuleMatch(rule, title(rule), tier, subject, s.first(), s.first().plus(Duration.ofHours(72)),
                s.observations(), 4 + rnd.nextInt(16), Set.of(), Set.of(subject),
                Set.of("ROOM_LINEN_EXCESS", "ROOM_SUPPLIES_NO_ENTRY", "BOOK_EXTRA_KEYS"), explanation(rule));
    }

    private String title(String rule) {
        return rules.rule(rule).map(PatternRule::title).orElse(rule);
    }

    private static String explanation(String rule) {
        return rule + ": housekeeping (HK) and the front desk (FD) recorded different signs about room 214 within"
                + " 72 hours: ROOM_LINEN_EXCESS, ROOM_SUPPLIES_NO_ENTRY, BOOK_EXTRA_KEYS. Score 9 from 2 reporters."
                + " What would explain it: a family with small children, a guest who is ill.";
    }

    private static void inTransaction(EntityManagerFactory emf, java.util.function.Consumer<EntityManager> work) {
        EntityManager em = emf.createEntityManager();
        try {
            em.getTransaction().begin();
            work.accept(em);
            em.getTransaction().commit();
        } finally {
            if (em.getTransaction().isActive()) {
                em.getTransaction().rollback();
            }
            em.close();
        }
    }
}
