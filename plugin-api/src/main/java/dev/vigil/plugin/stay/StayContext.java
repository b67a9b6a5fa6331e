package dev.vigil.plugin.stay;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Value object: a stay as a connector resolved it from the PMS, normalised and pseudonymised.
 * Identifiers of people, groups and payment instruments appear only as tokens from the server's
 * tokenizer; the reservation id and the room number are the PMS's own references, not a person's.
 *
 * @param system the connector id that resolved it, e.g. {@code mews}
 * @param reservationRef the PMS's reservation id
 * @param confirmationNumber the number staff and guests see, where it differs from the id, or null
 * @param status where the reservation stands
 * @param room the room number, if one is assigned
 * @param arrival the arrival date, in the property's time zone
 * @param departure the departure date, in the property's time zone
 * @param checkedInAt when the guest checked in, or null
 * @param checkedOutAt when the guest checked out, or null
 * @param adults registered adults
 * @param children registered children
 * @param childAges the children's ages where the PMS gives them (empty when it does not)
 * @param channel the booking channel as the PMS names it (e.g. {@code BookingCom}), or null
 * @param channelKind the booking channel's kind
 * @param groupToken token of the group or block the reservation belongs to, or null
 * @param guestToken token of the main guest, or null
 * @param companionTokens tokens of the other registered guests
 * @param bookerToken token of the booker (a person or company account), or null
 * @param payerToken token of the payer (an account or a stored card), or null
 * @param paymentMethod coarse payment class
 * @param updatedAt the PMS's modification time of the reservation, or null
 */
public record StayContext(
        String system,
        String reservationRef,
        String confirmationNumber,
        StayStatus status,
        String room,
        LocalDate arrival,
        LocalDate departure,
        Instant checkedInAt,
        Instant checkedOutAt,
        int adults,
        int children,
        List<Integer> childAges,
        String channel,
        ChannelKind channelKind,
        String groupToken,
        String guestToken,
        List<String> companionTokens,
        String bookerToken,
        String payerToken,
        PaymentMethodClass paymentMethod,
        Instant updatedAt) {

    /** Checks the values and fills the defaults. */
    public StayContext {
        Objects.requireNonNull(reservationRef, "reservationRef");
        if (reservationRef.isBlank()) {
            throw new IllegalArgumentException("reservationRef must not be blank");
        }
        if (adults < 0 || children < 0) {
            throw new IllegalArgumentException("occupancy must not be negative");
        }
        if (arrival != null && departure != null && departure.isBefore(arrival)) {
            throw new IllegalArgumentException("departure before arrival");
        }
        childAges = childAges == null ? List.of() : List.copyOf(childAges);
        if (childAges.stream().anyMatch(age -> age < 0)) {
            throw new IllegalArgumentException("a child's age must not be negative");
        }
        children = Math.max(children, childAges.size());
        companionTokens = companionTokens == null ? List.of() : List.copyOf(companionTokens);
        status = status == null ? StayStatus.OTHER : status;
        channelKind = channelKind == null ? ChannelKind.UNKNOWN : channelKind;
        paymentMethod = paymentMethod == null ? PaymentMethodClass.UNKNOWN : paymentMethod;
    }

    /**
     * The first form of this record, kept for the code written against it.
     *
     * @param reservationRef the PMS's reservation id or number
     * @param room the room number, if one is assigned
     * @param arrival the arrival date
     * @param departure the departure date
     * @param adults registered adults
     * @param children registered children
     * @param channel the booking channel as the PMS names it
     * @param bookerToken token of the booker, or null
     * @param payerToken token of the payer, or null
     * @param paymentMethod coarse payment class
     */
    public StayContext(String reservationRef, String room, LocalDate arrival, LocalDate departure, int adults,
                       int children, String channel, String bookerToken, String payerToken,
                       PaymentMethodClass paymentMethod) {
        this(null, reservationRef, null, StayStatus.OTHER, room, arrival, departure, null, null, adults, children,
                List.of(), channel, ChannelKind.UNKNOWN, null, null, List.of(), bookerToken, payerToken, paymentMethod,
                null);
    }

    /**
     * Starts a stay context for the mapping code of a connector.
     *
     * @param system the connector id
     * @param reservationRef the PMS's reservation id
     * @return a builder
     */
    public static Builder builder(String system, String reservationRef) {
        return new Builder(system, reservationRef);
    }

    /**
     * The room, if the PMS has assigned one.
     *
     * @return the room number
     */
    public Optional<String> assignedRoom() {
        return Optional.ofNullable(room).filter(r -> !r.isBlank());
    }

    /**
     * Number of nights, or zero when dates are unknown.
     *
     * @return the nights
     */
    public long nights() {
        return arrival == null || departure == null ? 0 : arrival.until(departure).getDays();
    }

    /**
     * Whether the stay covers a date: from its arrival up to and including its departure day.
     *
     * @param date a date in the property's zone
     * @return true when the date falls within the stay
     */
    public boolean covers(LocalDate date) {
        return arrival != null && departure != null && !date.isBefore(arrival) && !date.isAfter(departure);
    }

    /**
     * Every token this stay carries: group, guest, companions, booker and payer.
     *
     * @return the tokens, without nulls
     */
    public List<String> tokens() {
        java.util.ArrayList<String> all = new java.util.ArrayList<>();
        for (String t : new String[] {groupToken, guestToken, bookerToken, payerToken}) {
            if (t != null) {
                all.add(t);
            }
        }
        all.addAll(companionTokens);
        return all;
    }

    /** Mutable builder of a {@link StayContext}, for mapping code. */
    public static final class Builder {
        private final String system;
        private final String reservationRef;
        private String confirmationNumber;
        private StayStatus status;
        private String room;
        private LocalDate arrival;
        private LocalDate departure;
        private Instant checkedInAt;
        private Instant checkedOutAt;
        private int adults;
        private int children;
        private List<Integer> childAges = List.of();
        private String channel;
        private ChannelKind channelKind;
        private String groupToken;
        private String guestToken;
        private List<String> companionTokens = List.of();
        private String bookerToken;
        private String payerToken;
        private PaymentMethodClass paymentMethod;
        private Instant updatedAt;

        private Builder(String system, String reservationRef) {
            this.system = system;
            this.reservationRef = reservationRef;
        }

        /** @param v the confirmation number @return this */
        public Builder confirmationNumber(String v) { confirmationNumber = v; return this; }
        /** @param v the status @return this */
        public Builder status(StayStatus v) { status = v; return this; }
        /** @param v the room number @return this */
        public Builder room(String v) { room = v; return this; }
        /** @param a the arrival @param d the departure @return this */
        public Builder dates(LocalDate a, LocalDate d) { arrival = a; departure = d; return this; }
        /** @param in check-in time @param out check-out time @return this */
        public Builder checkedInOut(Instant in, Instant out) { checkedInAt = in; checkedOutAt = out; return this; }
        /** @param a adults @param c children @return this */
        public Builder occupancy(int a, int c) { adults = a; children = c; return this; }
        /** @param v the children's ages @return this */
        public Builder childAges(List<Integer> v) { childAges = v; return this; }
        /** @param code the PMS's name @param kind the kind @return this */
        public Builder channel(String code, ChannelKind kind) { channel = code; channelKind = kind; return this; }
        /** @param v the group token @return this */
        public Builder groupToken(String v) { groupToken = v; return this; }
        /** @param v the guest token @return this */
        public Builder guestToken(String v) { guestToken = v; return this; }
        /** @param v the companions' tokens @return this */
        public Builder companionTokens(List<String> v) { companionTokens = v; return this; }
        /** @param v the booker token @return this */
        public Builder bookerToken(String v) { bookerToken = v; return this; }
        /** @param v the payer token @return this */
        public Builder payerToken(String v) { payerToken = v; return this; }
        /** @param v the payment class @return this */
        public Builder paymentMethod(PaymentMethodClass v) { paymentMethod = v; return this; }
        /** @param v the PMS's modification time @return this */
        public Builder updatedAt(Instant v) { updatedAt = v; return this; }

        /** @return the stay context */
        public StayContext build() {
            return new StayContext(system, reservationRef, confirmationNumber, status, room, arrival, departure,
                    checkedInAt, checkedOutAt, adults, children, childAges, channel, channelKind, groupToken,
                    guestToken, companionTokens, bookerToken, payerToken, paymentMethod, updatedAt);
        }
    }
}
