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

    /** A valid filing by the demo front desk, as housekeeping, in room 214. */
    public static String body(String indicatorsJson, String extra) {
        return "{\"propertyId\":\"demo-hotel\",\"observedAt\":\"" + minutesAgo(15) + "\","
                + "\"reporter\":{\"id\":\"frontdesk\",\"role\":\"HK\"},\"location\":{\"room\":\"214\"},"
                + "\"reservationRef\":\"R-1001\",\"indicators\":" + indicatorsJson
                + (extra == null || extra.isEmpty() ? "" : "," + extra) + "}";
    }
}
