package dev.vigil.server.it;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;

/** Filing bodies for black-box tests. */
public final class Filings {

    private Filings() {
    }

    public static String minutesAgo(int minutes) {
        return OffsetDateTime.now(ZoneOffset.ofHours(-5)).minus(Duration.ofMinutes(minutes))
                .truncatedTo(ChronoUnit.SECONDS).toString();
    }

    /** A filing by a demo user in a role about a room (reservation R-room), with extra fields of the body if given. */
    public static String inRoom(String user, String role, int minutesAgo, String room, String indicatorsJson, String extra) {
        return "{\"propertyId\":\"demo-hotel\",\"observedAt\":\"" + minutesAgo(minutesAgo) + "\","
                + "\"reporter\":{\"id\":\"" + user + "\",\"role\":\"" + role + "\"},\"location\":{\"room\":\"" + room + "\"},"
                + "\"reservationRef\":\"R-" + room + "\",\"indicators\":" + indicatorsJson + (extra == null ? "" : "," + extra) + "}";
    }

    /** A valid filing by the demo front desk, as housekeeping, in room 214. */
    public static String body(String indicatorsJson, String extra) {
        return "{\"propertyId\":\"demo-hotel\",\"observedAt\":\"" + minutesAgo(15) + "\","
                + "\"reporter\":{\"id\":\"frontdesk\",\"role\":\"HK\"},\"location\":{\"room\":\"214\"},"
                + "\"reservationRef\":\"R-1001\",\"indicators\":" + indicatorsJson
                + (extra == null || extra.isEmpty() ? "" : "," + extra) + "}";
    }
}
