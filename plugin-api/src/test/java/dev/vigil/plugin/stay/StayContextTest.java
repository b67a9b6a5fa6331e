package dev.vigil.plugin.stay;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class StayContextTest {

    @Test
    void departureBeforeArrival_isRejected() {
        assertThatThrownBy(() -> new StayContext("R1", "214", LocalDate.of(2026, 5, 3), LocalDate.of(2026, 5, 1),
                1, 0, "direct", null, null, PaymentMethodClass.CARD))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void missingPaymentClass_becomesUnknown_andNightsAreCounted() {
        var stay = new StayContext("R1", " ", LocalDate.of(2026, 5, 1), LocalDate.of(2026, 5, 4),
                2, 1, "ota", "tok-b", "tok-p", null);
        assertThat(stay.paymentMethod()).isEqualTo(PaymentMethodClass.UNKNOWN);
        assertThat(stay.nights()).isEqualTo(3);
        assertThat(stay.assignedRoom()).isEmpty();
    }
}
