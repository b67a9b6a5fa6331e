package dev.vigil.bench;

import dev.vigil.server.domain.model.indicator.Indicator;
import dev.vigil.server.domain.model.indicator.IndicatorPack;
import dev.vigil.server.domain.model.indicator.StaffRole;
import dev.vigil.server.domain.model.observation.ObservationId;
import dev.vigil.server.domain.model.pattern.SubjectKey;
import dev.vigil.server.domain.model.pattern.SubjectType;
import dev.vigil.server.infrastructure.persistence.jpa.FactText;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeSet;
import java.util.function.LongConsumer;

/**
 * A deterministic synthetic history of one tenant whose observation density stays the same whatever
 * its size: {@code n} observations at a density of {@code d} observations per room per day go to as many
 * properties of {@value StayCalendar#ROOMS_PER_PROPERTY} rooms over {@value StayCalendar#DAYS} days as
 * that takes (see {@link StayCalendar}), so a larger history is more hotels, not busier rooms, and an
 * evaluation window holds as much at 10 million observations as at 10 thousand.
 *
 * <p>Observations are spread uniformly over the rooms and the two years, each on the stay occupying its
 * room at that moment. Each names 1 to 3 codes of the default pack (weight-1 and weight-2 codes far more
 * often than strong ones), about 20 % the stay's payer, 5 % the stay's vehicle and 3 % a visitor.
 * Payers, vehicles and visitors are partly reused within a property for about a month, so that keys link
 * several stays.
 */
final class SyntheticHistory {

    static final String TENANT = "bench-chain";
    static final int OFFSET_SECONDS = -5 * 3600;

    private static final double PAYER_SHARE = 0.20;
    private static final double VEHICLE_SHARE = 0.05;
    private static final double VISITOR_SHARE = 0.03;
    // a property sees about 12 visitors a month; 30 % of them are two regulars, who come back about twice
    private static final int VISITOR_POOL = 2;
    private static final Map<StaffRole, Integer> STAFF = new EnumMap<>(Map.of(
            StaffRole.FD, 8, StaffRole.HK, 14, StaffRole.FB, 6, StaffRole.MNT, 3,
            StaffRole.VAL, 4, StaffRole.SEC, 4, StaffRole.HR, 1));

    final long seed;
    final long nowSec;
    final long observations;
    final StayCalendar calendar;

    // codes with cumulative draw weights
    private final List<Indicator> drawable = new ArrayList<>();
    private final double[] cumulative;
    private final Map<String, Indicator> byCode = new HashMap<>();

    SyntheticHistory(IndicatorPack pack, long nowSec, long seed, long observations, double density) {
        this.seed = seed;
        this.nowSec = nowSec;
        this.observations = observations;
        this.calendar = new StayCalendar(StayCalendar.propertiesFor(observations, density), nowSec, seed);

        double total = 0;
        List<Double> cum = new ArrayList<>();
        for (Indicator i : pack.indicators()) {
            byCode.put(i.code().value(), i);
            if (i.code().value().equals("VIS_SHORT_VISIT")) {
                continue; // added with visitors
            }
            total += switch (i.weight()) {
                case 1 -> 6.0;
                case 2 -> 4.0;
                case 3 -> 1.0;
                case 4 -> 0.25;
                default -> 0.05;
            };
            drawable.add(i);
            cum.add(total);
        }
        cumulative = cum.stream().mapToDouble(Double::doubleValue).toArray();
    }

    /** The shape of this history in one line, for the log and the report. */
    String shape() {
        return String.format(Locale.ROOT, "%,d properties × %d rooms × %d days, %,d stays in the calendar,"
                        + " %.3f observations a room a day", calendar.properties, StayCalendar.ROOMS_PER_PROPERTY,
                StayCalendar.DAYS, calendar.stayCount, calendar.density(observations));
    }

    /** Writes the observations (with their codes, subjects and keys), then every stay that was observed. */
    void write(RowSink sink, LongConsumer progress) throws Exception {
        long n = observations;
        SplittableRandom rnd = new SplittableRandom(seed * 31 + n);
        int rooms = calendar.rooms;
        long span = StayCalendar.DAYS * StayCalendar.DAY;
        List<Indicator> codes = new ArrayList<>(4);
        Set<SubjectKey> keys = new TreeSet<>();
        // Written in the order a server files them: by time, spread evenly over the two years, each at a random
        // moment of its own slice of the span, in a random room. Ids are made as the server makes them
        // (ObservationId.filedAt: the filing hour, then random bits), so the tables and indexes hold what
        // years of filings leave behind.
        long slice = Math.max(1, span / Math.max(1, n));
        long first = nowSec - 1 - span;
        for (long i = 0; i < n; i++) {
            int room = rnd.nextInt(rooms);
            long t = Math.min(nowSec - 1, first + i * span / n + rnd.nextLong(slice));
            int stay = calendar.stayAt(room, t);
            calendar.seen(stay, t);
            int property = room / StayCalendar.ROOMS_PER_PROPERTY;
            String propertyId = calendar.propertyId(property);
            String id = ObservationId.of(java.time.Instant.ofEpochSecond(t), rnd.nextLong(), rnd.nextLong()).value();
            String stayId = calendar.stayId(stay);

            boolean visitor = rnd.nextDouble() < VISITOR_SHARE;
            drawCodes(rnd, codes, visitor);
            StaffRole role = roleFor(codes.get(0), rnd);
            String reporter = reporter(property, role, rnd);
            String noteText = null;
            if (rnd.nextInt(10) == 0) {
                byte[] bytes = new byte[90 + rnd.nextInt(130)];
                for (int b = 0; b < bytes.length; b++) {
                    bytes[b] = (byte) rnd.nextInt(256);
                }
                noteText = "v1:" + Base64.getEncoder().encodeToString(bytes);
            }
            sink.observation(id, TENANT, propertyId, t, OFFSET_SECONDS, t + rnd.nextInt(900), reporter, role.name(),
                    reporter, calendar.roomNumber(room), StayCalendar.reservationRef(stay), stayId, noteText);
            for (int c = 0; c < codes.size(); c++) {
                sink.indicator(id, c, codes.get(c).code().value());
            }
            String payer = rnd.nextDouble() < PAYER_SHARE ? calendar.payer(stay, property) : null;
            String vehicle = rnd.nextDouble() < VEHICLE_SHARE ? calendar.vehicle(stay, property) : null;
            String visitorToken = visitor ? visitorToken(property, t, rnd) : null;
            keys.clear();
            keys.add(new SubjectKey(SubjectType.ROOM_STAY, stayId));
            subject(sink, id, SubjectType.PAYER, payer, keys);
            subject(sink, id, SubjectType.VEHICLE, vehicle, keys);
            subject(sink, id, SubjectType.VISITOR, visitorToken, keys);
            RowSink.KeyFacts facts = new RowSink.KeyFacts(reporter, role.name(), calendar.roomNumber(room), null,
                    FactText.codes(codes.stream().map(Indicator::code).toList()), FactText.keys(keys));
            for (SubjectKey key : keys) {
                sink.key(id, key.type().name(), key.value(), TENANT, propertyId, t, facts);
            }
            if ((i & 0xFFFF) == 0) {
                progress.accept(i);
            }
        }
        calendar.writeStays(sink);
        sink.finish();
    }

    private static void subject(RowSink sink, String observationId, SubjectType type, String token, Set<SubjectKey> keys) {
        if (token != null) {
            sink.subject(observationId, type.name(), token);
            keys.add(new SubjectKey(type, token));
        }
    }

    /** Observed stays whose last observation is at most {@code days} old. */
    List<StayCalendar.StayRef> recentStays(int days) {
        return calendar.recentStays(days);
    }

    /** Draws 1 to 3 different codes; with a visitor, the short visit is among them half of the time. */
    void drawCodes(SplittableRandom rnd, List<Indicator> out, boolean visitor) {
        out.clear();
        int x = rnd.nextInt(100);
        int count = x < 50 ? 1 : x < 85 ? 2 : 3;
        if (visitor && rnd.nextBoolean()) {
            out.add(byCode.get("VIS_SHORT_VISIT"));
        }
        while (out.size() < count) {
            double r = rnd.nextDouble() * cumulative[cumulative.length - 1];
            int i = Arrays.binarySearch(cumulative, r);
            Indicator pick = drawable.get(i >= 0 ? Math.min(i + 1, drawable.size() - 1) : -i - 1);
            if (!out.contains(pick)) {
                out.add(pick);
            }
        }
    }

    /** A role likely to observe the code (codes name the roles that see them). */
    StaffRole roleFor(Indicator code, SplittableRandom rnd) {
        StaffRole[] roles = code.roles().stream().sorted().toArray(StaffRole[]::new);
        return roles[rnd.nextInt(roles.length)];
    }

    String reporter(int property, StaffRole role, SplittableRandom rnd) {
        return String.format("s%04d-%s-%02d", property + 1, role.name().toLowerCase(Locale.ROOT),
                rnd.nextInt(STAFF.get(role)) + 1);
    }

    String visitorToken(int property, long t, SplittableRandom rnd) {
        return rnd.nextInt(100) < 70 ? calendar.token("visitor", "u" + rnd.nextLong())
                : calendar.token("visitor", "p" + property + "-" + calendar.period(t) + "-" + rnd.nextInt(VISITOR_POOL));
    }

    int propertyIndex(String propertyId) {
        return calendar.propertyIndex(propertyId);
    }
}
