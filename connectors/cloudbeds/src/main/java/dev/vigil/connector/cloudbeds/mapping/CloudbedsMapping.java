package dev.vigil.connector.cloudbeds.mapping;

import dev.vigil.connector.cloudbeds.dto.CloudbedsReservation;
import dev.vigil.plugin.stay.ChannelKind;
import dev.vigil.plugin.stay.PaymentMethodClass;
import dev.vigil.plugin.stay.PmsIdentity;
import dev.vigil.plugin.stay.StayContext;
import dev.vigil.plugin.stay.StayStatus;
import dev.vigil.plugin.subject.SubjectKind;
import dev.vigil.plugin.subject.SubjectTokenizer;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Maps Cloudbeds reservations to stay contexts. Guests are tokenised by their Cloudbeds id (following a
 * merge to the profile it went into); the booker is not distinct from the guest in v1.3; the payer is
 * the card on file unless the channel provided it. v1.3 gives no children's ages and no method of the
 * payments posted, so a stay paid at the desk shows {@code UNKNOWN}.
 */
public final class CloudbedsMapping {

    /** The connector id. */
    public static final String SYSTEM = "cloudbeds";
    private static final DateTimeFormatter DATETIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private final SubjectTokenizer tokenizer;
    private final ZoneId zone;

    /**
     * A mapping for one property.
     *
     * @param tokenizer the server's tokenizer
     * @param zone the property's zone, in which Cloudbeds writes its times
     */
    public CloudbedsMapping(SubjectTokenizer tokenizer, ZoneId zone) {
        this.tokenizer = tokenizer;
        this.zone = zone;
    }

    /**
     * One stay.
     *
     * @param r the reservation
     * @return the stay context
     */
    public StayContext stay(CloudbedsReservation r) {
        List<CloudbedsReservation.Room> rooms = new ArrayList<>(Optional.ofNullable(r.assigned()).orElse(List.of()));
        rooms.addAll(Optional.ofNullable(r.unassigned()).orElse(List.of()));
        int adults = rooms.stream().mapToInt(x -> count(x.adults())).sum();
        int children = rooms.stream().mapToInt(x -> count(x.children())).sum();
        String room = Optional.ofNullable(r.assigned()).orElse(List.of()).stream().map(CloudbedsReservation.Room::roomName)
                .filter(n -> n != null && !n.isBlank()).findFirst().orElse(null);
        Map<String, CloudbedsReservation.Guest> guests = Optional.ofNullable(r.guestList()).orElse(Map.of());
        String main = guests.values().stream().filter(g -> Boolean.TRUE.equals(g.isMainGuest())).map(CloudbedsMapping::guestId)
                .filter(Objects::nonNull).findFirst().orElse(null);
        boolean channelCard = Boolean.TRUE.equals(r.channelProvidedCreditCard());
        Optional<String> card = Optional.ofNullable(r.cardsOnFile()).orElse(List.of()).stream()
                .map(CloudbedsReservation.Card::cardID).filter(Objects::nonNull).findFirst();
        return StayContext.builder(SYSTEM, r.reservationID())
                .confirmationNumber(r.thirdPartyIdentifier())
                .status(status(r.status()))
                .room(room)
                .dates(date(r.startDate()), date(r.endDate()))
                .occupancy(adults, children)
                .channel(r.source() == null ? r.origin() : r.source(), channelKind(r))
                .groupToken(r.allotmentBlockCode() == null || r.allotmentBlockCode().isBlank() ? null
                        : tokenizer.tokenize(SubjectKind.RES_GROUP, PmsIdentity.group(SYSTEM, r.allotmentBlockCode())))
                .guestToken(main == null ? null : tokenizer.tokenize(SubjectKind.GUEST, PmsIdentity.person(SYSTEM, main)))
                .companionTokens(guests.values().stream().map(CloudbedsMapping::guestId).filter(Objects::nonNull)
                        .filter(id -> !id.equals(main)).distinct().sorted()
                        .map(id -> tokenizer.tokenize(SubjectKind.GUEST, PmsIdentity.person(SYSTEM, id))).toList())
                .payerToken(channelCard ? null : card.map(id -> tokenizer.tokenize(SubjectKind.PAYER, PmsIdentity.card(SYSTEM, id)))
                        .orElse(null))
                .paymentMethod(channelCard ? PaymentMethodClass.CHANNEL_COLLECTED
                        : card.isPresent() ? PaymentMethodClass.CARD : PaymentMethodClass.UNKNOWN)
                .updatedAt(dateTime(r.dateModified()))
                .build();
    }

    /** A merged profile lives on under its new id. */
    private static String guestId(CloudbedsReservation.Guest g) {
        return Boolean.TRUE.equals(g.isMerged()) && g.newGuestID() != null ? g.newGuestID() : g.guestID();
    }

    static StayStatus status(String s) {
        return switch (Objects.toString(s, "")) {
            case "confirmed", "not_confirmed" -> StayStatus.EXPECTED;
            case "checked_in" -> StayStatus.IN_HOUSE;
            case "checked_out" -> StayStatus.DEPARTED;
            case "canceled" -> StayStatus.CANCELLED;
            case "no_show" -> StayStatus.NO_SHOW;
            default -> StayStatus.OTHER;
        };
    }

    static ChannelKind channelKind(CloudbedsReservation r) {
        String source = (Objects.toString(r.source(), "") + " " + Objects.toString(r.origin(), "")).toLowerCase(Locale.ROOT);
        if (source.isBlank()) {
            return ChannelKind.UNKNOWN;
        }
        if (source.contains("walk")) {
            return ChannelKind.WALK_IN;
        }
        if (source.contains("booking.com") || source.contains("expedia") || source.contains("airbnb")
                || source.contains("hostelworld") || source.contains("agoda")) {
            return ChannelKind.OTA;
        }
        if (source.contains("website") || source.contains("booking engine") || source.contains("phone")
                || source.contains("email") || source.contains("myfrontdesk") || source.contains("direct")) {
            return ChannelKind.DIRECT;
        }
        if (source.contains("gds")) {
            return ChannelKind.GDS;
        }
        return ChannelKind.OTHER;
    }

    private static int count(String n) {
        try {
            return n == null || n.isBlank() ? 0 : Math.max(0, Integer.parseInt(n.trim()));
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    private static LocalDate date(String text) {
        try {
            return text == null || text.isBlank() ? null : LocalDate.parse(text.trim().substring(0, 10));
        } catch (DateTimeParseException | IndexOutOfBoundsException e) {
            return null;
        }
    }

    private Instant dateTime(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return LocalDateTime.parse(text.trim(), DATETIME).atZone(zone).toInstant();
        } catch (DateTimeParseException e) {
            try {
                return Instant.parse(text.trim());
            } catch (DateTimeParseException e2) {
                return null;
            }
        }
    }
}
