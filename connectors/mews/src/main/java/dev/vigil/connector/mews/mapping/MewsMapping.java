package dev.vigil.connector.mews.mapping;

import dev.vigil.connector.mews.dto.MewsAgeCategory;
import dev.vigil.connector.mews.dto.MewsPayment;
import dev.vigil.connector.mews.dto.MewsReservation;
import dev.vigil.plugin.stay.ChannelKind;
import dev.vigil.plugin.stay.PaymentMethodClass;
import dev.vigil.plugin.stay.PmsIdentity;
import dev.vigil.plugin.stay.StayContext;
import dev.vigil.plugin.stay.StayStatus;
import dev.vigil.plugin.subject.SubjectKind;
import dev.vigil.plugin.subject.SubjectTokenizer;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Maps Mews reservations to stay contexts, tokenising on the way: the owner (a customer) as the guest,
 * companions as guests, the booker and the paying account as payers, the stored card when nothing was
 * paid yet, the group as a reservation group. Mews gives counts per age category, never children's ages.
 */
public final class MewsMapping {

    /** The connector id. */
    public static final String SYSTEM = "mews";

    private final SubjectTokenizer tokenizer;
    private final ZoneId zone;

    /**
     * A mapping for one property.
     *
     * @param tokenizer the server's tokenizer
     * @param zone the property's time zone, for local dates
     */
    public MewsMapping(SubjectTokenizer tokenizer, ZoneId zone) {
        this.tokenizer = tokenizer;
        this.zone = zone;
    }

    /**
     * One stay.
     *
     * @param r the reservation
     * @param roomName the name of its assigned resource, or null
     * @param ageCategories classification of each age category id
     * @param payments the reservation's payments
     * @param companionIds the customers on the reservation besides its owner
     * @return the stay context
     */
    public StayContext stay(MewsReservation r, String roomName, Map<String, MewsAgeCategory> ageCategories,
                            List<MewsPayment> payments, List<String> companionIds) {
        int adults = 0;
        int children = 0;
        for (MewsReservation.PersonCount pc : Optional.ofNullable(r.personCounts()).orElse(List.of())) {
            MewsAgeCategory category = ageCategories.get(pc.ageCategoryId());
            if (category != null && "Child".equalsIgnoreCase(category.classification())) {
                children += pc.count();
            } else {
                adults += pc.count();
            }
        }
        String guest = "Customer".equals(r.accountType()) && r.accountId() != null ? r.accountId() : null;
        Optional<MewsPayment> payment = payments.stream()
                .filter(p -> "Charged".equals(p.state()) || "Pending".equals(p.state()) || "Verifying".equals(p.state()))
                .max(Comparator.comparing(p -> Objects.toString(p.createdUtc(), "")));
        String payer = payment.filter(p -> p.accountId() != null)
                .map(p -> "Company".equals(p.accountType()) ? PmsIdentity.company(SYSTEM, p.accountId())
                        : PmsIdentity.person(SYSTEM, p.accountId()))
                .orElse(r.creditCardId() == null ? null : PmsIdentity.card(SYSTEM, r.creditCardId()));
        return StayContext.builder(SYSTEM, r.id())
                .confirmationNumber(r.number())
                .status(status(r))
                .room(roomName)
                .dates(localDate(r.scheduledStartUtc()), localDate(r.scheduledEndUtc()))
                .checkedInOut(instant(r.actualStartUtc()), instant(r.actualEndUtc()))
                .occupancy(adults, children)
                .channel(r.origin(), channelKind(r))
                .groupToken(token(SubjectKind.RES_GROUP, r.groupId() == null ? null : PmsIdentity.group(SYSTEM, r.groupId())))
                .guestToken(token(SubjectKind.GUEST, guest == null ? null : PmsIdentity.person(SYSTEM, guest)))
                .companionTokens(companionIds.stream().filter(id -> !id.equals(guest)).distinct()
                        .map(id -> token(SubjectKind.GUEST, PmsIdentity.person(SYSTEM, id))).toList())
                .bookerToken(token(SubjectKind.PAYER, r.bookerId() == null ? null : PmsIdentity.person(SYSTEM, r.bookerId())))
                .payerToken(token(SubjectKind.PAYER, payer))
                .paymentMethod(payment.map(p -> paymentClass(p, r)).orElse(r.creditCardId() != null
                        ? PaymentMethodClass.CARD : PaymentMethodClass.UNKNOWN))
                .updatedAt(instant(r.updatedUtc()))
                .build();
    }

    static StayStatus status(MewsReservation r) {
        String state = Objects.toString(r.state(), "");
        return switch (state) {
            case "Confirmed", "Optional", "Inquired", "Requested" -> StayStatus.EXPECTED;
            case "Started" -> StayStatus.IN_HOUSE;
            case "Processed" -> StayStatus.DEPARTED;
            case "Canceled" -> "NoShow".equals(r.cancellationReason()) ? StayStatus.NO_SHOW : StayStatus.CANCELLED;
            default -> StayStatus.OTHER;
        };
    }

    static ChannelKind channelKind(MewsReservation r) {
        String origin = Objects.toString(r.origin(), "");
        return switch (origin) {
            case "ChannelManager" -> ChannelKind.CHANNEL_MANAGER;
            case "Distributor" -> ChannelKind.DIRECT;
            case "Commander" -> "InPerson".equals(r.commanderOrigin()) ? ChannelKind.WALK_IN
                    : "Channel".equals(r.commanderOrigin()) ? ChannelKind.OTA : ChannelKind.DIRECT;
            case "" -> ChannelKind.UNKNOWN;
            default -> ChannelKind.OTHER;
        };
    }

    static PaymentMethodClass paymentClass(MewsPayment p, MewsReservation r) {
        String type = Objects.toString(p.type(), "");
        return switch (type) {
            case "CreditCardPayment" -> PaymentMethodClass.CARD;
            case "CashPayment" -> PaymentMethodClass.CASH;
            case "InvoicePayment" -> PaymentMethodClass.COMPANY_ACCOUNT;
            // a payment recorded outside Mews on a channel's booking is the channel's collection
            case "ExternalPayment" -> "ChannelManager".equals(r.origin()) || r.travelAgencyId() != null
                    ? PaymentMethodClass.CHANNEL_COLLECTED : PaymentMethodClass.OTHER;
            default -> PaymentMethodClass.OTHER;
        };
    }

    private String token(SubjectKind kind, String canonical) {
        return canonical == null ? null : tokenizer.tokenize(kind, canonical);
    }

    private LocalDate localDate(String utc) {
        Instant at = instant(utc);
        return at == null ? null : at.atZone(zone).toLocalDate();
    }

    /**
     * An ISO-8601 UTC time as Mews writes it.
     *
     * @param utc the text, or null
     * @return the instant, or null when absent or malformed
     */
    public static Instant instant(String utc) {
        if (utc == null || utc.isBlank()) {
            return null;
        }
        try {
            return Instant.parse(utc);
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
