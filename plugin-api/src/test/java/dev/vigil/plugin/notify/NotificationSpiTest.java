package dev.vigil.plugin.notify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** What a channel plugin can rely on: complete messages, named missing settings, failures that say whether to retry. */
class NotificationSpiTest {

    @Test
    void aMessage_mustBeComplete() {
        assertThatThrownBy(() -> new OutboundMessage("n-1", null, "case.actions_required", "s", "t", "{}", Instant.now()))
                .hasMessageContaining("recipient");
        assertThatThrownBy(() -> new OutboundMessage("n-1", "+18605550100", "e", "s", "t", "{}", null))
                .hasMessageContaining("createdAt");
    }

    @Test
    void aRequiredSetting_thatIsMissing_isNamed() {
        Map<String, String> values = Map.of("from", "+18605550199");
        ChannelSettings settings = name -> Optional.ofNullable(values.get(name));
        assertThat(settings.require("from")).isEqualTo("+18605550199");
        assertThatThrownBy(() -> settings.require("auth-token")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'auth-token'");
    }

    @Test
    void failures_sayWhetherTryingAgainCanHelp() {
        assertThat(new DeliveryException("gateway timed out", null).permanent()).isFalse();
        assertThat(new DeliveryException("not a phone number", null, true).permanent()).isTrue();
    }
}
