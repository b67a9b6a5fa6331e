package dev.vigil.server.infrastructure.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** The webhook signature matches the example in docs/protocols.md, and a receiver's checks refuse what they should. */
class WebhookSignatureTest {

    // the documented example: the same values appear in docs/protocols.md and in samples/webhooks
    static final String SECRET = "0123456789abcdef0123456789abcdef-vigil-docs";
    static final String BODY = "{\"event\":\"case.action_overdue\",\"caseId\":\"8d3c1f0e-3b8e-4a57-9d55-0c2f4a1b7e21\"}";
    static final Instant AT = Instant.ofEpochSecond(1_795_363_200L);
    static final String HEADER = "t=1795363200,v1=c2abb36e019fc049b48f3d9ecc1eda94d03200c5e3a06c1780ce77e6f41620f5";

    @Test
    void signs_asDocumented() {
        assertThat(WebhookSignature.header(SECRET, AT, BODY)).isEqualTo(HEADER);
    }

    @Test
    void verifies_theDocumentedExample_withinTheReplayWindow() {
        assertThat(WebhookSignature.verify(SECRET, HEADER, BODY, AT.plusSeconds(299), WebhookSignature.REPLAY_WINDOW)).isTrue();
    }

    @Test
    void refuses_aChangedBody_aWrongSecret_anOldTimestamp_andGarbage() {
        Duration window = WebhookSignature.REPLAY_WINDOW;
        assertThat(WebhookSignature.verify(SECRET, HEADER, BODY.replace("overdue", "due"), AT, window)).isFalse();
        assertThat(WebhookSignature.verify(SECRET + "x", HEADER, BODY, AT, window)).isFalse();
        assertThat(WebhookSignature.verify(SECRET, HEADER, BODY, AT.plus(Duration.ofMinutes(6)), window)).as("a replay").isFalse();
        assertThat(WebhookSignature.verify(SECRET, HEADER.replace("t=1795363200", "t=1795363260"), BODY, AT, window))
                .as("a moved timestamp").isFalse();
        assertThat(WebhookSignature.verify(SECRET, "v1=abc", BODY, AT, window)).isFalse();
        assertThat(WebhookSignature.verify(SECRET, "t=x,v1=abc", BODY, AT, window)).isFalse();
        assertThat(WebhookSignature.verify(SECRET, null, BODY, AT, window)).isFalse();
    }
}
