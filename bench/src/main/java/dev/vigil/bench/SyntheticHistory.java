package dev.vigil.bench;

import dev.vigil.server.domain.model.indicator.Indicator;
import dev.vigil.server.domain.model.indicator.IndicatorPack;
import dev.vigil.server.domain.model.indicator.StaffRole;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.UUID;

/**
 * A deterministic synthetic history of one tenant: 50 properties of 40 rooms, two years of room
 * stays of 1 to 7 nights that tile each room's calendar, and observations spread uniformly over the
 * two years, each on the stay occupying its room at that moment. Each observation names 1 to 3
 * codes of the default pack (weight-1 and weight-2 codes far more often than strong ones), about 20 %
 * the stay's payer, 5 % the stay's vehicle and 3 % a visitor. Payers, vehicles and visitors are
 * partly reused within a property for about a month, so that keys link several stays.
 */
final class SyntheticHistory {

    static final String TENANT = "bench-chain";
    static final int PROPERTIES = 50;
    static final int ROOMS_PER_PROPERTY = 40;
    static final int DAYS = 730;
    static final int OFFSET_SECONDS = -5 * 3600;
    static final long DAY = 86_400L;

    private static final double PAYER_SHARE = 0.20;
    private static final double VEHICLE_SHARE = 0.05;
    private static final double VISITOR_SHARE = 0.03;
    private static final int[] NIGHTS_WEIGHTS = {30, 25, 17, 10, 8, 5, 5}; // 1..7 nights
    private static final Map<StaffRole, Integer> STAFF = new EnumMap<>(Map.of(
            StaffRole.FD, 8, StaffRole.HK, 14, StaffRole.FB, 6, StaffRole.MNT, 3,
            StaffRole.VAL, 4, StaffRole.SEC, 4, StaffRole.HR, 1));

    final long seed;
    final long nowSec;
    private final long calendarStart;
    final String[] properties = new String[PROPERTIES];
    final String[] rooms = new String[ROOMS_PER_PROPERTY];

    // the calendar: stays of room r are [roomFirstStay[r], roomFirstStay[r + 1]), in time order
    private final int[] roomFirstStay;
    private final long[] stayStart;
    private final int[] stayRoom;
    private final String[] stayPayer;
    private final String[] stayVehicle;
    private final long[] firstSeen;
    private final long[] lastSeen;
    final int stayCount;

    // codes with cumulative draw weights
    private final List<Indicator> drawable = new ArrayList<>();
    private final double[] cumulative;
    private final Map<String, Indicator> byCode = new java.util.HashMap<>();

    SyntheticHistory(IndicatorPack pack, long nowSec, long seed) {
        this.seed = seed;
        this.nowSec = nowSec;
        this.calendarStart = nowSec - (DAYS + 8) * DAY;
        for (int p = 0; p < PROPERTIES; p++) {
            properties[p] = String.format("hotel-%02d", p + 1);
        }
        for (int r = 0; r < ROOMS_PER_PROPERTY; r++) {
            rooms[r] = String.format("%d%02d", r / 10 + 1, r % 10 + 1);
        }
        SplittableRandom rnd = new SplittableRandom(seed);
        int roomCount = PROPERTIES * ROOMS_PER_PROPERTY;
        roomFirstStay = new int[roomCount + 1];
        LongList starts = new LongList();
        IntList roomOf = new IntList();
        long calendarEnd = nowSec + 8 * DAY;
        long firstCheckIn = (calendarStart / DAY) * DAY + 16 * 3600; // check-in at 16:00 UTC
        for (int room = 0; room < roomCount; room++) {
            roomFirstStay[room] = starts.size();
            long t = firstCheckIn - rnd.nextInt(7) * DAY;
            while (t < calendarEnd) {
                starts.add(t);
                roomOf.add(room);
                t += nights(rnd) * DAY;
            }
        }
        roomFirstStay[roomCount] = starts.size();
        stayStart = starts.toArray();
        stayRoom = roomOf.toArray();
        stayCount = stayStart.length;
        firstSeen = new long[stayCount];
        lastSeen = new long[stayCount];
        Arrays.fill(firstSeen, Long.MAX_VALUE);
        Arrays.fill(lastSeen, Long.MIN_VALUE);
        stayPayer = new String[stayCount];
        stayVehicle = new String[stayCount];
        for (int s = 0; s < stayCount; s++) {
            int property = stayRoom[s] / ROOMS_PER_PROPERTY;
            long bucket = (stayStart[s] - calendarStart) / (30 * DAY);
            // 60 % of payers pay once; the others are pooled (40 a month a property: about 4 stays each)
            stayPayer[s] = rnd.nextInt(100) < 60 ? token("payer", "u" + s)
                    : token("payer", "p" + property + "-" + bucket + "-" + rnd.nextInt(40));
            // half the vehicles are the guest's own; the others (taxis, shuttles) are shared
            stayVehicle[s] = rnd.nextInt(100) < 50 ? token("vehicle", "u" + s)
                    : token("vehicle", "p" + property + "-" + bucket + "-" + rnd.nextInt(20));
        }

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

    private static int nights(SplittableRandom rnd) {
        int x = rnd.nextInt(100);
        for (int i = 0; i < NIGHTS_WEIGHTS.length; i++) {
            x -= NIGHTS_WEIGHTS[i];
            if (x < 0) {
                return i + 1;
            }
        }
        return NIGHTS_WEIGHTS.length;
    }

    /** Writes n observations (with their codes, subjects and keys), then every stay that was observed. */
    void write(long n, RowSink sink, java.util.function.LongConsumer progress) throws Exception {
        SplittableRandom rnd = new SplittableRandom(seed * 31 + n);
        int roomCount = PROPERTIES * ROOMS_PER_PROPERTY;
        List<Indicator> codes = new ArrayList<>(4);
        // Observation ids are random UUIDs, written in ascending order: the i-th id falls in the i-th of n equal
        // slices of the id space. Each observation's room and time are drawn independently of its id, so the
        // stored data is that of random ids, but every index that starts with the observation id grows at its end.
        long slice = Long.divideUnsigned(-1L, Math.max(1, n));
        for (long i = 0; i < n; i++) {
            long hi = i * slice + Long.remainderUnsigned(rnd.nextLong(), slice);
            int room = rnd.nextInt(roomCount);
            long t = nowSec - 1 - rnd.nextLong(DAYS * DAY);
            int stay = stayAt(room, t);
            firstSeen[stay] = Math.min(firstSeen[stay], t);
            lastSeen[stay] = Math.max(lastSeen[stay], t);
            int property = room / ROOMS_PER_PROPERTY;
            String propertyId = properties[property];
            String id = uuid(hi, rnd.nextLong());
            String stayId = stayId(stay);

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
                    reporter, rooms[room % ROOMS_PER_PROPERTY], reservationRef(stay), stayId, noteText);
            for (int c = 0; c < codes.size(); c++) {
                sink.indicator(id, c, codes.get(c).code().value());
            }
            sink.key(id, "ROOM_STAY", stayId, TENANT, propertyId, t);
            if (rnd.nextDouble() < PAYER_SHARE) {
                sink.subject(id, "PAYER", stayPayer[stay]);
                sink.key(id, "PAYER", stayPayer[stay], TENANT, propertyId, t);
            }
            if (rnd.nextDouble() < VEHICLE_SHARE) {
                sink.subject(id, "VEHICLE", stayVehicle[stay]);
                sink.key(id, "VEHICLE", stayVehicle[stay], TENANT, propertyId, t);
            }
            if (visitor) {
                String token = visitorToken(property, t, rnd);
                sink.subject(id, "VISITOR", token);
                sink.key(id, "VISITOR", token, TENANT, propertyId, t);
            }
            if ((i & 0xFFFF) == 0) {
                progress.accept(i);
            }
        }
        for (int s = 0; s < stayCount; s++) {
            if (lastSeen[s] != Long.MIN_VALUE) {
                int room = stayRoom[s];
                sink.stay(stayId(s), properties[room / ROOMS_PER_PROPERTY], rooms[room % ROOMS_PER_PROPERTY],
                        reservationRef(s), firstSeen[s], lastSeen[s]);
            }
        }
        sink.finish();
    }

    /** A stored stay the samples can file on. */
    record StayRef(int index, String id, String property, String room, String reservationRef, String payer,
                   String vehicle) {
    }

    /** Observed stays whose last observation is at most {@code days} old. */
    List<StayRef> recentStays(int days) {
        List<StayRef> recent = new ArrayList<>();
        for (int s = 0; s < stayCount; s++) {
            if (lastSeen[s] != Long.MIN_VALUE && lastSeen[s] >= nowSec - days * DAY) {
                recent.add(stay(s));
            }
        }
        return recent;
    }

    StayRef stay(int s) {
        int room = stayRoom[s];
        return new StayRef(s, stayId(s), properties[room / ROOMS_PER_PROPERTY], rooms[room % ROOMS_PER_PROPERTY],
                reservationRef(s), stayPayer[s], stayVehicle[s]);
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
        return String.format("s%02d-%s-%02d", property + 1, role.name().toLowerCase(java.util.Locale.ROOT),
                rnd.nextInt(STAFF.get(role)) + 1);
    }

    String visitorToken(int property, long t, SplittableRandom rnd) {
        long bucket = (t - calendarStart) / (30 * DAY);
        return rnd.nextInt(100) < 70 ? token("visitor", "u" + rnd.nextLong())
                : token("visitor", "p" + property + "-" + bucket + "-" + rnd.nextInt(50));
    }

    int propertyIndex(String propertyId) {
        return Integer.parseInt(propertyId.substring("hotel-".length())) - 1;
    }

    private int stayAt(int room, long t) {
        int from = roomFirstStay[room];
        int to = roomFirstStay[room + 1];
        int i = Arrays.binarySearch(stayStart, from, to, t);
        return i >= 0 ? i : -i - 2;
    }

    String stayId(int s) {
        long a = mix(seed ^ 0x5DEECE66DL, s * 2L);
        long b = mix(seed ^ 0x5DEECE66DL, s * 2L + 1);
        return uuid(a, b);
    }

    private static String reservationRef(int s) {
        return "RES-" + (1_000_000 + s);
    }

    /** A version-4 UUID from 128 random bits. */
    static String uuid(long hi, long lo) {
        hi = (hi & ~0xF000L) | 0x4000L;
        lo = (lo & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L;
        return new UUID(hi, lo).toString();
    }

    /** The shape of the server's pseudonyms: kind, colon, 43 characters of base64url (an HMAC-SHA256). */
    private String token(String kind, String label) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            byte[] digest = sha.digest((seed + "|" + kind + "|" + label).getBytes(StandardCharsets.UTF_8));
            return kind + ":" + Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static long mix(long seed, long x) {
        long z = seed + x * 0x9E3779B97F4A7C15L;
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    private static final class LongList {
        private long[] values = new long[1 << 16];
        private int size;

        void add(long v) {
            if (size == values.length) {
                values = Arrays.copyOf(values, size * 2);
            }
            values[size++] = v;
        }

        int size() {
            return size;
        }

        long[] toArray() {
            return Arrays.copyOf(values, size);
        }
    }

    private static final class IntList {
        private int[] values = new int[1 << 16];
        private int size;

        void add(int v) {
            if (size == values.length) {
                values = Arrays.copyOf(values, size * 2);
            }
            values[size++] = v;
        }

        int[] toArray() {
            return Arrays.copyOf(values, size);
        }
    }
}
