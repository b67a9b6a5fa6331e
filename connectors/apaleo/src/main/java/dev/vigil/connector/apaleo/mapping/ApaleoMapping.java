package dev.vigil.connector.apaleo.mapping;

import dev.vigil.connector.apaleo.dto.ApaleoFolio;
import dev.vigil.connector.apaleo.dto.ApaleoReservation;
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
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * Maps Apaleo reservations to stay contexts. Apaleo gives guests no id, so a person is tokenised by
 * e-mail address, else by name and birth date ({@link PmsIdentity}); a channel's virtual card has no
 * payer. Children's ages come as {@code childrenAges}.
 */
public final class ApaleoMapping {

    /** The connector id. */
    public static final String SYSTEM = "apaleo";

    private final SubjectTokenizer tokenizer;
    private final ZoneId zone;

    /**
     * A mapping for one property.
     *
     * @param tokenizer the server's tokenizer
     * @param zone the property's time zone
     */
    public ApaleoMapping(SubjectTokenizer tokenizer, ZoneId zone) {
        this.tokenizer = tokenizer;
        this.zone = zone;
    }

    /**
     * One stay.
     *
     * @param r the reservation
     * @param folios its folios
     * @param payments the methods of the payments posted on them
     * @return the stay context
     */
    public StayContext stay(ApaleoReservation r, List<ApaleoFolio> folios, List<String> payments) {
        Optional<ApaleoFolio> main = folios.stream().filter(ApaleoFolio::isMainFolio).findFirst()
                .or(() -> folios.stream().findFirst());
        return StayContext.builder(SYSTEM, r.id())
                .confirmationNumber(r.bookingId())
                .status(status(r.status()))
                .room(r.unit() == null ? null : r.unit().name())
                .dates(date(r.arrival()), date(r.departure()))
                .checkedInOut(instant(r.checkInTime()), instant(r.checkOutTime()))
                .occupancy(r.adults(), r.childrenAges() == null ? 0 : r.childrenAges().size())
                .childAges(r.childrenAges())
                .channel(r.channelCode(), channelKind(r.channelCode()))
                .groupToken(r.blockId() == null ? null : tokenizer.tokenize(SubjectKind.RES_GROUP, PmsIdentity.group(SYSTEM, r.blockId())))
                .guestToken(person(SubjectKind.GUEST, r.primaryGuest()))
                .companionTokens(Optional.ofNullable(r.additionalGuests()).orElse(List.of()).stream()
                        .map(p -> person(SubjectKind.GUEST, p)).filter(Objects::nonNull).toList())
                .bookerToken(person(SubjectKind.PAYER, r.booker()))
                .payerToken(payer(r, main))
                .paymentMethod(paymentClass(r, payments))
                .updatedAt(instant(r.modified()))
                .build();
    }

    private String payer(ApaleoReservation r, Optional<ApaleoFolio> main) {
        Optional<String> debitorEmail = main.map(ApaleoFolio::debitor).map(ApaleoFolio.Debitor::email).filter(e -> !e.isBlank());
        if (debitorEmail.isPresent()) {
            return tokenizer.tokenize(SubjectKind.PAYER, PmsIdentity.email(debitorEmail.get()));
        }
        String companyId = main.map(ApaleoFolio::company).map(ApaleoReservation.Ref::id)
                .orElse(r.company() == null ? null : r.company().id());
        if (companyId != null) {
            return tokenizer.tokenize(SubjectKind.PAYER, PmsIdentity.company(SYSTEM, companyId));
        }
        ApaleoReservation.PaymentAccount account = r.paymentAccount();
        // a channel's virtual card is paid by the channel, not by a person
        if (account != null && !account.isVirtual() && account.payerEmail() != null && !account.payerEmail().isBlank()) {
            return tokenizer.tokenize(SubjectKind.PAYER, PmsIdentity.email(account.payerEmail()));
        }
        return null;
    }

    private String person(SubjectKind kind, ApaleoReservation.Person p) {
        if (p == null) {
            return null;
        }
        if (p.email() != null && !p.email().isBlank()) {
            return tokenizer.tokenize(kind, PmsIdentity.email(p.email()));
        }
        if (p.lastName() != null && !p.lastName().isBlank()) {
            return tokenizer.tokenize(kind, PmsIdentity.name(p.lastName(), p.firstName(), p.birthDate()));
        }
        return null;
    }

    static StayStatus status(String status) {
        return switch (Objects.toString(status, "")) {
            case "Confirmed" -> StayStatus.EXPECTED;
            case "InHouse" -> StayStatus.IN_HOUSE;
            case "CheckedOut" -> StayStatus.DEPARTED;
            case "Canceled" -> StayStatus.CANCELLED;
            case "NoShow" -> StayStatus.NO_SHOW;
            default -> StayStatus.OTHER;
        };
    }

    static ChannelKind channelKind(String code) {
        return switch (Objects.toString(code, "")) {
            case "Direct", "Ibe" -> ChannelKind.DIRECT;
            case "BookingCom", "Expedia", "Homelike", "Hrs", "AltoVita", "DesVu" -> ChannelKind.OTA;
            case "ChannelManager" -> ChannelKind.CHANNEL_MANAGER;
            case "" -> ChannelKind.UNKNOWN;
            default -> ChannelKind.OTHER;
        };
    }

    /** Posted payments first; else the payment account; else the guarantee. */
    static PaymentMethodClass paymentClass(ApaleoReservation r, List<String> payments) {
        for (String method : payments) {
            PaymentMethodClass c = methodClass(method);
            if (c != PaymentMethodClass.UNKNOWN) {
                return c;
            }
        }
        if (r.paymentAccount() != null) {
            return r.paymentAccount().isVirtual() ? PaymentMethodClass.CHANNEL_COLLECTED : PaymentMethodClass.CARD;
        }
        return switch (Objects.toString(r.guaranteeType(), "")) {
            case "CreditCard" -> PaymentMethodClass.CARD;
            case "Company" -> PaymentMethodClass.COMPANY_ACCOUNT;
            case "Ota" -> PaymentMethodClass.CHANNEL_COLLECTED;
            case "Prepayment" -> PaymentMethodClass.OTHER;
            default -> PaymentMethodClass.UNKNOWN;
        };
    }

    static PaymentMethodClass methodClass(String method) {
        String m = Objects.toString(method, "");
        if (m.isEmpty()) {
            return PaymentMethodClass.UNKNOWN;
        }
        return switch (m) {
            case "Cash" -> PaymentMethodClass.CASH;
            case "BankTransfer" -> PaymentMethodClass.BANK_TRANSFER;
            case "Invoice" -> PaymentMethodClass.COMPANY_ACCOUNT;
            case "BookingCom", "Airbnb", "Expedia", "Ibe", "ChannelManager", "Homelike", "Hrs", "AltoVita", "DesVu" ->
                    PaymentMethodClass.CHANNEL_COLLECTED;
            case "PayPal", "Voucher", "Other", "Cheque" -> PaymentMethodClass.OTHER;
            default -> m.toLowerCase(Locale.ROOT).startsWith("psp") || m.contains("Card") || m.startsWith("Visa")
                    || m.startsWith("Master") || m.equals("Amex") || m.equals("Diners") || m.equals("Discover")
                    || m.equals("JCB") || m.equals("UnionPay") || m.equals("Maestro")
                    ? PaymentMethodClass.CARD : PaymentMethodClass.OTHER;
        };
    }

    private LocalDate date(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            // the property's local date: Apaleo writes local times with their offset
            return OffsetDateTime.parse(text).toLocalDate();
        } catch (DateTimeParseException e) {
            try {
                return LocalDate.parse(text.substring(0, Math.min(10, text.length())));
            } catch (DateTimeParseException e2) {
                return null;
            }
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

    /** @return the property's zone */
    public ZoneId zone() {
        return zone;
    }
}
