package dev.vigil.plugin.stay;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * Value object: a stay as a connector resolved it from the PMS, normalised and pseudonymised.
 * Identifiers of people and payment instruments appear only as tokens.
 *
 * @param reservationRef the PMS's reservation id or number
 * @param room the room number, if one is assigned
 * @param arrival the arrival date
 * @param departure the departure date
 * @param adults registered adults
 * @param children registered children
 * @param channel the booking channel as the PMS names it (e.g. "direct", "ota")
 * @param bookerToken token of the booker, or null
 * @param payerToken token of the payer, or null
 * @param paymentMethod coarse payment class
 */
public record StayContext(
        String reservationRef,
        String room,
        LocalDate arrival,
        LocalDate departure,
        int adults,
        int children,
        String channel,
        String bookerToken,
        String payerToken,
        PaymentMethodClass paymentMethod) {

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
        paymentMethod = paymentMethod == null ? PaymentMethodClass.UNKNOWN : paymentMethod;
    }

    /** The room, if the PMS has assigned one. */
    public Optional<String> assignedRoom() {
        return Optional.ofNullable(room).filter(r -> !r.isBlank());
    }

    /** Number of nights, or zero when dates are unknown. */
    public long nights() {
        return arrival == null || departure == null ? 0 : arrival.until(departure).getDays();
    }
}
