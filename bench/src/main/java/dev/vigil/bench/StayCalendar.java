package dev.vigil.bench;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;

/**
 * The room calendar of the synthetic history: properties of {@value #ROOMS_PER_PROPERTY} rooms, each
 * room's {@value #DAYS} days (plus 8 days either side) tiled by stays of 1 to 7 nights, each stay with
 * its payer and its vehicle, and which stays the written observations fell on.
 *
 * <p>The number of properties is what grows with the history (see {@link #propertiesFor}); each property
 * draws its calendar from its own seed, so property k has the same stays whatever the number of
 * properties. At ten million observations that is 1,000 properties and 13.6 million stays, so a
 * stay is held as 14 bytes of primitive arrays and its id, reservation and pseudonyms are derived from
 * its index when asked for.
 */
final class StayCalendar {

    static final int ROOMS_PER_PROPERTY = 50;
    static final int DAYS = 730;
    static final long DAY = 86_400L;
    /**
     * Observations per room per day unless told otherwise: 10,000 a property over the two years, 14 a day
     * for 50 rooms, one a room every 3.7 days. With stays of 2.75 nights on average that is 0.74 observations
     * a stay and about half the stays observed at all: a busy hotel whose staff report a lot, well above
     * what most properties file, yet far below the 6.8 a room a day of the last run's 10-million history.
     */
    static final double DEFAULT_DENSITY = 10_000.0 / (ROOMS_PER_PROPERTY * DAYS);
    /** Payers, vehicles and visitors are pooled per property and per 30 days, so that keys link stays. */
    static final long POOL_PERIOD = 30 * DAY;
    // a month of a property holds about 540 stays: 40 % of them share 50 payers (4 stays each) ...
    private static final int PAYER_POOL = 50;
    // ... and half of them 25 shared vehicles (taxis, shuttles: 11 stays each)
    private static final int VEHICLE_POOL = 25;
    private static final byte OWN = -1; // the stay's own payer or vehicle, used by no other stay
    private static final int[] NIGHTS_WEIGHTS = {30, 25, 17, 10, 8, 5, 5}; // 1..7 nights, mean 2.76
    private static final int UNSEEN_FIRST = Integer.MAX_VALUE;
    private static final int UNSEEN_LAST = Integer.MIN_VALUE;

    final long nowSec;
    /** Times below are held as int seconds from here (8 days before the observed two years). */
    final long origin;
    final int properties;
    final int rooms;
    final int stayCount;
    private final SyntheticIds ids;
    private final String[] propertyIds;
    private final String[] roomNumbers = new String[ROOMS_PER_PROPERTY];

    // stays of room r are [roomFirstStay[r], roomFirstStay[r + 1]), in time order; room r is
    // number r % ROOMS_PER_PROPERTY of property r / ROOMS_PER_PROPERTY
    private final int[] roomFirstStay;
    private final int[] stayStart;
    private final byte[] stayPayer;
    private final byte[] stayVehicle;
    private final int[] firstSeen;
    private final int[] lastSeen;

    StayCalendar(int properties, long nowSec, long seed) {
        this.properties = properties;
        this.nowSec = nowSec;
        this.origin = nowSec - (DAYS + 8) * DAY;
        this.ids = new SyntheticIds(seed);
        this.rooms = properties * ROOMS_PER_PROPERTY;
        propertyIds = new String[properties];
        for (int p = 0; p < properties; p++) {
            propertyIds[p] = String.format("hotel-%04d", p + 1);
        }
        for (int r = 0; r < ROOMS_PER_PROPERTY; r++) {
            roomNumbers[r] = String.format("%d%02d", r / 10 + 1, r % 10 + 1);
        }
        int end = (int) (nowSec + 8 * DAY - origin);
        int firstCheckIn = (int) (Math.floorDiv(origin, DAY) * DAY + 16 * 3600 - origin); // check-in at 16:00 UTC
        // sized for the mean stay with a little room, so that the arrays are not copied while they grow
        int capacity = (int) Math.min(Integer.MAX_VALUE - 8, (long) rooms * (end / DAY + 7) * 100 / 270 + 1024);
        IntArray starts = new IntArray(capacity);
        ByteArray payers = new ByteArray(capacity);
        ByteArray vehicles = new ByteArray(capacity);
        roomFirstStay = new int[rooms + 1];
        for (int p = 0; p < properties; p++) {
            SplittableRandom rnd = new SplittableRandom(SyntheticIds.mix(seed, p));
            for (int r = p * ROOMS_PER_PROPERTY; r < (p + 1) * ROOMS_PER_PROPERTY; r++) {
                roomFirstStay[r] = starts.size;
                long t = firstCheckIn - rnd.nextInt(7) * DAY;
                while (t < end) {
                    starts.add((int) t);
                    // 60 % of payers pay once; half the vehicles are the guest's own
                    payers.add(rnd.nextInt(100) < 60 ? OWN : (byte) rnd.nextInt(PAYER_POOL));
                    vehicles.add(rnd.nextInt(100) < 50 ? OWN : (byte) rnd.nextInt(VEHICLE_POOL));
                    t += nights(rnd) * DAY;
                }
            }
        }
        roomFirstStay[rooms] = starts.size;
        stayCount = starts.size;
        stayStart = starts.trimmed();
        stayPayer = payers.trimmed();
        stayVehicle = vehicles.trimmed();
        firstSeen = new int[stayCount];
        lastSeen = new int[stayCount];
        Arrays.fill(firstSeen, UNSEEN_FIRST);
        Arrays.fill(lastSeen, UNSEEN_LAST);
    }

    /** As many properties as make {@code observations} hold {@code density} observations per room per day. */
    static int propertiesFor(long observations, double density) {
        if (!(density > 0)) {
            throw new IllegalArgumentException("density must be positive, got " + density);
        }
        long p = Math.max(1, Math.round(observations / (density * ROOMS_PER_PROPERTY * DAYS)));
        if (p > 100_000) {
            throw new IllegalArgumentException(p + " properties: more than the calendar's int indexes hold");
        }
        return (int) p;
    }

    /** What {@code observations} spread over this calendar make, per room per day. */
    double density(long observations) {
        return observations / ((double) rooms * DAYS);
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

    /** The stay occupying the room at that time (stays tile each room's calendar). */
    int stayAt(int room, long epochSecond) {
        int t = (int) (epochSecond - origin);
        int i = Arrays.binarySearch(stayStart, roomFirstStay[room], roomFirstStay[room + 1], t);
        return i >= 0 ? i : -i - 2;
    }

    void seen(int stay, long epochSecond) {
        int t = (int) (epochSecond - origin);
        firstSeen[stay] = Math.min(firstSeen[stay], t);
        lastSeen[stay] = Math.max(lastSeen[stay], t);
    }

    /**
     * Writes a stay row for every stay an observation fell on, by check-in time: their ids lead with that
     * hour, so the rows reach the primary key near its end, as a server's stays do.
     */
    void writeStays(RowSink sink) {
        long[] order = new long[stayCount];
        int seen = 0;
        for (int s = 0; s < stayCount; s++) {
            if (lastSeen[s] != UNSEEN_LAST) {
                order[seen++] = ((long) stayStart[s] << 24) | s; // fewer than 2^24 stays
            }
        }
        Arrays.sort(order, 0, seen);
        for (int i = 0; i < seen; i++) {
            int s = (int) (order[i] & 0xFFFFFF);
            int room = roomOf(s);
            sink.stay(stayId(s), propertyId(room / ROOMS_PER_PROPERTY), roomNumber(room), reservationRef(s),
                    origin + firstSeen[s], origin + lastSeen[s]);
        }
    }

    /** A stored stay the samples can file on. */
    record StayRef(int index, String id, String property, String room, String reservationRef, String payer,
                   String vehicle) {
    }

    /** Observed stays whose last observation is at most {@code days} old. */
    List<StayRef> recentStays(int days) {
        List<StayRef> recent = new ArrayList<>();
        long since = nowSec - days * DAY - origin;
        for (int s = 0; s < stayCount; s++) {
            if (lastSeen[s] != UNSEEN_LAST && lastSeen[s] >= since) {
                recent.add(stay(s));
            }
        }
        return recent;
    }

    StayRef stay(int s) {
        int room = roomOf(s);
        return new StayRef(s, stayId(s), propertyId(room / ROOMS_PER_PROPERTY), roomNumber(room), reservationRef(s),
                payer(s, room / ROOMS_PER_PROPERTY), vehicle(s, room / ROOMS_PER_PROPERTY));
    }

    private int roomOf(int s) {
        int i = Arrays.binarySearch(roomFirstStay, s);
        return i >= 0 ? i : -i - 2; // every room has a stay, so starts are distinct
    }

    String propertyId(int property) {
        return propertyIds[property];
    }

    int propertyIndex(String propertyId) {
        return Integer.parseInt(propertyId.substring("hotel-".length())) - 1;
    }

    String roomNumber(int room) {
        return roomNumbers[room % ROOMS_PER_PROPERTY];
    }

    /** As a server makes it: the hour of check-in (close to the stay's first observation), then random bits. */
    String stayId(int s) {
        return dev.vigil.server.domain.model.stay.StayId.of(java.time.Instant.ofEpochSecond(origin + stayStart[s]),
                SyntheticIds.mix(0x5DEECE66DL, s * 2L), SyntheticIds.mix(0x5DEECE66DL, s * 2L + 1)).value();
    }

    static String reservationRef(int s) {
        return "RES-" + (1_000_000 + s);
    }

    String payer(int s, int property) {
        return pooled("payer", stayPayer[s], s, property);
    }

    String vehicle(int s, int property) {
        return pooled("vehicle", stayVehicle[s], s, property);
    }

    private String pooled(String kind, byte slot, int s, int property) {
        return slot == OWN ? ids.token(kind, "u" + s)
                : ids.token(kind, "p" + property + "-" + period(origin + stayStart[s]) + "-" + slot);
    }

    /** The pooling period a time falls in. */
    long period(long epochSecond) {
        return Math.floorDiv(epochSecond - origin, POOL_PERIOD);
    }

    String token(String kind, String label) {
        return ids.token(kind, label);
    }

    private static final class IntArray {
        int[] values;
        int size;

        IntArray(int capacity) {
            values = new int[capacity];
        }

        void add(int v) {
            if (size == values.length) {
                values = Arrays.copyOf(values, (int) Math.min(Integer.MAX_VALUE - 8, size * 3L / 2 + 16));
            }
            values[size++] = v;
        }

        int[] trimmed() {
            return size == values.length ? values : Arrays.copyOf(values, size);
        }
    }

    private static final class ByteArray {
        byte[] values;
        int size;

        ByteArray(int capacity) {
            values = new byte[capacity];
        }

        void add(byte v) {
            if (size == values.length) {
                values = Arrays.copyOf(values, (int) Math.min(Integer.MAX_VALUE - 8, size * 3L / 2 + 16));
            }
            values[size++] = v;
        }

        byte[] trimmed() {
            return size == values.length ? values : Arrays.copyOf(values, size);
        }
    }
}
