package dev.vigil.connector.opera.mapping;

import dev.vigil.connector.opera.dto.OperaReservation;
import dev.vigil.plugin.stay.ChannelKind;
import dev.vigil.plugin.stay.PaymentMethodClass;
import dev.vigil.plugin.stay.PmsIdentity;
import dev.vigil.plugin.stay.StayContext;
import dev.vigil.plugin.stay.StayStatus;
import dev.vigil.plugin.subject.SubjectKind;
import dev.vigil.plugin.subject.SubjectTokenizer;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Maps OHIP reservations to stay contexts: profiles by their OPERA ids, the stored card by its id,
 * the block as a reservation group. Payment-method codes are the property's own: the setting
 * {@code payment-methods} maps them to classes (e.g. {@code CA=CASH,DB=COMPANY_ACCOUNT}), over defaults
 * for the common codes.
 */
public final class OperaMapping {

    /** The connector id. */
    public static final String SYSTEM = "opera";

    static final Map<String, PaymentMethodClass> DEFAULT_METHODS = Map.ofEntries(
            Map.entry("CA", PaymentMethodClass.CASH), Map.entry("CASH", PaymentMethodClass.CASH),
            Map.entry("DB", PaymentMethodClass.COMPANY_ACCOUNT), Map.entry("AR", PaymentMethodClass.COMPANY_ACCOUNT),
            Map.entry("DIRECT BILL", PaymentMethodClass.COMPANY_ACCOUNT),
            Map.entry("BT", PaymentMethodClass.BANK_TRANSFER), Map.entry("WIRE", PaymentMethodClass.BANK_TRANSFER),
            Map.entry("TA", PaymentMethodClass.TRAVEL_AGENT), Map.entry("VCC", PaymentMethodClass.CHANNEL_COLLECTED),
            Map.entry("OTA", PaymentMethodClass.CHANNEL_COLLECTED), Map.entry("PP", PaymentMethodClass.CHANNEL_COLLECTED),
            Map.entry("CHK", PaymentMethodClass.OTHER), Map.entry("GC", PaymentMethodClass.PREPAID_CARD));

    private final SubjectTokenizer tokenizer;
    private final Map<String, PaymentMethodClass> methods;

    /**
     * A mapping for one hotel.
     *
     * @param tokenizer the server's tokenizer
     * @param configuredMethods the property's payment-method codes, upper case, over the defaults
     */
    public OperaMapping(SubjectTokenizer tokenizer, Map<String, PaymentMethodClass> configuredMethods) {
        this.tokenizer = tokenizer;
        java.util.HashMap<String, PaymentMethodClass> all = new java.util.HashMap<>(DEFAULT_METHODS);
        all.putAll(configuredMethods);
        this.methods = Map.copyOf(all);
    }

    /**
     * The reservation's id.
     *
     * @param r the reservation
     * @return its id of type {@code Reservation}, or null
     */
    public static String reservationId(OperaReservation r) {
        return idOfType(r.reservationIdList(), "Reservation");
    }

    /**
     * One stay.
     *
     * @param r the reservation
     * @return the stay context
     */
    public StayContext stay(OperaReservation r) {
        OperaReservation.RoomStay stay = r.roomStay();
        List<Integer> ages = stay == null || stay.childAges() == null ? List.of()
                : stay.childAges().stream().map(OperaReservation.ChildAge::age).filter(Objects::nonNull).toList();
        String guest = r.reservationGuest() == null ? null : r.reservationGuest().id();
        Optional<OperaReservation.AttachedProfile> booker = attached(r, "ReservationContact")
                .or(() -> attached(r, "Company")).or(() -> attached(r, "TravelAgent"));
        String block = stay == null || stay.reservationBlock() == null || stay.reservationBlock().blockIdList() == null
                ? null : stay.reservationBlock().blockIdList().stream().map(OperaReservation.Id::id).filter(Objects::nonNull)
                .findFirst().orElse(null);
        PaymentMethodClass payment = paymentClass(r);
        return StayContext.builder(SYSTEM, reservationId(r))
                .confirmationNumber(idOfType(r.reservationIdList(), "Confirmation"))
                .status(status(r.reservationStatus()))
                .room(stay == null ? null : stay.roomId())
                .dates(stay == null ? null : date(stay.arrivalDate()), stay == null ? null : date(stay.departureDate()))
                .occupancy(stay == null || stay.adultCount() == null ? 0 : stay.adultCount(),
                        stay == null || stay.childCount() == null ? 0 : stay.childCount())
                .childAges(ages)
                .channel(channelCode(r), channelKind(r))
                .groupToken(block == null ? null : tokenizer.tokenize(SubjectKind.RES_GROUP, PmsIdentity.group(SYSTEM, block)))
                .guestToken(guest == null ? null : tokenizer.tokenize(SubjectKind.GUEST, PmsIdentity.person(SYSTEM, guest)))
                .companionTokens(companions(r, guest))
                .bookerToken(booker.map(this::profileToken).orElse(null))
                .payerToken(payer(r, payment))
                .paymentMethod(payment)
                .updatedAt(instant(r.lastModifyDateTime()))
                .build();
    }

    private List<String> companions(OperaReservation r, String guest) {
        if (r.reservationGuest() == null || r.reservationGuest().accompanyGuests() == null) {
            return List.of();
        }
        return r.reservationGuest().accompanyGuests().stream()
                .map(c -> idOfType(c.profileIdList(), "Profile")).filter(Objects::nonNull)
                .filter(id -> !id.equals(guest)).distinct()
                .map(id -> tokenizer.tokenize(SubjectKind.GUEST, PmsIdentity.person(SYSTEM, id))).toList();
    }

    private String payer(OperaReservation r, PaymentMethodClass payment) {
        OperaReservation.PaymentMethod pm = r.reservationPaymentMethod();
        if (pm != null && pm.paymentCard() != null && pm.paymentCard().cardId() != null && pm.paymentCard().cardId().id() != null
                && payment != PaymentMethodClass.CHANNEL_COLLECTED) {
            return tokenizer.tokenize(SubjectKind.PAYER, PmsIdentity.card(SYSTEM, pm.paymentCard().cardId().id()));
        }
        if (payment == PaymentMethodClass.COMPANY_ACCOUNT || payment == PaymentMethodClass.TRAVEL_AGENT) {
            return attached(r, "Company").or(() -> attached(r, "TravelAgent")).map(this::profileToken).orElse(null);
        }
        return null;
    }

    private String profileToken(OperaReservation.AttachedProfile p) {
        String id = p.profileIdList() == null ? null : p.profileIdList().stream().map(OperaReservation.Id::id)
                .filter(Objects::nonNull).findFirst().orElse(null);
        if (id == null) {
            return null;
        }
        boolean account = "Company".equals(p.reservationProfileType()) || "TravelAgent".equals(p.reservationProfileType());
        return tokenizer.tokenize(SubjectKind.PAYER, account ? PmsIdentity.company(SYSTEM, id) : PmsIdentity.person(SYSTEM, id));
    }

    private static Optional<OperaReservation.AttachedProfile> attached(OperaReservation r, String type) {
        return r.attachedProfiles() == null ? Optional.empty()
                : r.attachedProfiles().stream().filter(p -> type.equals(p.reservationProfileType())).findFirst();
    }

    PaymentMethodClass paymentClass(OperaReservation r) {
        OperaReservation.PaymentMethod pm = r.reservationPaymentMethod();
        String code = pm != null && pm.paymentMethod() != null ? pm.paymentMethod() : r.paymentMethod();
        if (code != null) {
            PaymentMethodClass c = methods.get(code.trim().toUpperCase(Locale.ROOT));
            if (c != null) {
                return c;
            }
        }
        if (pm != null && pm.paymentCard() != null && pm.paymentCard().cardType() != null) {
            return PaymentMethodClass.CARD;
        }
        return code == null ? PaymentMethodClass.UNKNOWN : PaymentMethodClass.OTHER;
    }

    static StayStatus status(String s) {
        return switch (Objects.toString(s, "")) {
            case "Reserved", "DueIn", "Requested", "Waitlisted" -> StayStatus.EXPECTED;
            case "InHouse", "DueOut", "PendingCheckout", "Walkin" -> StayStatus.IN_HOUSE;
            case "CheckedOut" -> StayStatus.DEPARTED;
            case "Cancelled" -> StayStatus.CANCELLED;
            case "NoShow" -> StayStatus.NO_SHOW;
            default -> StayStatus.OTHER;
        };
    }

    private static String channelCode(OperaReservation r) {
        if (r.roomStay() != null && r.roomStay().bookingChannelCode() != null) {
            return r.roomStay().bookingChannelCode();
        }
        return r.sourceOfSale() == null ? null : r.sourceOfSale().sourceType();
    }

    static ChannelKind channelKind(OperaReservation r) {
        if (Boolean.TRUE.equals(r.walkInIndicator())) {
            return ChannelKind.WALK_IN;
        }
        String code = Objects.toString(channelCode(r), "").toUpperCase(Locale.ROOT);
        return switch (code) {
            case "GDS" -> ChannelKind.GDS;
            case "OTA", "ODD", "IDS", "BOOKING", "EXPEDIA" -> ChannelKind.OTA;
            case "CM", "CHANNEL", "CHM" -> ChannelKind.CHANNEL_MANAGER;
            case "PMS", "CRS", "WEB", "IBE", "PHONE", "PH", "EMAIL", "DIRECT" -> ChannelKind.DIRECT;
            case "CORP", "CORPORATE" -> ChannelKind.CORPORATE;
            case "WLK", "WALKIN" -> ChannelKind.WALK_IN;
            case "" -> ChannelKind.UNKNOWN;
            default -> ChannelKind.OTHER;
        };
    }

    private static String idOfType(List<OperaReservation.Id> ids, String type) {
        return ids == null ? null : ids.stream().filter(i -> type.equalsIgnoreCase(i.type())).map(OperaReservation.Id::id)
                .filter(Objects::nonNull).findFirst().orElse(null);
    }

    private static LocalDate date(String text) {
        try {
            return text == null ? null : LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    /**
     * A time as the PMS writes it.
     *
     * @param text the text, or null
     * @return the instant, or null
     */
    public static Instant instant(String text) {
        return dev.vigil.connector.support.PmsTimes.instant(text);
    }
}
