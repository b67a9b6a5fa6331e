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

    @Test
    void childAges_raiseTheChildCount_andDefaultsAreFilled() {
        var stay = StayContext.builder("apaleo", "XPGMSXGF-1").occupancy(2, 0).childAges(java.util.List.of(7, 12))
                .dates(LocalDate.of(2026, 5, 1), LocalDate.of(2026, 5, 3)).build();
        assertThat(stay.children()).isEqualTo(2);
        assertThat(stay.status()).isEqualTo(StayStatus.OTHER);
        assertThat(stay.channelKind()).isEqualTo(ChannelKind.UNKNOWN);
        assertThat(stay.covers(LocalDate.of(2026, 5, 3))).isTrue();
        assertThat(stay.covers(LocalDate.of(2026, 5, 4))).isFalse();
        assertThatThrownBy(() -> StayContext.builder("x", "R").childAges(java.util.List.of(-1)).build())
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void canonicalIdentities_areStableStrings() {
        assertThat(PmsIdentity.person("mews", " 42 ")).isEqualTo("mews:person:42");
        assertThat(PmsIdentity.email(" Jane.Doe@Example.com ")).isEqualTo("email:jane.doe@example.com");
        assertThat(PmsIdentity.name("Doe", "Jane", null)).isEqualTo("name:DOE|JANE|-");
    }
}
