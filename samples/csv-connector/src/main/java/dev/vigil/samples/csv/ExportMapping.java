package dev.vigil.samples.csv;

import dev.vigil.plugin.stay.ChannelKind;
import dev.vigil.plugin.stay.PaymentMethodClass;
import dev.vigil.plugin.stay.PmsIdentity;
import dev.vigil.plugin.stay.StayContext;
import dev.vigil.plugin.stay.StayStatus;
import dev.vigil.plugin.subject.SubjectKind;
import dev.vigil.plugin.subject.SubjectTokenizer;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/** Mapping: a line of the export into a stay context, with guest, booker, payer and group tokenised here. */
public final class ExportMapping {

    /** The connector id. */
    public static final String SYSTEM = "csv-export";

    private final SubjectTokenizer tokenizer;

    /**
     * A mapping with the server's tokenizer.
     *
     * @param tokenizer the tokenizer
     */
    public ExportMapping(SubjectTokenizer tokenizer) {
        this.tokenizer = tokenizer;
    }

    /**
     * One stay.
     *
     * @param row the line
     * @return the stay context
     */
    public StayContext stay(ExportRow row) {
        List<Integer> ages = row.get("child_ages") == null ? List.of()
                : Arrays.stream(row.get("child_ages").split(";")).map(String::trim).filter(s -> !s.isEmpty())
                .map(Integer::valueOf).toList();
        return StayContext.builder(SYSTEM, row.get("reservation_id"))
                .confirmationNumber(row.get("confirmation"))
                .status(status(row.get("status")))
                .room(row.get("room"))
                .dates(LocalDate.parse(row.get("arrival")), LocalDate.parse(row.get("departure")))
                .occupancy(number(row.get("adults")), number(row.get("children")))
                .childAges(ages)
                .channel(row.get("channel"), channel(row.get("channel")))
                .groupToken(token(SubjectKind.RES_GROUP, row.get("group_code") == null ? null : PmsIdentity.group(SYSTEM, row.get("group_code"))))
                .guestToken(token(SubjectKind.GUEST, row.get("guest_id") == null ? null : PmsIdentity.person(SYSTEM, row.get("guest_id"))))
                .bookerToken(token(SubjectKind.PAYER, row.get("booker_id") == null ? null : PmsIdentity.person(SYSTEM, row.get("booker_id"))))
                .payerToken(token(SubjectKind.PAYER, row.get("payer_account") == null ? null
                        : PmsIdentity.company(SYSTEM, row.get("payer_account"))))
                .paymentMethod(payment(row.get("payment")))
                .updatedAt(Instant.parse(row.get("updated_at")))
                .build();
    }

    private String token(SubjectKind kind, String canonical) {
        return canonical == null ? null : tokenizer.tokenize(kind, canonical);
    }

    static StayStatus status(String s) {
        return switch (s == null ? "" : s.toLowerCase(Locale.ROOT)) {
            case "expected", "reserved" -> StayStatus.EXPECTED;
            case "in_house" -> StayStatus.IN_HOUSE;
            case "departed" -> StayStatus.DEPARTED;
            case "cancelled" -> StayStatus.CANCELLED;
            case "no_show" -> StayStatus.NO_SHOW;
            default -> StayStatus.OTHER;
        };
    }

    static ChannelKind channel(String s) {
        return switch (s == null ? "" : s.toLowerCase(Locale.ROOT)) {
            case "direct", "phone", "web" -> ChannelKind.DIRECT;
            case "ota" -> ChannelKind.OTA;
            case "gds" -> ChannelKind.GDS;
            case "walk_in" -> ChannelKind.WALK_IN;
            case "corporate" -> ChannelKind.CORPORATE;
            case "" -> ChannelKind.UNKNOWN;
            default -> ChannelKind.OTHER;
        };
    }

    static PaymentMethodClass payment(String s) {
        return switch (s == null ? "" : s.toLowerCase(Locale.ROOT)) {
            case "card" -> PaymentMethodClass.CARD;
            case "cash" -> PaymentMethodClass.CASH;
            case "channel" -> PaymentMethodClass.CHANNEL_COLLECTED;
            case "invoice" -> PaymentMethodClass.COMPANY_ACCOUNT;
            case "bank" -> PaymentMethodClass.BANK_TRANSFER;
            case "" -> PaymentMethodClass.UNKNOWN;
            default -> PaymentMethodClass.OTHER;
        };
    }

    private static int number(String s) {
        return s == null ? 0 : Integer.parseInt(s);
    }
}
